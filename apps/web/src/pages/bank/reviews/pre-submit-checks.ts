import type { LtvAssessment } from '@web/pages/bank/policy/ltv-policy';
import { formatDate, formatMoney } from '@web/format';

/**
 * What the bank can see before it signs: the registration rules the registrar will apply,
 * evaluated on the data the API returns today (a refusal), and the bank's own lending policy
 * (a warning; the registrar does not check it). The server checks everything again on signing.
 */
export interface CheckedAsset {
  id: string;
  number: string;
  legalStatus: string;
  expiryDate?: string | null;
  riskFlags: { invalidationPending: boolean; ownershipDispute: boolean; courtPreservation: boolean };
  owners: readonly { partyId?: string | null; creditCode?: string | null; name: string }[];
  /** Registration numbers of live pledges of this asset on the public register, other than this file's. */
  livePledges: readonly string[];
  stale?: boolean;
  valued: boolean;
}

export interface CheckedApplication {
  pledgorPartyId: string;
  debtorDueDate: string;
  forfeitureClause: boolean;
  acknowledgedRisks: readonly { assetId: string; risk: string }[];
  coOwnerConsents: readonly string[];
}

export interface PreCheck {
  severity: 'refusal' | 'warning';
  message: string;
}

const STATUS_REFUSAL: Record<string, string> = {
  PENDING: 'is not granted yet',
  LAPSED: 'has lapsed',
  INVALIDATED: 'was invalidated',
  EXPIRED: 'has expired',
};

export function preSubmitChecks(
  application: CheckedApplication,
  assets: readonly CheckedAsset[],
  ltv: LtvAssessment | null,
  today: string,
  currency: string,
): PreCheck[] {
  const checks: PreCheck[] = [];
  const refuse = (message: string) => checks.push({ severity: 'refusal', message });
  const warn = (message: string) => checks.push({ severity: 'warning', message });

  if (application.debtorDueDate < today)
    refuse(`The debtor's due date ${formatDate(application.debtorDueDate)} has passed.`);
  if (application.forfeitureClause) refuse('The contract has a forfeiture clause, which the registrar refuses.');

  for (const asset of assets) {
    const status = STATUS_REFUSAL[asset.legalStatus];
    if (status !== undefined) refuse(`${asset.number} ${status}.`);
    if (asset.legalStatus === 'FEE_GRACE')
      refuse(`${asset.number} is in the fee grace period: its annual fee is unpaid.`);
    if (asset.riskFlags.ownershipDispute) refuse(`${asset.number} is under an ownership dispute.`);
    if (asset.riskFlags.courtPreservation) refuse(`${asset.number} is frozen by a court preservation order.`);
    if (
      asset.riskFlags.invalidationPending &&
      !application.acknowledgedRisks.some((r) => r.assetId === asset.id && r.risk === 'INVALIDATION_PENDING')
    ) {
      refuse(`${asset.number} has an invalidation request pending and the parties have not acknowledged that risk.`);
    }
    if (asset.expiryDate && asset.expiryDate <= application.debtorDueDate) {
      refuse(
        `${asset.number} expires on ${formatDate(asset.expiryDate)}, before the debt is due on ${formatDate(application.debtorDueDate)}.`,
      );
    }
    if (asset.livePledges.length > 0) {
      refuse(`${asset.number} is already pledged (registration ${asset.livePledges.join(', ')}).`);
    }
    const others = asset.owners.filter((o) => o.partyId !== application.pledgorPartyId);
    const missing = others.filter(
      (o) => !application.coOwnerConsents.some((c) => c === o.partyId || (o.creditCode != null && c === o.creditCode)),
    );
    if (asset.owners.length > 0 && others.length === asset.owners.length) {
      refuse(`The pledgor is not a registered owner of ${asset.number}.`);
    } else if (missing.length > 0) {
      refuse(`${asset.number} is co-owned: consent of ${missing.map((o) => o.name).join(', ')} is missing.`);
    }
    if (!asset.valued) warn(`${asset.number} has no valuation yet.`);
    else if (asset.stale) warn(`The latest valuation of ${asset.number} is stale for your policy.`);
  }

  if (ltv !== null) {
    for (const a of ltv.assets) for (const problem of a.problems) warn(problem);
    if (ltv.abovePolicy === true && ltv.maxLoan !== null) {
      warn(
        `The secured claim is above the ${formatMoney({ amount: ltv.maxLoan, currency })} your policy lends against these valuations.`,
      );
    }
  }
  return checks;
}
