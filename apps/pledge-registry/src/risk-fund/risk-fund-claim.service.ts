import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Identity } from '@app/auth';
import { isUniqueViolation } from '@app/errors';
import { Decimal } from '@app/money';
import { assertUuid, decodeCursor, pageSize, toConnection, type Connection } from '@app/platform';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { compareIsoDate } from '@registry/ip-asset/domain/iso-date.js';
import { LoanCloseReason, LoanStatus } from '@registry/loan/domain/loan-state.js';
import { DeregistrationReason, PledgeStatus } from '@registry/pledge/domain/pledge-state.js';
import { coverScope, inCoverScope, isLender } from '@registry/risk-fund/domain/fund-rules.js';
import { enforcementLoss, outstandingClaim } from '@registry/risk-fund/domain/loss-claim.js';
import { shareLoss } from '@registry/risk-fund/domain/loss-sharing.js';
import { versionOn } from '@registry/risk-fund/domain/ratio-versions.js';
import type { FileRiskFundClaimInput, RiskFundClaimFilter } from '@registry/risk-fund/dto/risk-fund.input.js';
import { RiskFundClaimStatus, type RiskFundClaimEntity } from '@registry/risk-fund/risk-fund-claim.entity.js';
import { RiskFundCoverRepository, type LoanFacts } from '@registry/risk-fund/risk-fund-cover.repository.js';
import { RiskFundEnrolmentStatus } from '@registry/risk-fund/risk-fund-enrolment.entity.js';
import { RiskFundErrorReason, RiskFundException } from '@registry/risk-fund/risk-fund.exception.js';
import { plain, ratioOf } from '@registry/risk-fund/risk-fund.mapper.js';
import { RiskFundRepository } from '@registry/risk-fund/risk-fund.repository.js';
import { storedId } from '@registry/risk-fund/risk-fund.service.js';

const ONE_CLAIM_PER_LOAN = 'uq_risk_fund_claim_loan';

/**
 * Loss claims as the lender files them: one per enrolled loan once its pledge was realised,
 * measured and split when filed (decisions 57-58); the fund decides in RiskFundPayoutService.
 * Locks: the fund's row, then the enrolment's, then the loan (shared).
 */
@Injectable()
export class RiskFundClaimService {
  constructor(
    private readonly funds: RiskFundRepository,
    private readonly cover: RiskFundCoverRepository,
    private readonly idempotency: IdempotencyService,
  ) {}

  async file(identity: Identity, input: FileRiskFundClaimInput, key?: string | null): Promise<RiskFundClaimEntity> {
    const loanId = assertUuid(input.loanId, 'input.loanId');
    const id = await this.funds
      .transaction((m) =>
        this.idempotency.run(m, { identity, key, operation: 'fileRiskFundClaim', request: input, ...storedId }, () =>
          this.fileWithin(m, identity, loanId),
        ),
      )
      .catch((error: unknown) => {
        if (isUniqueViolation(error, ONE_CLAIM_PER_LOAN)) throw claimExists();
        throw error;
      });
    return this.find(id);
  }

