import { compareIsoDate, type IsoDate } from '@registry/ip-asset/domain/iso-date.js';

/** A ratio version's validity, both ends inclusive; `to` null = open-ended. */
export interface VersionSpan {
  id: string;
  from: IsoDate;
  to: IsoDate | null;
}

export type VersionPlan =
  { ok: true; closes: { id: string; to: IsoDate } | null } | { ok: false; overlapping: VersionSpan };

function overlaps(a: { from: IsoDate; to: IsoDate | null }, b: { from: IsoDate; to: IsoDate | null }): boolean {
  return (a.to === null || compareIsoDate(b.from, a.to) <= 0) && (b.to === null || compareIsoDate(a.from, b.to) <= 0);
}

/** The day before an ISO date. */
export function dayBefore(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Where a new version [from, to] fits among a fund's versions. Versions never overlap. One
 * convenience: a new open-ended version that starts after the current open-ended one
 * supersedes it, which then ends the day before (the usual "new ratio from 1 January").
 * Any other overlap is refused; nothing is split or shortened behind the caller's back.
 */
export function planVersion(existing: readonly VersionSpan[], from: IsoDate, to: IsoDate | null): VersionPlan {
  const hit = existing.filter((v) => overlaps(v, { from, to }));
  const [only] = hit;
  if (only === undefined) return { ok: true, closes: null };
  if (hit.length === 1 && only.to === null && to === null && compareIsoDate(only.from, from) < 0) {
    return { ok: true, closes: { id: only.id, to: dayBefore(from) } };
  }
  return { ok: false, overlapping: only };
}

/** The version in force on `day`, if any. */
export function versionOn<V extends Omit<VersionSpan, 'id'>>(versions: readonly V[], day: IsoDate): V | null {
  return versions.find((v) => overlaps(v, { from: day, to: day })) ?? null;
}
