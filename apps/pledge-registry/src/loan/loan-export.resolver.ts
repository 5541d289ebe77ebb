import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Role, Roles, type Identity } from '@app/auth';
import type { Connection } from '@app/platform';
import { ExportFormat } from '@app/report-export';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import { LoanStatus } from '@registry/loan/domain/loan-state.js';
import { overdueDays, type InstalmentState } from '@registry/loan/domain/repayment-allocation.js';
import { LoanFilter } from '@registry/loan/dto/loan.input.js';
import { LoanQueryService } from '@registry/loan/loan-query.service.js';
import { loansTable, type LoanExportRow } from '@registry/loan/loan-export.mapper.js';
import { instalmentState, toLoanModel } from '@registry/loan/loan.mapper.js';
import { ReportFileModel } from '@registry/report-export/dto/report-file.model.js';
import { ReportExportService } from '@registry/report-export/report-export.service.js';

/** The same readers as `loans`: the borrower SME, the lending bank, admins (each sees only theirs). */
const LOAN_READERS = [Role.SME, Role.BANK, Role.ADMIN] as const;

@Resolver()
export class LoanExportResolver {
  constructor(
    private readonly accounts: LoanQueryService,
    private readonly exports: ReportExportService,
  ) {}

  @Roles(...LOAN_READERS)
  @Query(() => ReportFileModel, {
    description: 'The loans list (loans) as a file, newest first, up to REPORT_EXPORT_MAX_ROWS rows',
  })
  async loansExport(
    @CurrentIdentity() identity: Identity,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @Args('filter', { type: () => LoanFilter, nullable: true }) filter?: LoanFilter,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'Continue a longer list from the endCursor of the previous export',
    })
    after?: string,
  ): Promise<ReportFileModel> {
    const today = registryToday();
    const slice = await this.exports.rowsOf(
      (first, cursor) => this.page(identity, filter, first, cursor, today),
      after,
    );
    return this.exports.file(loansTable(slice.items), format, ['loans', filter?.status, today], slice);
  }

  /** One page of the caller's loans with their overdue days (one instalment query per page). */
  private async page(
    identity: Identity,
    filter: LoanFilter | undefined,
    first: number,
    after: string | undefined,
    today: string,
  ): Promise<Connection<LoanExportRow>> {
    const page = await this.accounts.list(identity, filter, first, after);
    const active = page.edges.filter((e) => e.node.status === LoanStatus.ACTIVE).map((e) => e.node.id);
    const instalments = new Map<string, InstalmentState[]>();
    for (const i of await this.accounts.instalmentsOf(active)) {
      const states = instalments.get(i.loanId) ?? [];
      if (states.length === 0) instalments.set(i.loanId, states);
      states.push(instalmentState(i));
    }
    return {
      pageInfo: page.pageInfo,
      edges: page.edges.map(({ cursor, node }) => ({
        cursor,
        node: {
          loan: toLoanModel(node),
          overdueDays: node.status === LoanStatus.ACTIVE ? overdueDays(instalments.get(node.id) ?? [], today) : 0,
        },
      })),
    };
  }
}
