import { Injectable } from '@nestjs/common';
import type { Identity } from '@app/auth';
import { Decimal } from '@app/money';
import { assertUuid, decodeCursor, pageSize, toConnection, type Connection } from '@app/platform';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { compareIsoDate } from '@registry/ip-asset/domain/iso-date.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import type { SubsidyKind } from '@registry/subsidy/domain/subsidy-calc.js';
import { isDraft, SubsidyClaimStatus, SubsidyScreening } from '@registry/subsidy/domain/subsidy-rules.js';
import type { SubsidyClaimFilter } from '@registry/subsidy/dto/subsidy-claim.dto.js';
import type { SubsidyClaimEntity } from '@registry/subsidy/subsidy-claim.entity.js';
import { storedIds } from '@registry/subsidy/subsidy-claim.service.js';
import {
  SubsidyLedgerRepository,
  type ClaimDecision,
  type ClaimFilter,
  type ClaimTotals,
  type FirmYearRow,
} from '@registry/subsidy/subsidy-ledger.repository.js';
import { cityName } from '@registry/subsidy/subsidy-rule.service.js';
import { SubsidyErrorReason, SubsidyException } from '@registry/subsidy/subsidy.exception.js';
import { SubsidyRepository } from '@registry/subsidy/subsidy.repository.js';

const MAX_IDS = 500;

export interface PeriodCounts {
  computed: number;
  heldForReview: number;
  rejected: number;
  final: number;
  cappedAmount: string;
}

/**
 * The claim ledger: reading it with totals, per-firm yearly totals against the caps, and
 * program staff's decisions (approve, reject, record payment). Decisions lock the claim
 * rows; the database refuses any change to a PAID claim whatever the code does.
 */
@Injectable()
export class SubsidyLedgerService {
  constructor(
    private readonly ledger: SubsidyLedgerRepository,
    private readonly subsidies: SubsidyRepository,
    private readonly idempotency: IdempotencyService,
  ) {}

  async list(
    filter: SubsidyClaimFilter,
    first?: number,
    after?: string,
  ): Promise<Connection<SubsidyClaimEntity> & { totals: ClaimTotals }> {
    const f = claimFilter(filter);
    const [page, totals] = await Promise.all([this.page(f, first, after), this.ledger.totals(f)]);
    return { ...page, totals };
  }

