import { bestIndexes, compareOffers, type ComparedOffer, type OfferCost } from '@web/pages/sme/offer-comparison';

const offer = (id: string, change: Partial<ComparedOffer> = {}): ComparedOffer => ({
  id,
  lenderName: `Bank ${id}`,
  amount: { amount: '800000', currency: 'CNY' },
  annualRate: '0.0435',
  termMonths: 12,
  repaymentMethod: 'ANNUITY',
  ltv: '0.3',
  expiresAt: '2026-12-31T15:59:59.000Z',
  conditions: null,
  ...change,
});
const cny = (amount: string) => ({ amount, currency: 'CNY' });
const cost = (first: string, interest: string, total: string): OfferCost => ({
  firstInstalment: cny(first),
  totalInterest: cny(interest),
  totalRepaid: cny(total),
});

describe('bestIndexes', () => {
  it.each([
    [['0.0435', '0.0395', '0.05'], 'lower', [1]],
    [['800000', '900000.00', '900000'], 'higher', [1, 2]],
    // Exact: a float would call 0.1 + 0.2 and 0.3 different; here they are decimals as given.
    [['0.30', '0.3'], 'lower', []],
    [['5', '5', '5'], 'lower', []],
    [['5', null], 'lower', []],
    [['5'], 'lower', []],
    [['12345678901234567890.01', '12345678901234567890.02'], 'higher', [1]],
  ] as const)('%j, %s is better -> %j', (values, better, expected) => {
    expect([...bestIndexes(values, better)].sort()).toEqual(expected);
  });
});

describe('compareOffers', () => {
  const offers = [
    offer('a', { amount: cny('800000'), annualRate: '0.0435', conditions: 'Quarterly statements' }),
    offer('b', { amount: cny('1000000'), annualRate: '0.0395', termMonths: 24, ltv: '0.5' }),
  ];
  const row = (rows: ReturnType<typeof compareOffers>, key: string) => rows.find((r) => r.key === key)!;

  it('shows rates and LTV as per cent and marks the best amount and rate', () => {
    const rows = compareOffers(offers, {});
    expect(row(rows, 'annualRate').cells.map((c) => c.text)).toEqual(['4.35 %', '3.95 %']);
    expect(row(rows, 'ltv').cells.map((c) => c.text)).toEqual(['30 %', '50 %']);
    expect(row(rows, 'amount').cells.map((c) => c.best)).toEqual([false, true]);
    expect(row(rows, 'annualRate').cells.map((c) => c.best)).toEqual([false, true]);
    expect(row(rows, 'conditions').cells.map((c) => c.text)).toEqual(['Quarterly statements', 'None']);
    // The term and LTV depend on what the SME needs: no "best".
    expect(row(rows, 'termMonths').cells.some((c) => c.best)).toBe(false);
    expect(row(rows, 'ltv').cells.some((c) => c.best)).toBe(false);
  });

  it('ranks payments only once every schedule is known', () => {
    const half = compareOffers(offers, { a: cost('68218.29', '18619.48', '818619.48') });
    expect(row(half, 'totalInterest').cells.map((c) => c.text)).toEqual(['CNY 18,619.48', 'Calculating…']);
    expect(row(half, 'totalInterest').cells.some((c) => c.best)).toBe(false);

    const full = compareOffers(offers, {
      a: cost('68218.29', '18619.48', '818619.48'),
      b: cost('43412.13', '41891.12', '1041891.12'),
    });
    expect(row(full, 'firstInstalment').cells.map((c) => c.best)).toEqual([false, true]);
    expect(row(full, 'totalInterest').cells.map((c) => c.best)).toEqual([true, false]);
    expect(row(full, 'totalRepaid').cells.map((c) => c.best)).toEqual([true, false]);
  });

  it('does not rank amounts in different currencies', () => {
    const rows = compareOffers([offer('a'), offer('b', { amount: { amount: '900000', currency: 'USD' } })], {});
    expect(row(rows, 'amount').cells.some((c) => c.best)).toBe(false);
    expect(row(rows, 'annualRate').cells.some((c) => c.best)).toBe(false);
  });
});
