import { dayBefore, planVersion, versionOn, type VersionSpan } from '@registry/risk-fund/domain/ratio-versions.js';

const v = (id: string, from: string, to: string | null): VersionSpan => ({ id, from, to });

describe('planVersion', () => {
  const closed = v('closed', '2025-01-01', '2025-12-31');
  const open = v('open', '2026-01-01', null);

  it.each([
    ['the first version', [], '2026-01-01', null, { ok: true, closes: null }],
    ['a gap before the closed one', [closed], '2024-01-01', '2024-12-31', { ok: true, closes: null }],
    ['right after the closed one', [closed], '2026-01-01', null, { ok: true, closes: null }],
    [
      'an open version after the open one: it supersedes it',
      [closed, open],
      '2027-01-01',
      null,
      { ok: true, closes: { id: 'open', to: '2026-12-31' } },
    ],
  ])('accepts %s', (_name, existing, from, to, plan) => {
    expect(planVersion(existing, from, to)).toEqual(plan);
  });

  it.each([
    ['inside the closed one', [closed], '2025-06-01', '2025-06-30', 'closed'],
    ['ending on the closed one’s first day', [closed], '2024-01-01', '2025-01-01', 'closed'],
    ['starting on the open one’s first day', [open], '2026-01-01', null, 'open'],
    ['starting before the open one', [open], '2025-06-01', null, 'closed-not-here'],
    ['a bounded version inside the open one', [open], '2027-01-01', '2027-06-30', 'open'],
    ['spanning both', [closed, open], '2025-12-01', null, 'closed'],
  ])('refuses %s', (_name, existing, from, to, overlapping) => {
    const plan = planVersion(existing, from, to);
    expect(plan.ok).toBe(false);
    if (!plan.ok && overlapping !== 'closed-not-here') expect(plan.overlapping.id).toBe(overlapping);
  });
});

describe('versionOn / dayBefore', () => {
  it('finds the version in force on a day, ends inclusive', () => {
    const versions = [v('a', '2025-01-01', '2025-12-31'), v('b', '2026-01-01', null)];
    expect(versionOn(versions, '2025-12-31')?.id).toBe('a');
    expect(versionOn(versions, '2026-01-01')?.id).toBe('b');
    expect(versionOn(versions, '2099-01-01')?.id).toBe('b');
    expect(versionOn(versions, '2024-12-31')).toBeNull();
  });

  it.each([
    ['2026-03-01', '2026-02-28'],
    ['2028-03-01', '2028-02-29'],
    ['2026-01-01', '2025-12-31'],
  ])('the day before %s is %s', (day, before) => {
    expect(dayBefore(day)).toBe(before);
  });
});
