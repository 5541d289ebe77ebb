import fc from 'fast-check';
import {
  isDraft,
  planRuleVersion,
  rangesOverlap,
  reconcileClaims,
  screenBorrower,
  SubsidyClaimStatus,
  SubsidyScreening,
  versionOn,
  type LedgerClaim,
  type RuleRange,
} from '@registry/subsidy/domain/subsidy-rules.js';
import { isQuarterStart, quarterOf, quarterPeriod } from '@registry/subsidy/domain/subsidy-period.js';

const v = (id: string, from: string, to: string | null): RuleRange => ({ id, from, to });

describe('quarters', () => {
  it.each<[number, number, string, string]>([
    [2024, 1, '2024-01-01', '2024-04-01'],
    [2024, 3, '2024-07-01', '2024-10-01'],
    [2024, 4, '2024-10-01', '2025-01-01'],
  ])('%i Q%i is [%s, %s)', (year, quarter, start, end) => {
    expect(quarterPeriod(year, quarter)).toEqual({ year, quarter, start, end });
  });

  it('knows quarter starts and the quarter of a day', () => {
    expect(['2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01'].every(isQuarterStart)).toBe(true);
    expect(['2025-02-01', '2025-04-02', '2025-12-31'].some(isQuarterStart)).toBe(false);
    expect(quarterOf('2024-08-16')).toEqual(quarterPeriod(2024, 3));
  });

  it('refuses a quarter outside 1..4', () => {
    expect(() => quarterPeriod(2024, 5)).toThrow(RangeError);
  });
});

describe('rule versions', () => {
  it.each<[string, RuleRange[], string, string | null, { close: string | null } | { conflict: string }]>([
    ['first version', [], '2025-01-01', null, { close: null }],
    ['a rule change closes the open current version', [v('a', '2024-01-01', null)], '2025-01-01', null, { close: 'a' }],
    ['same start as the current version', [v('a', '2025-01-01', null)], '2025-01-01', null, { conflict: 'a' }],
    ['before the open version, open-ended', [v('a', '2025-01-01', null)], '2024-01-01', null, { conflict: 'a' }],
    [
      'before the open version, ending at its start',
      [v('a', '2025-01-01', null)],
      '2024-01-01',
      '2025-01-01',
      { close: null },
    ],
    ['inside a bounded version', [v('a', '2024-01-01', '2025-01-01')], '2024-07-01', null, { conflict: 'a' }],
    ['right after a bounded version', [v('a', '2024-01-01', '2025-01-01')], '2025-01-01', null, { close: null }],
    [
      'a change that would run into a later bounded version',
      [v('a', '2024-01-01', null), v('b', '2023-01-01', '2024-01-01')],
      '2024-07-01',
      null,
      { close: 'a' },
    ],
  ])('%s', (_name, existing, from, to, expected) => {
    const plan = planRuleVersion(existing, from, to);
    if ('close' in expected)
      expect(plan).toEqual({ ok: true, close: existing.find((r) => r.id === expected.close) ?? null });
    else expect(plan.conflictWith?.id).toBe(expected.conflict);
  });

  it('after any accepted sequence of versions no day is governed by two', () => {
    const quarterStart = fc
      .integer({ min: 0, max: 20 })
      .map((q) => quarterPeriod(2020 + Math.floor(q / 4), (q % 4) + 1).start);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(quarterStart, fc.option(quarterStart, { nil: null })), { maxLength: 8 }),
        (asks) => {
          let versions: RuleRange[] = [];
          asks.forEach(([from, to], i) => {
            if (to !== null && to <= from) return;
            const plan = planRuleVersion(versions, from, to);
            if (!plan.ok) return;
            versions = versions.map((r) => (r === plan.close ? { ...r, to: from } : r));
            versions.push(v(String(i), from, to));
          });
          for (const a of versions) for (const b of versions) if (a !== b) expect(rangesOverlap(a, b)).toBe(false);
        },
      ),
    );
  });

  it('finds the version in force on a day', () => {
    const versions = [v('a', '2024-01-01', '2025-01-01'), v('b', '2025-01-01', null)];
    expect(versionOn(versions, '2024-12-31')?.id).toBe('a');
    expect(versionOn(versions, '2025-01-01')?.id).toBe('b');
    expect(versionOn(versions, '2023-12-31')).toBeNull();
  });
});

