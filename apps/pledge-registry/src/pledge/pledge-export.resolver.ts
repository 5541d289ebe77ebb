import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public, Role, Roles } from '@app/auth';
import { LocalDateScalar } from '@app/platform';
import { ExportFormat } from '@app/report-export';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import { PledgeRegisterFilter } from '@registry/pledge/dto/pledge.input.js';
import { registerTable, statisticsTable } from '@registry/pledge/pledge-export.mapper.js';
import { PledgeQueryService } from '@registry/pledge/pledge-query.service.js';
import { ReportFileModel } from '@registry/report-export/dto/report-file.model.js';
import { ReportExportService } from '@registry/report-export/report-export.service.js';

const AFTER = {
  type: () => String,
  nullable: true,
  description: 'Continue a longer list from the endCursor of the previous export',
};

/** Downloads of the pledge reports: same roles and arguments as each report, plus `format`. */
@Resolver()
export class PledgeExportResolver {
  constructor(
    private readonly query: PledgeQueryService,
    private readonly exports: ReportExportService,
  ) {}

  @Public()
  @Query(() => ReportFileModel, {
    description:
      'The public pledge register (pledgeRegister) as a file, newest first, up to REPORT_EXPORT_MAX_ROWS rows',
  })
  async pledgeRegisterExport(
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @Args('filter', { type: () => PledgeRegisterFilter, nullable: true }) filter?: PledgeRegisterFilter,
    @Args('after', AFTER) after?: string,
  ): Promise<ReportFileModel> {
    const slice = await this.exports.rowsOf((first, cursor) => this.query.register(filter, first, cursor), after);
    return this.exports.file(registerTable(slice.items), format, ['pledge-register', registryToday()], slice);
  }

  @Roles(Role.PROGRAM_STAFF, Role.ADMIN)
  @Query(() => ReportFileModel, { description: 'pledgeStatistics as a file (one row per figure)' })
  async pledgeStatisticsExport(
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @Args('from', { type: () => LocalDateScalar, nullable: true }) from?: string,
    @Args('to', { type: () => LocalDateScalar, nullable: true }) to?: string,
  ): Promise<ReportFileModel> {
    const stats = await this.query.statistics(from ?? null, to ?? null);
    return this.exports.file(statisticsTable(stats), format, [
      'pledge-statistics',
      stats.from ?? 'start',
      stats.to ?? registryToday(),
    ]);
  }
}
