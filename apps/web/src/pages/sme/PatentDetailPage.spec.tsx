import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { ParamsProvider } from '@web/router/router';
import { PATENT_DETAIL, PatentDetailPage } from '@web/pages/sme/PatentDetailPage';

const money = (amount: string) => ({ __typename: 'Money', amount, currency: 'CNY' });
const method = (name: string, value: string, confidence: string, years: { year: number; pv: string }[] = []) => ({
  __typename: 'MethodResult',
  method: name,
  confidence,
  value: money(value),
  incomePeriod:
    years.length === 0 ? null : { __typename: 'AppraisalIncomePeriod', years: years.length, cappedBy: 'ECONOMIC_LIFE' },
  stoppedAtYear: null,
  years: years.map((y) => ({
    __typename: 'AppraisalYear',
    year: y.year,
    benefit: '472500.00',
    discountFactor: '0.884956',
    presentValue: y.pv,
  })),
});
const valuation = {
  __typename: 'Valuation',
  id: 'v1',
  version: 2,
  method: 'RECONCILED',
  valuedAt: '2026-09-30T00:00:00.000Z',
  confidence: 'MEDIUM',
  value: money('4200000.00'),
  low: money('3000000.00'),
  high: money('5000000.00'),
  staleness: {
    __typename: 'ValuationStaleness',
    stale: true,
    reasons: ['ASSET_STATUS_CHANGED'],
    validUntil: '2027-09-30T00:00:00.000Z',
  },
  report: {
    __typename: 'AppraisalReport',
    currency: 'CNY',
    discountRate: { __typename: 'DiscountRateWorking', base: '0.11', premium: '0.02', effective: '0.13' },
    methods: [
      method('RELIEF_FROM_ROYALTY', '5000000.00', 'HIGH', [
        { year: 1, pv: '418141.59' },
        { year: 2, pv: '392171.10' },
      ]),
      method('COST', '3000000.00', 'LOW'),
    ],
    scorecard: { __typename: 'ScorecardResult', total: '72.5', grade: 'B' },
    monteCarlo: null,
    reconciliation: {
      __typename: 'Reconciliation',
      value: money('4200000.00'),
      low: money('3000000.00'),
      high: money('5000000.00'),
      confidence: 'MEDIUM',
      notes: ['WIDE_RANGE'],
      methods: [
        {
          method: 'RELIEF_FROM_ROYALTY',
          value: '5000000.00',
          confidence: 'HIGH',
          weight: '0.600000',
          contribution: '3000000.00',
        },
        { method: 'COST', value: '3000000.00', confidence: 'LOW', weight: '0.400000', contribution: '1200000.00' },
      ],
    },
  },
};
const patent = (change: Record<string, unknown> = {}) => ({
  __typename: 'IpAsset',
  id: 'a1',
  kind: 'INVENTION',
  number: 'CN201810123456.5',
  title: 'Low-leakage SRAM cell',
  legalStatus: 'GRANTED',
  filingDate: '2018-03-12',
  grantDate: '2020-08-21',
  expiryDate: '2038-03-12',
  remainingLifeDays: 4129,
  pledgeable: true,
  mainIpc: 'G11C11/412',
  riskFlags: {
    __typename: 'IpRiskFlags',
    invalidationPending: false,
    ownershipDispute: false,
    courtPreservation: false,
  },
  owners: [{ __typename: 'IpAssetOwner', name: 'Lianxin', share: '100' }],
  latestValuation: valuation,
  ...change,
});

function renderPage(mocks: MockedProviderProps['mocks']) {
  return render(
    <MockedProvider mocks={mocks}>
      <ParamsProvider params={{ id: 'a1' }}>
        <PatentDetailPage />
      </ParamsProvider>
    </MockedProvider>,
  );
}
const mockOf = (data: ReturnType<typeof patent>) => ({
  request: { query: PATENT_DETAIL, variables: { id: 'a1' } },
  result: { data: { ipAsset: data } },
});

describe('PatentDetailPage', () => {
  it("explains the latest valuation: each method's value and weight, the reconciled value and range", async () => {
    renderPage([mockOf(patent())]);
    const why = await screen.findByRole('region', { name: 'Why this value' });
    expect(within(why).getAllByText(/range CNY 3,000,000 – CNY 5,000,000/)).toHaveLength(2);
    const weights = within(why).getAllByRole('table')[0]!;
    const rows = [...weights.querySelectorAll('tbody tr')].map((r) =>
      [...r.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['Relief from royalty (high confidence)', 'CNY 5,000,000', '60 %', 'CNY 3,000,000'],
      ['Cost approach (low confidence)', 'CNY 3,000,000', '40 %', 'CNY 1,200,000'],
    ]);
    expect(within(why).getByText('The methods disagree widely, so the confidence was lowered.')).toBeTruthy();
    expect(within(why).getByText(/Discount rate 13 %: base 11 % plus a risk premium of 2 %/)).toBeTruthy();
    expect(within(why).getByText(/Income period: 2 years, limited by the remaining economic life/)).toBeTruthy();
    expect(within(why).getByText('418,141.59')).toBeTruthy();
    expect(within(why).getByText(/out of date: the patent's status or risk flags changed/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'List for financing' })).toBeTruthy();
  });

  it('says why a patent that is not in force cannot be listed, and when it has no valuation', async () => {
    renderPage([mockOf(patent({ legalStatus: 'PENDING', pledgeable: false, grantDate: null, latestValuation: null }))]);
    expect(await screen.findByText(/Only a granted patent in force can be pledged/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'List for financing' })).toBeNull();
    expect(screen.getByText(/has not been valued yet/)).toBeTruthy();
  });
});
