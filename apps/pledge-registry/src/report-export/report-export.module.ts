import { Module } from '@nestjs/common';
import { ReportExportService } from '@registry/report-export/report-export.service.js';

/**
 * CSV and XLSX downloads of reports. A module with a report imports this one and adds a
 * `<report>Export` query next to the report's, with the report's own roles and arguments
 * plus `format` (decision 64).
 */
@Module({
  providers: [ReportExportService],
  exports: [ReportExportService],
})
export class ReportExportModule {}
