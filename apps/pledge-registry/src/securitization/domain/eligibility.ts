import { compareIsoDate, type IsoDate } from '@registry/ip-asset/domain/iso-date.js';

/** Why a candidate is not eligible; stable codes the API returns. */
export enum EligibilityReason {
  PLEDGE_NOT_REGISTERED = 'PLEDGE_NOT_REGISTERED',
  PATENT_LIFE_SHORTER_THAN_TERM = 'PATENT_LIFE_SHORTER_THAN_TERM',
  IN_DEFAULT = 'IN_DEFAULT',
  OBLIGOR_CREDIT_LISTED = 'OBLIGOR_CREDIT_LISTED',
  IN_ANOTHER_POOL = 'IN_ANOTHER_POOL',
}

/** The pool's criteria; each one switched off is simply not checked. */
export interface EligibilityCriteria {
  requirePledgeRegistered: boolean;
  requirePatentLifeCoversTerm: boolean;
  requireNotInDefault: boolean;
  requireObligorNotCreditListed: boolean;
  requireNotInAnotherPool: boolean;
}

export const ALL_CRITERIA: EligibilityCriteria = {
  requirePledgeRegistered: true,
  requirePatentLifeCoversTerm: true,
  requireNotInDefault: true,
  requireObligorNotCreditListed: true,
  requireNotInAnotherPool: true,
};

/** What the criteria look at, read from the loan, its pledge, its assets and the credit list. */
export interface CandidateFacts {
  pledgeRegistered: boolean;
  /** Last scheduled due date of the loan. */
  maturityDate: IsoDate;
  /** Expiry dates of the pledged assets; null = unknown (counts as too short). */
  assetExpiries: readonly (IsoDate | null)[];
  inDefault: boolean;
  obligorCreditListed: boolean;
  inAnotherPool: boolean;
}

/** The earliest expiry of the pledged assets: the collateral lives only as long as its shortest right. */
export function earliestExpiry(expiries: readonly (IsoDate | null)[]): IsoDate | null {
  if (expiries.length === 0 || expiries.some((e) => e === null)) return null;
  return (expiries as IsoDate[]).reduce((a, b) => (compareIsoDate(a, b) <= 0 ? a : b));
}

/** Every failing reason at once, in a stable order, so the arranger sees all of them. */
export function eligibilityReasons(criteria: EligibilityCriteria, facts: CandidateFacts): EligibilityReason[] {
  const reasons: EligibilityReason[] = [];
  if (criteria.requirePledgeRegistered && !facts.pledgeRegistered)
    reasons.push(EligibilityReason.PLEDGE_NOT_REGISTERED);
  if (criteria.requirePatentLifeCoversTerm) {
    const expiry = earliestExpiry(facts.assetExpiries);
    if (expiry === null || compareIsoDate(expiry, facts.maturityDate) < 0) {
      reasons.push(EligibilityReason.PATENT_LIFE_SHORTER_THAN_TERM);
    }
  }
  if (criteria.requireNotInDefault && facts.inDefault) reasons.push(EligibilityReason.IN_DEFAULT);
  if (criteria.requireObligorNotCreditListed && facts.obligorCreditListed) {
    reasons.push(EligibilityReason.OBLIGOR_CREDIT_LISTED);
  }
  if (criteria.requireNotInAnotherPool && facts.inAnotherPool) reasons.push(EligibilityReason.IN_ANOTHER_POOL);
  return reasons;
}
