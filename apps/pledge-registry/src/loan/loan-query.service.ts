import { Injectable } from '@nestjs/common';
import type { Identity } from '@app/auth';
import { assertUuid, decodeCursor, pageSize, toConnection, type Connection } from '@app/platform';
import { canViewLoan, loanScope } from '@registry/loan/domain/loan-access.js';
import type { LoanFilter } from '@registry/loan/dto/loan.input.js';
import type { LoanInstalmentEntity } from '@registry/loan/loan-instalment.entity.js';
import type { LoanRepaymentEntity } from '@registry/loan/loan-repayment.entity.js';
import type { LoanEntity } from '@registry/loan/loan.entity.js';
import { LoanException } from '@registry/loan/loan.exception.js';
import { LoanRepository } from '@registry/loan/loan.repository.js';

/** Reading loans: what the caller may see (domain/loan-access.ts), paged, with instalments and repayments. */
@Injectable()
export class LoanQueryService {
  constructor(private readonly loans: LoanRepository) {}

  /** A loan the caller may see; anyone else's is NOT_FOUND, so ids reveal nothing. */
  async get(identity: Identity, id: string): Promise<LoanEntity> {
    const loan = await this.loans.findById(assertUuid(id, 'id'));
    if (loan === null || !canViewLoan(identity, loan)) throw LoanException.notFound(id);
    return loan;
  }

  /** The loans among `ids` the caller may see (others are left out), in one query. */
  async findVisible(identity: Identity, ids: readonly string[]): Promise<LoanEntity[]> {
    return (await this.loans.findByIds(ids)).filter((loan) => canViewLoan(identity, loan));
  }

  async list(
    identity: Identity,
    filter: LoanFilter | undefined,
    first: number | undefined,
    after: string | undefined,
  ): Promise<Connection<LoanEntity>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']) as [string, string] | null;
    const rows = await this.loans.list({
      scope: loanScope(identity),
      pledgeId: filter?.pledgeId,
      status: filter?.status,
      after: cursor,
      limit,
    });
    return toConnection(rows, limit, cursor !== null, (l) => [l.createdAt.toISOString(), l.id]);
  }

  instalmentsOf(loanIds: readonly string[]): Promise<LoanInstalmentEntity[]> {
    return this.loans.instalmentsOf(loanIds);
  }

  repaymentsOf(loanIds: readonly string[]): Promise<LoanRepaymentEntity[]> {
    return this.loans.repaymentsOf(loanIds);
  }
}
