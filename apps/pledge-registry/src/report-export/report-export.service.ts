import { Inject, Injectable } from '@nestjs/common';
import { MAX_PAGE_SIZE } from '@app/platform';
import { renderReport, type ExportFormat, type ReportTable } from '@app/report-export';
import { collectPages, type ExportSlice, type PageReader } from '@registry/report-export/domain/export-slice.js';
import { FileEncoding, ReportFileModel } from '@registry/report-export/dto/report-file.model.js';
import type { RegistryConfig } from '@registry/registry.config.js';
import { REGISTRY_CONFIG } from '@registry/tokens.js';

/** A report that is whole in one file (aggregates). */
const WHOLE = { complete: true, endCursor: null } as const;

/**
 * Turns a report's table into a downloadable `ReportFile`, and reads list reports page by page
 * up to `REPORT_EXPORT_MAX_ROWS`. Each report keeps its own query, roles and filters; this
 * service only writes and bounds the file.
 */
@Injectable()
export class ReportExportService {
  constructor(@Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig) {}

  /** Rows of a list from `after`, through the list's own paged read, at most REPORT_EXPORT_MAX_ROWS. */
  rowsOf<T>(read: PageReader<T>, after: string | undefined): Promise<ExportSlice<T>> {
    return collectPages(read, after, this.config.REPORT_EXPORT_MAX_ROWS, MAX_PAGE_SIZE);
  }

  /** The table written in `format` and named from `nameParts`, e.g. ['program-dashboard', city, year]. */
  file(
    table: ReportTable,
    format: ExportFormat,
    nameParts: readonly (string | number | null | undefined)[],
    slice: Pick<ExportSlice<unknown>, 'complete' | 'endCursor'> = WHOLE,
  ): ReportFileModel {
    const rendered = renderReport(table, format, nameParts);
    return Object.assign(new ReportFileModel(), {
      filename: rendered.filename,
      contentType: rendered.contentType,
      encoding: FileEncoding.BASE64,
      content: Buffer.from(rendered.bytes).toString('base64'),
      byteLength: rendered.bytes.byteLength,
      rows: rendered.rows,
      complete: slice.complete,
      endCursor: slice.endCursor,
    });
  }
}