describe('screening', () => {
  it.each<[boolean, boolean, 'BLOCK' | 'MANUAL_REVIEW' | 'IGNORE', SubsidyScreening]>([
    [false, true, 'BLOCK', SubsidyScreening.CLEAR],
    [true, false, 'BLOCK', SubsidyScreening.LISTED_BLOCKED],
    [true, false, 'MANUAL_REVIEW', SubsidyScreening.LISTED_REVIEW],
    [true, false, 'IGNORE', SubsidyScreening.LISTED_IGNORED],
    [true, true, 'IGNORE', SubsidyScreening.LISTED_BLOCKED],
  ])('listed %s, rule requires unlisted %s, policy %s -> %s', (listed, rule, policy, expected) => {
    expect(screenBorrower(listed, rule, policy)).toBe(expected);
  });
});

describe('reconcileClaims', () => {
  const claim = (
    id: string,
    loanId: string,
    status: SubsidyClaimStatus,
    decidedBy: string | null = null,
  ): LedgerClaim => ({
    id,
    loanId,
    kind: 'INTEREST_LPR_SHARE',
    status,
    decidedBy,
  });

  it('rewrites drafts, deletes drafts no longer produced and leaves final claims alone', () => {
    const existing = [
      claim('1', 'paid', SubsidyClaimStatus.PAID),
      claim('2', 'draft', SubsidyClaimStatus.COMPUTED),
      claim('3', 'gone', SubsidyClaimStatus.COMPUTED),
      claim('4', 'screened', SubsidyClaimStatus.REJECTED),
      claim('5', 'staff', SubsidyClaimStatus.REJECTED, 'u1'),
    ];
    const computed = ['paid', 'draft', 'screened', 'staff', 'new'].map((loanId) => ({
      loanId,
      kind: 'INTEREST_LPR_SHARE',
    }));
    const plan = reconcileClaims(existing, computed);
    expect(plan.writes.map((c) => c.loanId)).toEqual(['draft', 'screened', 'new']);
    expect(plan.deletes).toEqual(['3']);
    expect(plan.kept).toEqual(['paid:INTEREST_LPR_SHARE', 'staff:INTEREST_LPR_SHARE']);
  });

  it('a recomputation under any rule never touches an approved or paid claim', () => {
    const status = fc.constantFrom(...Object.values(SubsidyClaimStatus));
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({ loan: fc.integer({ min: 0, max: 9 }), status, staff: fc.boolean(), amount: fc.nat() }),
          {
            selector: (c) => c.loan,
            maxLength: 10,
          },
        ),
        fc.uniqueArray(fc.record({ loan: fc.integer({ min: 0, max: 9 }), amount: fc.nat() }), {
          selector: (c) => c.loan,
          maxLength: 10,
        }),
        (ledger, recomputed) => {
          const existing = ledger.map((c, i) => ({
            ...claim(String(i), String(c.loan), c.status, c.staff ? 'u' : null),
            amount: c.amount,
          }));
          const plan = reconcileClaims(
            existing,
            recomputed.map((c) => ({ loanId: String(c.loan), kind: 'INTEREST_LPR_SHARE', amount: c.amount })),
          );
          // Apply the plan to the ledger as the repository does.
          const after = new Map(existing.filter((c) => !plan.deletes.includes(c.id)).map((c) => [c.loanId, c]));
          for (const w of plan.writes) {
            const old = after.get(w.loanId);
            after.set(w.loanId, { ...(old ?? claim('new', w.loanId, SubsidyClaimStatus.COMPUTED)), amount: w.amount });
          }
          for (const c of existing) {
            if (c.status === SubsidyClaimStatus.APPROVED || c.status === SubsidyClaimStatus.PAID) {
              expect(after.get(c.loanId)).toEqual(c);
            }
            if (!isDraft(c)) expect(plan.deletes).not.toContain(c.id);
          }
        },
      ),
    );
  });
});
