import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@app/auth';
import type { Connection } from '@app/platform';
import { ExportFormat } from '@app/report-export';
import { ReportFileModel } from '@registry/report-export/dto/report-file.model.js';
import { ReportExportService } from '@registry/report-export/report-export.service.js';
import { SubsidyKind } from '@registry/subsidy/domain/subsidy-calc.js';
import {
  SubsidyClaimFilter,
  SubsidyClaimModel,
  SubsidyFirmYearTotalModel,
} from '@registry/subsidy/dto/subsidy-claim.dto.js';
import { firmTotalsTable, subsidyClaimsTable } from '@registry/subsidy/subsidy-export.mapper.js';
import { SubsidyLedgerService } from '@registry/subsidy/subsidy-ledger.service.js';
import { cityName } from '@registry/subsidy/subsidy-rule.service.js';

/** The same readers as the subsidy reports: program staff and admins. */
const STAFF = [Role.PROGRAM_STAFF, Role.ADMIN] as const;

/** Downloads of the subsidy reports: same roles and arguments as each report, plus `format`. */
@Resolver()
export class SubsidyExportResolver {
  constructor(
    private readonly ledger: SubsidyLedgerService,
    private readonly exports: ReportExportService,
  ) {}

  @Roles(...STAFF)
  @Query(() => ReportFileModel, {
    description:
      'The claim ledger (subsidyClaims) as a file, one row per claim in ledger order, up to REPORT_EXPORT_MAX_ROWS rows',
  })
  async subsidyClaimsExport(
    @Args('filter') filter: SubsidyClaimFilter,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'Continue a longer list from the endCursor of the previous export',
    })
    after?: string,
  ): Promise<ReportFileModel> {
    const slice = await this.exports.rowsOf((first, cursor) => this.page(filter, first, cursor), after);
    const city = cityName(filter.city, 'filter.city');
    const scope = { city, year: filter.year, quarter: filter.quarter };
    return this.exports.file(
      subsidyClaimsTable(scope, slice.items),
      format,
      [
        'subsidy-claims',
        city,
        filter.year,
        filter.quarter == null ? null : `Q${filter.quarter}`,
        filter.kind,
        filter.status,
      ],
      slice,
    );
  }

  @Roles(...STAFF)
  @Query(() => ReportFileModel, { description: 'subsidyFirmTotals as a file (one row per firm and kind)' })
  async subsidyFirmTotalsExport(
    @Args('city') city: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @Args('kind', { type: () => SubsidyKind, nullable: true }) kind?: SubsidyKind,
  ): Promise<ReportFileModel> {
    const totals = (await this.ledger.firmYear(city, year, kind ?? null)).map((r) => SubsidyFirmYearTotalModel.from(r));
    const name = cityName(city, 'city');
    return this.exports.file(firmTotalsTable(name, year, totals), format, ['subsidy-firm-totals', name, year, kind]);
  }

  private async page(
    filter: SubsidyClaimFilter,
    first: number,
    after: string | undefined,
  ): Promise<Connection<SubsidyClaimModel>> {
    const page = await this.ledger.page(filter, first, after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: SubsidyClaimModel.from(e.node) })) };
  }
}
