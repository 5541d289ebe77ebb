export type StaleReason = 'OLDER_THAN_VALIDITY' | 'ASSET_STATUS_CHANGED';

export interface StalenessInput {
  valuedAt: Date;
  /** The asset's statusChangedAt as read when valuing, when recorded. */
  statusChangedAtValuation: Date | null;
  /** The asset's statusChangedAt now; null when the asset cannot be read. */
  currentStatusChangedAt: Date | null;
  validityMonths: number;
  now: Date;
}

/** valuedAt + months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/**
 * A valuation is stale once older than the policy's validity, or when the asset's legal
 * status or risk flags changed after it was made (the valuation assumed the old facts).
 */
export function staleness(input: StalenessInput): { stale: boolean; reasons: StaleReason[]; validUntil: Date } {
  const validUntil = addMonths(input.valuedAt, input.validityMonths);
  const reasons: StaleReason[] = [];
  if (input.now.getTime() >= validUntil.getTime()) reasons.push('OLDER_THAN_VALIDITY');
  const basis = input.statusChangedAtValuation ?? input.valuedAt;
  if (input.currentStatusChangedAt !== null && input.currentStatusChangedAt.getTime() > basis.getTime()) {
    reasons.push('ASSET_STATUS_CHANGED');
  }
  return { stale: reasons.length > 0, reasons, validUntil };
}
