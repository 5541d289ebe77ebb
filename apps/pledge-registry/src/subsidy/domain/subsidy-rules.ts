import { compareIsoDate, type IsoDate } from '@registry/ip-asset/domain/iso-date.js';

/** The effective range of a rule version: [from, to), `to` null = open-ended. */
export interface RuleRange {
  id: string;
  from: IsoDate;
  to: IsoDate | null;
}

/** Whether two half-open ranges share a day (null end = no end). */
export function rangesOverlap(a: Omit<RuleRange, 'id'>, b: Omit<RuleRange, 'id'>): boolean {
  const aBeforeBEnds = b.to === null || compareIsoDate(a.from, b.to) < 0;
  const bBeforeAEnds = a.to === null || compareIsoDate(b.from, a.to) < 0;
  return aBeforeBEnds && bBeforeAEnds;
}

export type VersionPlan =
  | { ok: true; close: RuleRange | null; conflictWith?: undefined }
  | { ok: false; conflictWith: RuleRange; close?: undefined };

/**
 * Where a new version of a city's rule goes among the existing ones. A rule change is a
 * new version starting after the open-ended current one: that one is closed the day the
 * new one starts. Any other overlap (with a bounded version, or starting on or before
 * the current one's first day) is refused, so no day is ever governed by two versions.
 */
export function planRuleVersion(existing: readonly RuleRange[], from: IsoDate, to: IsoDate | null): VersionPlan {
  const open = existing.find((r) => r.to === null && compareIsoDate(r.from, from) < 0) ?? null;
  const after = existing.map((r) => (r === open ? { ...r, to: from } : r));
  const clash = after.find((r) => rangesOverlap(r, { from, to }));
  if (clash !== undefined) return { ok: false, conflictWith: existing.find((r) => r.id === clash.id) ?? clash };
  return { ok: true, close: open };
}

/** The version whose range holds the day, if any. */
export function versionOn<R extends RuleRange>(versions: readonly R[], day: IsoDate): R | null {
  return (
    versions.find((v) => compareIsoDate(v.from, day) <= 0 && (v.to === null || compareIsoDate(day, v.to) < 0)) ?? null
  );
}

/** What the IP credit list does to a subsidy claim (program policy CREDIT_LIST_SUBSIDY_EFFECT). */
export type SubsidyCreditEffect = 'BLOCK' | 'MANUAL_REVIEW' | 'IGNORE';

/** The outcome of screening the borrower against the credit list when the claim is computed; stored values. */
export enum SubsidyScreening {
  CLEAR = 'CLEAR',
  LISTED_BLOCKED = 'LISTED_BLOCKED',
  LISTED_REVIEW = 'LISTED_REVIEW',
  LISTED_IGNORED = 'LISTED_IGNORED',
}

/**
 * A listed borrower's claim: blocked when the rule itself requires an unlisted borrower,
 * otherwise as the program policy says.
 */
export function screenBorrower(
  listed: boolean,
  ruleRequiresUnlisted: boolean,
  policy: SubsidyCreditEffect,
): SubsidyScreening {
  if (!listed) return SubsidyScreening.CLEAR;
  if (ruleRequiresUnlisted) return SubsidyScreening.LISTED_BLOCKED;
  switch (policy) {
    case 'BLOCK':
      return SubsidyScreening.LISTED_BLOCKED;
    case 'MANUAL_REVIEW':
      return SubsidyScreening.LISTED_REVIEW;
    case 'IGNORE':
      return SubsidyScreening.LISTED_IGNORED;
  }
}

/** Claim states; stored values. */
export enum SubsidyClaimStatus {
  COMPUTED = 'COMPUTED',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
  REJECTED = 'REJECTED',
}

/** The reason a claim rejected by screening carries. */
export const CREDIT_LISTED_REASON = 'CREDIT_LISTED: the borrower is on the IP credit-loss list';

/**
 * A draft is what a recomputation may replace: COMPUTED, or REJECTED by screening (no
 * staff decision). APPROVED, PAID and claims staff rejected are final ledger entries.
 */
export function isDraft(claim: { status: SubsidyClaimStatus; decidedBy: string | null }): boolean {
  return (
    claim.status === SubsidyClaimStatus.COMPUTED ||
    (claim.status === SubsidyClaimStatus.REJECTED && claim.decidedBy === null)
  );
}

/** A claim of the ledger, keyed by loan and kind within one period. */
export interface LedgerClaim {
  id: string;
  loanId: string;
  kind: string;
  status: SubsidyClaimStatus;
  decidedBy: string | null;
}

export interface ReconcilePlan<C> {
  /** New figures to write: for keys with no claim yet or only a draft. */
  writes: C[];
  /** Drafts the new computation no longer produces (the loan is no longer eligible). */
  deletes: string[];
  /** Keys left alone because their claim is final. */
  kept: string[];
}

const keyOf = (c: { loanId: string; kind: string }): string => `${c.loanId}:${c.kind}`;

/**
 * What a recomputation of a period writes: the computed claims whose key has no final
 * claim, and the deletion of drafts it no longer produces. Final claims are never in the
 * plan, so recomputing (after any rule change) leaves approved and paid figures as they were.
 */
export function reconcileClaims<C extends { loanId: string; kind: string }>(
  existing: readonly LedgerClaim[],
  computed: readonly C[],
): ReconcilePlan<C> {
  const byKey = new Map(existing.map((c) => [keyOf(c), c]));
  const produced = new Set(computed.map(keyOf));
  const writes = computed.filter((c) => {
    const claim = byKey.get(keyOf(c));
    return claim === undefined || isDraft(claim);
  });
  const deletes = existing.filter((c) => isDraft(c) && !produced.has(keyOf(c))).map((c) => c.id);
  const kept = existing.filter((c) => !isDraft(c)).map(keyOf);
  return { writes, deletes, kept };
}
