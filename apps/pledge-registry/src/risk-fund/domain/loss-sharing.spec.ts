import fc from 'fast-check';
import { Decimal } from '@app/money';
import {
  fundShare,
  ratioProblem,
  shareLoss,
  type LossShares,
  type SharingRatio,
} from '@registry/risk-fund/domain/loss-sharing.js';

const ratio = (fund: string, bank: string, insurer = '0', appraiser = '0'): SharingRatio => ({
  fund: new Decimal(fund),
  bank: new Decimal(bank),
  insurer: new Decimal(insurer),
  appraiser: new Decimal(appraiser),
});

const text = (s: LossShares): Record<keyof LossShares, string> => ({
  fund: s.fund.toFixed(2),
  bank: s.bank.toFixed(2),
  insurer: s.insurer.toFixed(2),
  appraiser: s.appraiser.toFixed(2),
  capExcess: s.capExcess.toFixed(2),
});

const sum = (s: LossShares): Decimal => s.fund.plus(s.bank).plus(s.insurer).plus(s.appraiser);

describe('shareLoss', () => {
  it('splits 54:26:16:4: each part rounded down to the cent, the residue to the bank', () => {
    // Exact shares 218,204.9982 / 105,061.6658 / 64,653.3328 / 16,163.3332.
    const shares = shareLoss(new Decimal('404083.33'), ratio('54', '26', '16', '4'));
    expect(text(shares)).toEqual({
      fund: '218204.99',
      bank: '105061.68',
      insurer: '64653.33',
      appraiser: '16163.33',
      capExcess: '0.00',
    });
    expect(sum(shares).toFixed(2)).toBe('404083.33');
  });

  it.each([
    ['1000.00', '500.00', '500.00'],
    ['100.01', '50.00', '50.01'],
    ['0.01', '0.00', '0.01'],
    ['0.00', '0.00', '0.00'],
  ])('splits fund:bank = 1:1 of %s as %s + %s', (loss, fund, bank) => {
    expect(text(shareLoss(new Decimal(loss), ratio('1', '1')))).toEqual({
      fund,
      bank,
      insurer: '0.00',
      appraiser: '0.00',
      capExcess: '0.00',
    });
  });

  it('gives the same parts for any scale of the same ratio', () => {
    const loss = new Decimal('987654.32');
    const expected = text(shareLoss(loss, ratio('54', '26', '16', '4')));
    expect(text(shareLoss(loss, ratio('0.54', '0.26', '0.16', '0.04')))).toEqual(expected);
    expect(text(shareLoss(loss, ratio('27', '13', '8', '2')))).toEqual(expected);
  });

  it('caps the fund part per loan and moves the excess to the bank', () => {
    expect(text(shareLoss(new Decimal('1000.00'), ratio('1', '1'), new Decimal('300')))).toEqual({
      fund: '300.00',
      bank: '700.00',
      insurer: '0.00',
      appraiser: '0.00',
      capExcess: '200.00',
    });
    // A cap above the fund part changes nothing.
    expect(shareLoss(new Decimal('1000.00'), ratio('1', '1'), new Decimal('501')).capExcess.isZero()).toBe(true);
  });

  it.each([
    ['a negative loss', '-1.00', ratio('1', '1')],
    ['fractions of a cent', '1.001', ratio('1', '1')],
    ['no fund part', '1.00', ratio('0', '1')],
    ['no bank part', '1.00', ratio('1', '0')],
    ['a negative insurer part', '1.00', ratio('1', '1', '-1')],
  ])('refuses %s', (_name, loss, r) => {
    expect(() => shareLoss(new Decimal(loss), r)).toThrow(RangeError);
  });

  it('names the part at fault', () => {
    expect(ratioProblem(ratio('1', '1', '0', '-0.5'))?.field).toBe('appraiser');
    expect(ratioProblem(ratio('54', '26', '16', '4'))).toBeNull();
    expect(fundShare(ratio('54', '26', '16', '4')).toString()).toBe('0.54');
  });

  const part = fc.integer({ min: 0, max: 1_000_000 }).map((n) => new Decimal(n).div(100));
  const positive = fc.integer({ min: 1, max: 1_000_000 }).map((n) => new Decimal(n).div(100));
  const ratios = fc.record({ fund: positive, bank: positive, insurer: part, appraiser: part });
  const losses = fc.bigInt({ min: 0n, max: 10n ** 16n }).map((c) => new Decimal(c.toString()).div(100));
  const caps = fc.option(
    fc.bigInt({ min: 0n, max: 10n ** 14n }).map((c) => new Decimal(c.toString()).div(100)),
    { nil: null },
  );

  it('parts always sum exactly to the loss, none negative, none above its exact share but the bank', () => {
    fc.assert(
      fc.property(losses, ratios, caps, (loss, r, cap) => {
        const shares = shareLoss(loss, r, cap);
        expect(sum(shares).eq(loss)).toBe(true);
        const total = r.fund.plus(r.bank).plus(r.insurer).plus(r.appraiser);
        const exact = (p: Decimal): Decimal => loss.times(p).div(total);
        for (const [got, p] of [
          [shares.insurer, r.insurer],
          [shares.appraiser, r.appraiser],
          [shares.fund.plus(shares.capExcess), r.fund],
        ] as const) {
          expect(got.lte(exact(p))).toBe(true);
          expect(exact(p).minus(got).lt('0.01')).toBe(true);
          expect(got.decimalPlaces()).toBeLessThanOrEqual(2);
        }
        expect(shares.bank.gte(exact(r.bank))).toBe(true);
        expect(shares.bank.minus(exact(r.bank)).minus(shares.capExcess).lt('0.03')).toBe(true);
        if (cap !== null) expect(shares.fund.lte(cap)).toBe(true);
        expect(shares.capExcess.isNegative()).toBe(false);
      }),
    );
  });
});