  private async fileWithin(m: EntityManager, identity: Identity, loanId: string): Promise<string> {
    const seen = await this.cover.loanFacts(m, loanId, false);
    if (seen === null || !isLender(identity, seen)) throw loanNotFound(loanId);
    const live = await this.cover.liveEnrolment(m, loanId);
    if (live?.status !== RiskFundEnrolmentStatus.ENROLLED) throw notEnrolled();
    const fund = await this.funds.lockFund(m, live.fundId);
    const enrolment = await this.cover.lockEnrolment(m, live.id);
    if (fund === null || enrolment?.status !== RiskFundEnrolmentStatus.ENROLLED || enrolment.enrolledOn === null) {
      throw notEnrolled();
    }
    const loan = await this.cover.loanFacts(m, loanId, true);
    if (loan === null) throw loanNotFound(loanId);
    if (
      loan.status === LoanStatus.OVERPAID ||
      (loan.status === LoanStatus.CLOSED && loan.closeReason === LoanCloseReason.REPAID)
    ) {
      throw RiskFundException.conflict(RiskFundErrorReason.LOAN_REPAID, 'the loan was repaid: nothing was lost');
    }
    if (loan.status === LoanStatus.CLOSED && loan.closeReason === LoanCloseReason.RESCHEDULED) {
      throw RiskFundException.conflict(
        RiskFundErrorReason.LOAN_RESCHEDULED,
        'the loan was rescheduled: its cover ended, and a loss is claimed on the successor loan once enrolled',
        'input.loanId',
      );
    }
    const realised = realisation(loan);
    if (compareIsoDate(realised.on, enrolment.enrolledOn) < 0) {
      throw RiskFundException.conflict(
        RiskFundErrorReason.LOSS_BEFORE_ENROLMENT,
        `the pledge was realised on ${realised.on}, before the loan was enrolled on ${enrolment.enrolledOn}`,
        'input.loanId',
      );
    }
    const versions = await this.funds.ratioVersionsOf([fund.id], m);
    const version = versionOn(
      versions.map((v) => ({ ...v, from: v.effectiveFrom, to: v.effectiveTo })),
      realised.on,
    );
    if (version === null) {
      throw RiskFundException.conflict(
        RiskFundErrorReason.NO_RATIO_IN_FORCE,
        `the fund had no sharing ratio in force on the realisation date ${realised.on}`,
        'input.loanId',
      );
    }
    const owed = outstandingClaim(
      await this.cover.instalments(m, loanId),
      await this.cover.repayments(m, loanId),
      realised.on,
    );
    const loss = enforcementLoss(owed.total, realised.amount);
    if (loss.isZero()) {
      throw RiskFundException.conflict(
        RiskFundErrorReason.NO_LOSS,
        `enforcement realised ${plain(realised.amount)}, at least the ${plain(owed.total)} owed`,
        'input.loanId',
      );
    }
    const ratio = ratioOf(version);
    const shares = shareLoss(loss, ratio, fund.perLoanCap);
    const claim = await this.cover.insertClaim(m, {
      fundId: fund.id,
      enrolmentId: enrolment.id,
      loanId,
      pledgeId: loan.pledgeId,
      lenderPartyId: loan.lenderPartyId,
      status: RiskFundClaimStatus.FILED,
      currency: loan.currency,
      lossDate: realised.on,
      outstandingPrincipal: owed.principal,
      unpaidInterest: owed.interest,
      outstandingClaim: owed.total,
      appraisedValue: loan.appraisedValue,
      realizedAmount: realised.amount,
      loss,
      ratioVersionId: version.id,
      fundRatio: ratio.fund,
      bankRatio: ratio.bank,
      insurerRatio: ratio.insurer,
      appraiserRatio: ratio.appraiser,
      fundPart: shares.fund,
      bankPart: shares.bank,
      insurerPart: shares.insurer,
      appraiserPart: shares.appraiser,
      capExcess: shares.capExcess,
      filedBy: identity.userId,
    });
    return claim.id;
  }

  async get(identity: Identity, id: string): Promise<RiskFundClaimEntity> {
    const claim = await this.cover.findClaim(assertUuid(id, 'id'));
    if (claim === null) throw RiskFundException.claimNotFound(id);
    const fund = await this.funds.findFund(claim.fundId);
    if (fund === null || !inCoverScope(coverScope(identity), { ...claim, ownerPartyId: fund.ownerPartyId })) {
      throw RiskFundException.claimNotFound(id);
    }
    return claim;
  }

  async list(
    identity: Identity,
    filter: RiskFundClaimFilter | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<RiskFundClaimEntity>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']) as [string, string] | null;
    const rows = await this.cover.listClaims({
      scope: coverScope(identity),
      fundId: filter?.fundId,
      loanId: filter?.loanId,
      status: filter?.status,
      after: cursor,
      limit,
    });
    return toConnection(rows, limit, cursor !== null, (c) => [c.createdAt.toISOString(), c.id]);
  }

  private async find(id: string): Promise<RiskFundClaimEntity> {
    const claim = await this.cover.findClaim(id);
    if (claim === null) throw new Error(`claim ${id} vanished after it was written`);
    return claim;
  }
}

/** The pledge's realisation, if enforcement recorded one (REALIZED, or deregistered as REALIZED after it). */
function realisation(loan: LoanFacts): { amount: Decimal; on: string } {
  const realisedState =
    loan.pledgeStatus === PledgeStatus.REALIZED ||
    (loan.pledgeStatus === PledgeStatus.DEREGISTERED && loan.deregistrationReason === DeregistrationReason.REALIZED);
  if (!realisedState || loan.realizedAmount === null || loan.realizedOn === null) {
    throw RiskFundException.conflict(
      RiskFundErrorReason.PLEDGE_NOT_REALIZED,
      `the loan's pledge is ${loan.pledgeStatus}: a claim needs a realisation recorded by enforcement`,
      'input.loanId',
    );
  }
  return { amount: loan.realizedAmount, on: loan.realizedOn };
}

function loanNotFound(id: string): RiskFundException {
  return RiskFundException.notFound(RiskFundErrorReason.LOAN_NOT_FOUND, 'input.loanId', `loan ${id} not found`);
}

function notEnrolled(): RiskFundException {
  return RiskFundException.conflict(
    RiskFundErrorReason.LOAN_NOT_ENROLLED,
    'the loan is not enrolled in a risk-compensation fund',
    'input.loanId',
  );
}

function claimExists(): RiskFundException {
  return RiskFundException.conflict(
    RiskFundErrorReason.CLAIM_EXISTS,
    'the loan already has a claim (one per loan)',
    'input.loanId',
  );
}
