import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ACCEPT_OFFER, FinancingPage, MY_LISTINGS } from '@web/pages/sme/FinancingPage';
import { MY_APPLICATIONS } from '@web/pages/sme/MyApplications';
import { localToday, OFFER_COST } from '@web/pages/sme/OfferComparison';

const money = (amount: string) => ({ __typename: 'Money', amount, currency: 'CNY' });
const offer = (
  id: string,
  bank: string,
  annualRate: string,
  status = 'OPEN',
  pledgeApplicationId: string | null = null,
) => ({
  __typename: 'Offer',
  id,
  status,
  annualRate,
  termMonths: 12,
  repaymentMethod: 'ANNUITY',
  ltv: '0.3',
  expiresAt: '2026-12-31T15:59:59.000Z',
  conditions: null,
  pledgeApplicationId,
  amount: money('1000000'),
  lender: { __typename: 'Party', id: `bank-${id}`, name: bank },
});
const listing = (status: string, offers: ReturnType<typeof offer>[]) => ({
  __typename: 'Listing',
  id: 'listing-1',
  status,
  purpose: 'Tooling',
  termMonths: 12,
  expiresOn: null,
  createdAt: '2026-11-20T08:00:00.000Z',
  amount: money('1000000'),
  valuationTotal: money('4000000'),
  assets: [
    {
      __typename: 'ListingAsset',
      assetId: 'a1',
      asset: { __typename: 'IpAsset', id: 'a1', number: 'CN1', title: 'Wafer bonding' },
    },
  ],
  offers,
});
const listingsMock = (status: string, offers: ReturnType<typeof offer>[]) => ({
  request: { query: MY_LISTINGS },
  result: {
    data: {
      listings: {
        __typename: 'ListingConnection',
        edges: [{ __typename: 'ListingEdge', node: listing(status, offers) }],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false },
      },
    },
  },
});
const applicationsMock = {
  request: { query: MY_APPLICATIONS },
  result: {
    data: {
      pledgeApplications: {
        __typename: 'PledgeApplicationConnection',
        edges: [],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false },
      },
    },
  },
};
const costMock = (annualRate: string, first: string, interest: string) => ({
  request: {
    query: OFFER_COST,
    variables: {
      input: {
        principal: '1000000',
        currency: 'CNY',
        annualRate,
        termMonths: 12,
        repaymentMethod: 'ANNUITY',
        disbursementDate: localToday(),
      },
    },
  },
  result: {
    data: {
      repaymentSchedule: {
        __typename: 'RepaymentSchedule',
        totalInterest: money(interest),
        totalInstalments: money(`10${interest.slice(0, -3).padStart(5, '0')}.${interest.slice(-2)}`),
        lines: [{ __typename: 'RepaymentScheduleLine', number: 1, instalment: money(first) }],
      },
    },
  },
});
const open = [offer('o1', 'Dear Bank', '0.0435'), offer('o2', 'Cheap Bank', '0.0395')];
const costs = [costMock('0.0435', '85272.86', '23274.32'), costMock('0.0395', '85090.75', '21089.00')];

function renderPage(mocks: MockedProviderProps['mocks']) {
  return render(
    <MockedProvider mocks={mocks}>
      <FinancingPage />
    </MockedProvider>,
  );
}

describe('FinancingPage', () => {
  it('compares the open offers side by side with the API-computed payments, best per row', async () => {
    renderPage([listingsMock('OPEN', open), applicationsMock, ...costs]);
    expect(screen.getByRole('status').textContent).toContain('Loading your listings');
    const table = await screen.findByRole('table', { name: /Best value per row/ });
    expect(within(table).getByRole('columnheader', { name: 'Cheap Bank' })).toBeTruthy();
    const rate = table.querySelector('tr[data-row="annualRate"]')!;
    expect(rate.querySelector('td.best')?.textContent).toBe('3.95 % ★');
    expect(await within(table).findByText('CNY 21,089')).toBeTruthy();
    const interest = table.querySelector('tr[data-row="totalInterest"]')!;
    expect(interest.querySelector('td.best')?.textContent).toBe('CNY 21,089 ★');
    // The same amount from both banks: nothing stands out.
    expect(table.querySelector('tr[data-row="amount"] td.best')).toBeNull();
    expect(screen.getByText(/No pledge applications yet/)).toBeTruthy();
  });

  it('accepts an offer and links to the drafted application', async () => {
    const accepted = [
      offer('o1', 'Dear Bank', '0.0435', 'DECLINED'),
      offer('o2', 'Cheap Bank', '0.0395', 'ACCEPTED', 'app-9'),
    ];
    renderPage([
      listingsMock('OPEN', open),
      applicationsMock,
      ...costs,
      {
        request: {
          query: ACCEPT_OFFER,
          variables: (v: Record<string, unknown>) => v['id'] === 'o2' && typeof v['key'] === 'string',
        },
        result: {
          data: {
            acceptOffer: {
              __typename: 'Offer',
              id: 'o2',
              status: 'ACCEPTED',
              pledgeApplicationId: 'app-9',
              lender: { __typename: 'Party', id: 'bank-o2', name: 'Cheap Bank' },
            },
          },
        },
      },
      listingsMock('ACCEPTED', accepted),
      applicationsMock,
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Accept the offer of Cheap Bank' }));
    expect(await screen.findByText('You accepted the offer of Cheap Bank.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Review and sign it' }).getAttribute('href')).toBe('/applications/app-9');
    expect(await screen.findByText(/Dear Bank: CNY 1,000,000 — Declined/)).toBeTruthy();
  });

  it('says in a sentence why an offer could not be accepted', async () => {
    renderPage([
      listingsMock('OPEN', open),
      applicationsMock,
      ...costs,
      {
        request: { query: ACCEPT_OFFER, variables: () => true },
        result: {
          errors: [
            new GraphQLError('The offer is EXPIRED, not OPEN', {
              extensions: { code: 'CONFLICT', reason: 'OFFER_NOT_OPEN' },
            }),
          ],
        },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Accept the offer of Dear Bank' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This offer is no longer open.');
    expect(alert.textContent).not.toContain('OFFER_NOT_OPEN');
  });

  it('says so when there are no listings', async () => {
    renderPage([
      {
        request: { query: MY_LISTINGS },
        result: {
          data: {
            listings: {
              __typename: 'ListingConnection',
              edges: [],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false },
            },
          },
        },
      },
      applicationsMock,
    ]);
    expect(await screen.findByText(/You have no listings yet/)).toBeTruthy();
  });
});
