import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ExportFormat } from '@app/report-export';

registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'CSV: RFC 4180, UTF-8 with BOM, CRLF. XLSX: an Office Open XML workbook of one sheet',
});

export enum FileEncoding {
  BASE64 = 'BASE64',
}
registerEnumType(FileEncoding, { name: 'FileEncoding', description: 'How `ReportFile.content` encodes the bytes' });

@ObjectType('ReportFile', {
  description:
    'A report as a file. GraphQL carries text only, so the bytes come base64-encoded: decode `content` and save it under `filename`',
})
export class ReportFileModel {
  @Field({ description: 'e.g. program-dashboard-Suzhou-2026.xlsx' })
  filename: string;

  @Field({ description: 'MIME type, e.g. text/csv; charset=utf-8' })
  contentType: string;

  @Field(() => FileEncoding)
  encoding: FileEncoding;

  @Field({ description: 'The file, base64 (RFC 4648)' })
  content: string;

  @Field(() => Int, { description: 'Size of the decoded file in bytes' })
  byteLength: number;

  @Field(() => Int, { description: 'Data rows in the file (the header not counted)' })
  rows: number;

  @Field({
    description:
      'False when a list report stopped at REPORT_EXPORT_MAX_ROWS rows: export again with after = endCursor for the rest',
  })
  complete: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last row exported; null when complete' })
  endCursor: string | null;
}
