import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@app/auth';
import { ExportFormat } from '@app/report-export';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import { ReportFileModel } from '@registry/report-export/dto/report-file.model.js';
import { ReportExportService } from '@registry/report-export/report-export.service.js';
import { RiskFundClaimFilter } from '@registry/risk-fund/dto/risk-fund.input.js';
import { RiskFundClaimService } from '@registry/risk-fund/risk-fund-claim.service.js';
import { ledgerTable, riskFundClaimsTable } from '@registry/risk-fund/risk-fund-export.mapper.js';
import { toClaimModel, toEntryModel } from '@registry/risk-fund/risk-fund.mapper.js';
import { FUND_ADMINS, FUND_READERS } from '@registry/risk-fund/risk-fund.resolver.js';
import { RiskFundService } from '@registry/risk-fund/risk-fund.service.js';

const AFTER = {
  type: () => String,
  nullable: true,
  description: 'Continue a longer list from the endCursor of the previous export',
};

/** Downloads of the fund's reports: same roles, arguments and per-fund checks as each list, plus `format`. */
@Resolver()
export class RiskFundExportResolver {
  constructor(
    private readonly funds: RiskFundService,
    private readonly claims: RiskFundClaimService,
    private readonly exports: ReportExportService,
  ) {}

  @Roles(...FUND_ADMINS)
  @Query(() => ReportFileModel, {
    description:
      "A fund's ledger (RiskFund.ledger) as a file in entry order, up to REPORT_EXPORT_MAX_ROWS rows (the fund's program office staff and admins only)",
  })
  async riskFundLedgerExport(
    @CurrentIdentity() identity: Identity,
    @Args('fundId', { type: () => ID }) fundId: string,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @Args('after', AFTER) after?: string,
  ): Promise<ReportFileModel> {
    const fund = await this.funds.get(fundId, 'fundId');
    // Each page goes through the ledger's own read, which refuses anyone who does not run the fund.
    const slice = await this.exports.rowsOf(async (first, cursor) => {
      const page = await this.funds.ledger(identity, fund, first, cursor);
      return { ...page, edges: page.edges.map((e) => ({ ...e, node: toEntryModel(e.node) })) };
    }, after);
    return this.exports.file(
      ledgerTable(fund, slice.items),
      format,
      ['risk-fund-ledger', fund.city, registryToday()],
      slice,
    );
  }

  @Roles(...FUND_READERS)
  @Query(() => ReportFileModel, {
    description:
      "The loss claims (riskFundClaims) as a file with their loss figures, newest first, up to REPORT_EXPORT_MAX_ROWS rows: your bank's, or of the funds your office runs",
  })
  async riskFundClaimsExport(
    @CurrentIdentity() identity: Identity,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @Args('filter', { type: () => RiskFundClaimFilter, nullable: true }) filter?: RiskFundClaimFilter,
    @Args('after', AFTER) after?: string,
  ): Promise<ReportFileModel> {
    const slice = await this.exports.rowsOf(async (first, cursor) => {
      const page = await this.claims.list(identity, filter, first, cursor);
      return { ...page, edges: page.edges.map((e) => ({ ...e, node: toClaimModel(e.node) })) };
    }, after);
    return this.exports.file(
      riskFundClaimsTable(slice.items),
      format,
      ['risk-fund-claims', filter?.status, registryToday()],
      slice,
    );
  }
}
