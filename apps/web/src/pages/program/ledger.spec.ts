import { fundPosition } from '@web/pages/program/ledger';

describe('fundPosition', () => {
  it('adds each kind exactly and shows payouts (booked negative) as amounts paid', () => {
    const p = fundPosition([
      { kind: 'CONTRIBUTION', amount: '5000000.00' },
      { kind: 'PAYOUT', amount: '-270000.10' },
      { kind: 'RECOVERY', amount: '0.20' },
      { kind: 'CONTRIBUTION', amount: '0.1' },
      { kind: 'PAYOUT', amount: '-0.2' },
    ]);
    expect(p).toEqual({
      contributions: '5000000.10',
      claimsPaid: '270000.30',
      recoveries: '0.20',
      net: '4730000.00',
    });
  });

  it('is all zeros for an empty ledger', () => {
    expect(fundPosition([])).toEqual({ contributions: '0.00', claimsPaid: '0.00', recoveries: '0.00', net: '0.00' });
  });
});
