import type { Decimal } from '@app/money';
import { fundShare, type SharingRatio } from '@registry/risk-fund/domain/loss-sharing.js';
import {
  RiskFundClaimModel,
  RiskFundEnrolmentModel,
  RiskFundEntryModel,
  RiskFundModel,
  RiskFundRatioVersionModel,
} from '@registry/risk-fund/dto/risk-fund.model.js';
import type { RiskFundClaimEntity } from '@registry/risk-fund/risk-fund-claim.entity.js';
import type { RiskFundEnrolmentEntity } from '@registry/risk-fund/risk-fund-enrolment.entity.js';
import type { RiskFundEntryEntity } from '@registry/risk-fund/risk-fund-entry.entity.js';
import type { RiskFundRatioVersionEntity } from '@registry/risk-fund/risk-fund-ratio-version.entity.js';
import type { RiskFundEntity } from '@registry/risk-fund/risk-fund.entity.js';

/** An amount as shown: at least cents, never rounded ("1234.5" -> "1234.50"). */
export const amount = (d: Decimal): string => d.toFixed(Math.max(2, d.decimalPlaces()));

/** A stored value for audit-like JSON (idempotency results, details): a string, never a float. */
export const plain = (d: Decimal): string => d.toFixed();

export function ratioOf(v: RiskFundRatioVersionEntity): SharingRatio {
  return { fund: v.fundPart, bank: v.bankPart, insurer: v.insurerPart, appraiser: v.appraiserPart };
}

export function toFundModel(f: RiskFundEntity): RiskFundModel {
  return Object.assign(new RiskFundModel(), {
    id: f.id,
    city: f.city,
    name: f.name,
    ownerPartyId: f.ownerPartyId,
    currency: f.currency,
    leverageLimit: f.leverageLimit.toFixed(),
    perLoanCap: f.perLoanCap === null ? null : amount(f.perLoanCap),
    createdAt: f.createdAt,
  });
}

export function toRatioModel(v: RiskFundRatioVersionEntity): RiskFundRatioVersionModel {
  return Object.assign(new RiskFundRatioVersionModel(), {
    id: v.id,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo,
    fundPart: v.fundPart.toFixed(),
    bankPart: v.bankPart.toFixed(),
    insurerPart: v.insurerPart.toFixed(),
    appraiserPart: v.appraiserPart.toFixed(),
    fundShare: fundShare(ratioOf(v)).toDecimalPlaces(8).toFixed(),
  });
}

export function toEntryModel(e: RiskFundEntryEntity): RiskFundEntryModel {
  return Object.assign(new RiskFundEntryModel(), {
    id: e.id,
    seq: e.seq,
    kind: e.kind,
    amount: amount(e.amount),
    balanceAfter: amount(e.balanceAfter),
    claimId: e.claimId,
    bookedOn: e.bookedOn,
    note: e.note,
    createdAt: e.createdAt,
  });
}

export function toEnrolmentModel(e: RiskFundEnrolmentEntity): RiskFundEnrolmentModel {
  return Object.assign(new RiskFundEnrolmentModel(), {
    id: e.id,
    fundId: e.fundId,
    loanId: e.loanId,
    lenderPartyId: e.lenderPartyId,
    borrowerPartyId: e.borrowerPartyId,
    status: e.status,
    enrolledOn: e.enrolledOn,
    creditListed: e.creditListed,
    reviewNote: e.reviewNote,
    createdAt: e.createdAt,
  });
}

export function toClaimModel(c: RiskFundClaimEntity): RiskFundClaimModel {
  const appraised = c.appraisedValue;
  return Object.assign(new RiskFundClaimModel(), {
    id: c.id,
    fundId: c.fundId,
    loanId: c.loanId,
    pledgeId: c.pledgeId,
    lenderPartyId: c.lenderPartyId,
    status: c.status,
    currency: c.currency,
    lossDate: c.lossDate,
    outstandingPrincipal: amount(c.outstandingPrincipal),
    unpaidInterest: amount(c.unpaidInterest),
    outstandingClaim: amount(c.outstandingClaim),
    appraisedValue: appraised === null ? null : amount(appraised),
    realizedAmount: amount(c.realizedAmount),
    realizationRatio: appraised === null ? null : c.realizedAmount.div(appraised).toFixed(4),
    appraisalShortfall: appraised === null ? null : amount(appraised.minus(c.realizedAmount)),
    loss: amount(c.loss),
    ratio: {
      versionId: c.ratioVersionId,
      fund: c.fundRatio.toFixed(),
      bank: c.bankRatio.toFixed(),
      insurer: c.insurerRatio.toFixed(),
      appraiser: c.appraiserRatio.toFixed(),
    },
    fundPart: amount(c.fundPart),
    bankPart: amount(c.bankPart),
    insurerPart: amount(c.insurerPart),
    appraiserPart: amount(c.appraiserPart),
    capExcess: amount(c.capExcess),
    recoveredAmount: amount(c.recoveredAmount),
    decidedAt: c.decidedAt,
    decisionNote: c.decisionNote,
    createdAt: c.createdAt,
  });
}
