import { DECIMAL_STRING_PATTERN, Decimal } from '@app/money';
import { effectiveLegalStatus, IpLegalStatus, type IpKind } from '@registry/ip-asset/domain/ip-term.js';
import { compareIsoDate, isValidIsoDate, type IsoDate } from '@registry/ip-asset/domain/iso-date.js';

/**
 * Examination of a joint pledge registration application against the refusal grounds
 * of DOMAIN.md "Pledge registration" (modelled on the 2021 patent pledge registration
 * measures). Every failing ground is reported at once, so the parties can fix all of
 * them in one correction round.
 */

/** Stable reason codes; clients branch on them, so they must not change. */
export const REFUSAL_CODES = [
  'AMOUNT_NOT_POSITIVE',
  'DUE_DATE_IN_PAST',
  'MANDATORY_CONTENT_MISSING',
  'FORFEITURE_CLAUSE',
  'CREDIT_LISTED',
  'ASSET_NOT_FOUND',
  'DUPLICATE_ASSET',
  'PLEDGOR_NOT_OWNER',
  'CO_OWNER_CONSENT_MISSING',
  'NOT_GRANTED',
  'LAPSED',
  'EXPIRED',
  'INVALIDATED',
  'FEES_UNPAID',
  'OWNERSHIP_DISPUTE',
  'COURT_PRESERVATION',
  'DUE_DATE_AFTER_EXPIRY',
  'ALREADY_PLEDGED',
  'INVALIDATION_RISK_NOT_ACKNOWLEDGED',
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface RefusalReason {
  code: RefusalCode;
  /** The asset concerned, for per-asset grounds. */
  assetId?: string;
  /** The party concerned, for CREDIT_LISTED. */
  partyId?: string;
  /** The missing item, for MANDATORY_CONTENT_MISSING, e.g. `securedClaim.currency` or `assets[A1].grantDate`. */
  field?: string;
  message: string;
}

/** A ground the registrar may give by hand besides the rule codes; it needs a note. */
export const OTHER_REFUSAL_CODE = 'OTHER';

/** A reason as recorded on a file: a rule's finding, or the registrar's own (OTHER). */
export interface RecordedReason extends Omit<RefusalReason, 'code'> {
  code: RefusalCode | typeof OTHER_REFUSAL_CODE;
}

/** Something the registrar must look at by hand; it does not refuse the application. */
export interface ReviewFlag {
  code: 'CREDIT_LISTED';
  partyId: string;
  message: string;
}

/** Risks the parties can acknowledge explicitly for an asset. */
export type AcknowledgeableRisk = 'INVALIDATION_PENDING';

export interface RiskAcknowledgement {
  assetId: string;
  risk: AcknowledgeableRisk;
}

/** The joint application as filed by pledgor and pledgee; text fields are untrusted. */
export interface PledgeApplication {
  /** Day of filing: the reference day for statuses, the due date and the credit list. */
  applicationDate: IsoDate;
  pledgorPartyId: string;
  pledgeePartyId: string;
  securedClaim: {
    /** E.g. loan, guarantee recourse. */
    type: string;
    /** Decimal string, e.g. `"5000000.00"`. */
    amount: string;
    /** ISO 4217 code. */
    currency: string;
  };
  /** The debtor's repayment due date under the main contract. */
  debtorDueDate: IsoDate;
  assets: readonly { assetId: string }[];
  guaranteeScope: string;
  /** Party ids or unified social credit codes of co-owners who consented in writing. */
  coOwnerConsents: readonly string[];
  acknowledgedRisks: readonly RiskAcknowledgement[];
  /** The contract lets the asset pass to the pledgee on default (流质条款); such a contract is refused. */
  forfeitureClause: boolean;
  /** Optional: only when an appraisal exists. */
  appraisalReference?: string | null;
}

export interface AssetOwner {
  partyId: string | null;
  creditCode: string | null;
  /** Decimal string; informational here. */
  share: string;
}

export interface AssetFlags {
  invalidationPending: boolean;
  ownershipDispute: boolean;
  courtPreservation: boolean;
}

/** What the registry knows about one asset, as of the application date. */
export interface AssetFacts {
  assetId: string;
  number: string;
  title: string;
  kind: IpKind;
  filingDate: IsoDate;
  grantDate: IsoDate | null;
  /** First day the right is no longer in force (see `computeExpiryDate`); null while unregistered. */
  expiryDate: IsoDate | null;
  /** Stored status; the rules act on the effective status as of the application date. */
  legalStatus: IpLegalStatus;
  flags: AssetFlags;
  owners: readonly AssetOwner[];
  /** Whether the asset already has an active pledge (see `isActive` in pledge-state). */
  activePledge: boolean;
}

export interface PledgeFacts {
  /** The pledgor's unified social credit code, if known: owners recorded only by code are matched through it. */
  pledgorCreditCode: string | null;
  assets: readonly AssetFacts[];
  /** Parties (pledgor or pledgee ids) with an IP credit-list entry in force on the application date. */
  creditListedPartyIds: readonly string[];
}

/** Effect of a credit-list entry, per program ("verify": configurable). */
export type CreditListEffect = 'REFUSE' | 'MANUAL_REVIEW' | 'IGNORE';

export interface PledgePolicy {
  creditListEffect: CreditListEffect;
}

export interface PledgeExamination {
  reasons: RefusalReason[];
  flags: ReviewFlag[];
}

function blank(value: string | null | undefined): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function sameCode(a: string | null, b: string | null): boolean {
  return a != null && b != null && a.trim().toUpperCase() === b.trim().toUpperCase();
}

function missing(field: string, assetId?: string): RefusalReason {
  const reason: RefusalReason = {
    code: 'MANDATORY_CONTENT_MISSING',
    field,
    message: `mandatory content missing or invalid: ${field}`,
  };
  if (assetId !== undefined) reason.assetId = assetId;
  return reason;
}

const STATUS_CODES: Partial<Record<IpLegalStatus, RefusalCode>> = {
  [IpLegalStatus.PENDING]: 'NOT_GRANTED',
  [IpLegalStatus.FEE_GRACE]: 'FEES_UNPAID',
  [IpLegalStatus.LAPSED]: 'LAPSED',
  [IpLegalStatus.INVALIDATED]: 'INVALIDATED',
  [IpLegalStatus.EXPIRED]: 'EXPIRED',
};

function checkApplicationLevel(app: PledgeApplication, reasons: RefusalReason[]): void {
  if (blank(app.pledgorPartyId)) reasons.push(missing('pledgorPartyId'));
  if (blank(app.pledgeePartyId)) reasons.push(missing('pledgeePartyId'));
  if (blank(app.securedClaim.type)) reasons.push(missing('securedClaim.type'));

  const amount = app.securedClaim.amount;
  if (blank(amount) || !DECIMAL_STRING_PATTERN.test(amount.trim())) {
    reasons.push(missing('securedClaim.amount'));
  } else if (new Decimal(amount.trim()).lte(0)) {
    reasons.push({ code: 'AMOUNT_NOT_POSITIVE', message: `secured amount must be positive, got ${amount}` });
  }

  if (blank(app.securedClaim.currency)) reasons.push(missing('securedClaim.currency'));

  if (!isValidIsoDate(app.debtorDueDate)) {
    reasons.push(missing('debtorDueDate'));
  } else if (compareIsoDate(app.debtorDueDate, app.applicationDate) < 0) {
    reasons.push({
      code: 'DUE_DATE_IN_PAST',
      message: `due date ${app.debtorDueDate} is before the application date ${app.applicationDate}`,
    });
  }

  if (app.assets.length === 0) reasons.push(missing('assets'));
  if (blank(app.guaranteeScope)) reasons.push(missing('guaranteeScope'));
  if (app.forfeitureClause) {
    reasons.push({
      code: 'FORFEITURE_CLAUSE',
      message: 'the contract lets the asset pass to the pledgee on default (forfeiture clause)',
    });
  }
}

function checkCreditList(
  app: PledgeApplication,
  facts: PledgeFacts,
  policy: PledgePolicy,
  result: PledgeExamination,
): void {
  if (policy.creditListEffect === 'IGNORE') return;
  const listed = new Set(facts.creditListedPartyIds);
  const parties = [...new Set([app.pledgorPartyId, app.pledgeePartyId])];
  for (const partyId of parties) {
    if (!listed.has(partyId)) continue;
    const message = `party ${partyId} is on the IP credit-loss (dishonest entity) list`;
    if (policy.creditListEffect === 'REFUSE') result.reasons.push({ code: 'CREDIT_LISTED', partyId, message });
    else result.flags.push({ code: 'CREDIT_LISTED', partyId, message });
  }
}

function checkOwnership(app: PledgeApplication, facts: PledgeFacts, asset: AssetFacts, reasons: RefusalReason[]): void {
  const isPledgor = (owner: AssetOwner): boolean =>
    (owner.partyId !== null && owner.partyId === app.pledgorPartyId) ||
    sameCode(owner.creditCode, facts.pledgorCreditCode);
  const { assetId } = asset;
  if (!asset.owners.some(isPledgor)) {
    reasons.push({
      code: 'PLEDGOR_NOT_OWNER',
      assetId,
      message: `pledgor ${app.pledgorPartyId} is not a registered owner of ${asset.number}`,
    });
    return;
  }
  const consented = (owner: AssetOwner): boolean =>
    app.coOwnerConsents.some((c) => (owner.partyId !== null && c === owner.partyId) || sameCode(owner.creditCode, c));
  const withoutConsent = asset.owners.filter((owner) => !isPledgor(owner) && !consented(owner));
  if (withoutConsent.length > 0) {
    const names = withoutConsent.map((o) => o.partyId ?? o.creditCode ?? '(unidentified owner)').join(', ');
    reasons.push({
      code: 'CO_OWNER_CONSENT_MISSING',
      assetId,
      message: `co-owners of ${asset.number} without consent: ${names}`,
    });
  }
}

function checkAsset(app: PledgeApplication, facts: PledgeFacts, asset: AssetFacts, reasons: RefusalReason[]): void {
  const { assetId } = asset;
  const label = `assets[${assetId}]`;
  if (blank(asset.number)) reasons.push(missing(`${label}.number`, assetId));
  if (blank(asset.title)) reasons.push(missing(`${label}.title`, assetId));
  if (asset.filingDate == null || !isValidIsoDate(asset.filingDate))
    reasons.push(missing(`${label}.filingDate`, assetId));
  if (asset.grantDate == null || !isValidIsoDate(asset.grantDate)) reasons.push(missing(`${label}.grantDate`, assetId));

  checkOwnership(app, facts, asset, reasons);

  const status = effectiveLegalStatus(asset.legalStatus, asset.expiryDate, app.applicationDate);
  const statusCode = STATUS_CODES[status];
  if (statusCode !== undefined) {
    reasons.push({
      code: statusCode,
      assetId,
      message: `${asset.number} has status ${status} on ${app.applicationDate}`,
    });
  }

  if (asset.flags.ownershipDispute) {
    reasons.push({
      code: 'OWNERSHIP_DISPUTE',
      assetId,
      message: `procedures on ${asset.number} are suspended by an ownership dispute`,
    });
  }
  if (asset.flags.courtPreservation) {
    reasons.push({
      code: 'COURT_PRESERVATION',
      assetId,
      message: `${asset.number} is under a court preservation order`,
    });
  }

  // The expiry date is the first day without protection, so a debt due on it already
  // falls after the last protected day.
  if (
    asset.expiryDate != null &&
    isValidIsoDate(app.debtorDueDate) &&
    compareIsoDate(app.debtorDueDate, asset.expiryDate) >= 0
  ) {
    reasons.push({
      code: 'DUE_DATE_AFTER_EXPIRY',
      assetId,
      message: `due date ${app.debtorDueDate} is not before the expiry of ${asset.number} on ${asset.expiryDate}`,
    });
  }

  if (asset.activePledge) {
    reasons.push({ code: 'ALREADY_PLEDGED', assetId, message: `${asset.number} already has an active pledge` });
  }

  const acknowledged = app.acknowledgedRisks.some((a) => a.assetId === assetId && a.risk === 'INVALIDATION_PENDING');
  if (asset.flags.invalidationPending && !acknowledged) {
    reasons.push({
      code: 'INVALIDATION_RISK_NOT_ACKNOWLEDGED',
      assetId,
      message: `invalidation of ${asset.number} is pending and the parties have not acknowledged the risk`,
    });
  }
}

/**
 * All refusal reasons and review flags for an application. Order is stable:
 * application-level grounds first (contract content, amount, due date, forfeiture,
 * credit list), then each asset in application order (its missing content, ownership,
 * status, flags, expiry, active pledge, invalidation risk). A credit-listed party is a refusal under policy
 * REFUSE, a review flag under MANUAL_REVIEW, and nothing under IGNORE.
 *
 * @throws IpTermError / IsoDateError when `applicationDate` or a stored date in `facts` is malformed.
 */
export function examinePledgeApplication(
  app: PledgeApplication,
  facts: PledgeFacts,
  policy: PledgePolicy,
): PledgeExamination {
  if (!isValidIsoDate(app.applicationDate))
    throw new RangeError(`applicationDate is not a valid YYYY-MM-DD date: ${String(app.applicationDate)}`);
  const result: PledgeExamination = { reasons: [], flags: [] };
  checkApplicationLevel(app, result.reasons);
  checkCreditList(app, facts, policy, result);

  const known = new Map(facts.assets.map((a) => [a.assetId, a]));
  const seen = new Set<string>();
  for (const { assetId } of app.assets) {
    if (seen.has(assetId)) {
      result.reasons.push({ code: 'DUPLICATE_ASSET', assetId, message: `asset ${assetId} is listed more than once` });
      continue;
    }
    seen.add(assetId);
    const asset = known.get(assetId);
    if (asset === undefined) {
      result.reasons.push({ code: 'ASSET_NOT_FOUND', assetId, message: `asset ${assetId} is not in the register` });
      continue;
    }
    checkAsset(app, facts, asset, result.reasons);
  }
  return result;
}

/**
 * The refusal reasons alone (empty: registrable). Review flags need
 * {@link examinePledgeApplication}.
 */
export function checkPledgeApplication(
  app: PledgeApplication,
  facts: PledgeFacts,
  policy: PledgePolicy,
): RefusalReason[] {
  return examinePledgeApplication(app, facts, policy).reasons;
}