  /** A page of the ledger without the totals: what an export reads page after page. */
  async page(filter: SubsidyClaimFilter, first?: number, after?: string): Promise<Connection<SubsidyClaimEntity>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['number', 'number', 'string', 'uuid']) as
      [number, number, string, string] | null;
    const rows = await this.ledger.list(claimFilter(filter), limit, cursor);
    return toConnection(rows, limit, cursor !== null, (c) => [c.periodYear, c.periodQuarter, c.kind, c.loanId]);
  }

  async firmYear(
    city: string,
    year: number,
    kind: SubsidyKind | null,
  ): Promise<(FirmYearRow & { remaining: string | null })[]> {
    // make_date() in the cap lookup fails on a year PostgreSQL cannot represent (0, -1):
    // refuse it here, with the range computeSubsidyClaims accepts.
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw SubsidyException.invalid('year', 'must be 2000..2100');
    const rows = await this.ledger.firmYear(cityName(city, 'city'), year, kind);
    return rows.map((r) => ({
      ...r,
      remaining: r.cap === null ? null : Decimal.max(0, new Decimal(r.cap).minus(r.claimed)).toFixed(2),
    }));
  }

  async periodCounts(city: string, year: number, quarter: number): Promise<PeriodCounts> {
    const rows = await this.ledger.periodSummary(city, year, quarter);
    const count = (pick: (r: (typeof rows)[number]) => boolean): number =>
      rows.filter(pick).reduce((n, r) => n + r.n, 0);
    return {
      computed: count((r) => r.status === SubsidyClaimStatus.COMPUTED),
      heldForReview: count(
        (r) => r.status === SubsidyClaimStatus.COMPUTED && r.screening === SubsidyScreening.LISTED_REVIEW,
      ),
      rejected: count((r) => r.status === SubsidyClaimStatus.REJECTED),
      final: count((r) => r.status === SubsidyClaimStatus.APPROVED || r.status === SubsidyClaimStatus.PAID),
      cappedAmount: rows
        .filter((r) => r.status !== SubsidyClaimStatus.REJECTED)
        .reduce((sum, r) => sum.plus(r.capped), new Decimal(0))
        .toFixed(2),
    };
  }

  /** COMPUTED -> APPROVED. A claim held for review (credit-listed borrower) needs a note saying why. */
  approve(
    identity: Identity,
    ids: readonly string[],
    note: string | null,
    key?: string | null,
  ): Promise<SubsidyClaimEntity[]> {
    const reviewNote = note === null || note.trim() === '' ? null : note.trim();
    return this.decide(identity, 'approveSubsidyClaims', ids, { ids, note }, key, (claims) => {
      for (const c of claims) {
        if (c.status !== SubsidyClaimStatus.COMPUTED) throw this.transition(c, 'approved');
        if (c.screening === SubsidyScreening.LISTED_REVIEW && reviewNote === null) {
          throw SubsidyException.invalid(
            'note',
            `claim ${c.id} is held for review (credit-listed borrower): say why it is approved`,
            SubsidyErrorReason.SUBSIDY_REVIEW_NOTE_REQUIRED,
          );
        }
      }
      return { status: SubsidyClaimStatus.APPROVED, decidedBy: identity.userId, reviewNote };
    });
  }

  /** A draft (COMPUTED, or REJECTED by screening) -> REJECTED by staff, with the reason. */
  reject(identity: Identity, id: string, reason: string, key?: string | null): Promise<SubsidyClaimEntity[]> {
    const why = reason.trim();
    if (why.length === 0 || why.length > 500) throw SubsidyException.invalid('reason', 'must be 1..500 characters');
    return this.decide(identity, 'rejectSubsidyClaim', [id], { id, reason }, key, (claims) => {
      for (const c of claims) if (!isDraft(c)) throw this.transition(c, 'rejected', 'id');
      return { status: SubsidyClaimStatus.REJECTED, decidedBy: identity.userId, rejectionReason: why };
    });
  }

  /** APPROVED -> PAID on the day the program paid it (not in the future). */
  pay(identity: Identity, ids: readonly string[], paidOn: string, key?: string | null): Promise<SubsidyClaimEntity[]> {
    if (compareIsoDate(paidOn, registryToday()) > 0)
      throw SubsidyException.invalid('paidOn', 'must not be in the future');
    return this.decide(identity, 'paySubsidyClaims', ids, { ids, paidOn }, key, (claims) => {
      for (const c of claims) if (c.status !== SubsidyClaimStatus.APPROVED) throw this.transition(c, 'paid');
      return { status: SubsidyClaimStatus.PAID, paidOn, paidBy: identity.userId };
    });
  }

  findByIds(ids: readonly string[]): Promise<SubsidyClaimEntity[]> {
    return this.ledger.findByIds(ids);
  }

  private async decide(
    identity: Identity,
    operation: string,
    rawIds: readonly string[],
    request: unknown,
    key: string | null | undefined,
    change: (claims: SubsidyClaimEntity[]) => ClaimDecision,
  ): Promise<SubsidyClaimEntity[]> {
    if (rawIds.length === 0 || rawIds.length > MAX_IDS)
      throw SubsidyException.invalid('ids', `must list 1..${MAX_IDS} claims`);
    const ids = [...new Set(rawIds.map((id) => assertUuid(id, 'ids')))];
    const done = await this.subsidies.transaction((m) =>
      this.idempotency.run(m, { identity, key, operation, request, ...storedIds }, async () => {
        const claims = await this.ledger.lockClaims(m, ids);
        const missing = ids.find((id) => !claims.some((c) => c.id === id));
        if (missing !== undefined)
          throw SubsidyException.claimNotFound(
            missing,
            rawIds.length === 1 && operation === 'rejectSubsidyClaim' ? 'id' : 'ids',
          );
        await this.ledger.update(m, ids, change(claims));
        return ids;
      }),
    );
    return this.ledger.findByIds(done);
  }

  private transition(claim: SubsidyClaimEntity, to: string, field = 'ids'): SubsidyException {
    return SubsidyException.conflict(
      SubsidyErrorReason.SUBSIDY_CLAIM_TRANSITION,
      field,
      `claim ${claim.id} is ${claim.status} and cannot be ${to}`,
    );
  }
}

function claimFilter(filter: SubsidyClaimFilter): ClaimFilter {
  return { ...filter, city: cityName(filter.city, 'filter.city') };
}
