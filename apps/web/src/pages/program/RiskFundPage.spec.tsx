import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import {
  APPROVE_RISK_FUND_CLAIM,
  CITY_RISK_FUNDS,
  FUND_CLAIMS,
  RISK_FUND_LEDGER_PAGE,
  RiskFundPage,
} from '@web/pages/program/RiskFundPage';
import { PROGRAM_VIEWER } from '@web/pages/program/scope';

const FUND = 'fund-1';
const viewerMock = {
  request: { query: PROGRAM_VIEWER },
  result: {
    data: {
      viewer: {
        __typename: 'Viewer',
        login: 'program',
        party: { __typename: 'Party', id: 'office-1', name: 'Suzhou Program Office', city: 'Suzhou' },
      },
    },
  },
};
const fundsMock = {
  request: { query: CITY_RISK_FUNDS, variables: { city: 'Suzhou' } },
  result: {
    data: {
      riskFunds: [
        {
          __typename: 'RiskFund',
          id: FUND,
          name: 'Suzhou Risk-Compensation Fund',
          city: 'Suzhou',
          currency: 'CNY',
          balance: '4730000.00',
          capacity: '40000000.00',
          coveredOutstanding: '7300000.00',
          commitments: null,
          leverage: '1.5433',
          leverageLimit: '10',
          currentRatio: null,
        },
      ],
    },
  },
};
const entry = (seq: number, kind: string, amount: string, balanceAfter: string, note: string | null) => ({
  __typename: 'RiskFundEntryEdge',
  node: { __typename: 'RiskFundEntry', id: `e-${seq}`, seq, kind, amount, balanceAfter, bookedOn: '2026-11-02', note },
});
const ledgerPage = (after: string | null, edges: object[], endCursor: string | null) => ({
  request: { query: RISK_FUND_LEDGER_PAGE, variables: { id: FUND, after } },
  result: {
    data: {
      riskFund: {
        __typename: 'RiskFund',
        id: FUND,
        ledger: {
          __typename: 'RiskFundEntryConnection',
          edges,
          pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
        },
      },
    },
  },
});
const claimsMock = {
  request: { query: FUND_CLAIMS, variables: { fundId: FUND } },
  result: {
    data: {
      riskFundClaims: {
        __typename: 'RiskFundClaimConnection',
        edges: [
          {
            __typename: 'RiskFundClaimEdge',
            node: {
              __typename: 'RiskFundClaim',
              id: 'claim-1',
              loanId: 'loan-5678abcd',
              lenderPartyId: 'bank-1',
              lossDate: '2026-10-15',
              loss: '600000.00',
              outstandingClaim: '1000000.00',
              realizedAmount: '400000.00',
              fundPart: '324000.00',
              bankPart: '156000.00',
              currency: 'CNY',
              status: 'FILED',
              createdAt: '2026-10-16T02:00:00.000Z',
            },
          },
        ],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false },
      },
    },
  },
};

function renderPage(mocks: MockedProviderProps['mocks']) {
  return render(
    <MockedProvider mocks={mocks}>
      <RiskFundPage />
    </MockedProvider>,
  );
}

describe('RiskFundPage', () => {
  it('sums the whole ledger over its pages into contributions, claims paid and recoveries', async () => {
    renderPage([
      viewerMock,
      fundsMock,
      claimsMock,
      ledgerPage(null, [entry(1, 'CONTRIBUTION', '5000000.00', '5000000.00', 'First tranche')], 'c1'),
      ledgerPage(
        'c1',
        [
          entry(2, 'PAYOUT', '-270000.10', '4729999.90', null),
          entry(3, 'RECOVERY', '0.10', '4730000.00', 'Recovered from the sale'),
        ],
        null,
      ),
    ]);
    expect(
      await screen.findByRole('heading', { name: 'Suzhou Risk-Compensation Fund' }, { timeout: 5000 }),
    ).toBeTruthy();
    const figure = (name: string): string | null | undefined =>
      document.querySelector(`[data-figure="${name}"]`)?.textContent;
    expect(figure('balance')).toBe('CNY 4,730,000');
    await waitFor(() => expect(figure('claims-paid')).toBe('CNY 270,000.10'), { timeout: 5000 });
    expect(figure('contributions')).toBe('CNY 5,000,000');
    expect(figure('recoveries')).toBe('CNY 0.10');
    const latest = screen.getByRole('table', { name: 'Latest ledger entries' });
    expect(within(latest).getAllByRole('row')[1]!.textContent).toContain('Recovered from the sale');
  });

  it("explains a claim the fund's balance cannot pay", async () => {
    renderPage([
      viewerMock,
      fundsMock,
      claimsMock,
      ledgerPage(null, [], null),
      {
        request: {
          query: APPROVE_RISK_FUND_CLAIM,
          variables: (v: Record<string, unknown>) => v['id'] === 'claim-1' && v['note'] === null,
        },
        result: {
          errors: [
            new GraphQLError('the balance is short', {
              extensions: { code: 'CONFLICT', reason: 'FUND_BALANCE_SHORT' },
            }),
          ],
        },
      },
    ]);
    const row = await screen.findByRole('row', { name: /Loan loan-567/ }, { timeout: 5000 });
    expect(row.textContent).toContain('CNY 324,000');
    fireEvent.click(within(row).getByRole('button', { name: 'Approve' }));
    expect(screen.getByText(/The fund pays its part, CNY 324,000, from the balance now/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Approve and pay' }));
    expect(
      await screen.findByText(
        "The fund's balance is too low to pay its part of this claim. Record a contribution first.",
      ),
    ).toBeTruthy();
    expect(screen.getByText('No ratio in force')).toBeTruthy();
  });
});
