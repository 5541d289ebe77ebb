import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { render, screen } from '@testing-library/react';
import { MY_PARTY, MY_PATENTS, MyPatentsPage } from '@web/pages/sme/MyPatentsPage';

const PARTY_ID = 'party-1';
const partyMock = {
  request: { query: MY_PARTY },
  result: {
    data: {
      viewer: { __typename: 'Viewer', login: 'sme', party: { __typename: 'Party', id: PARTY_ID, name: 'Lianxin' } },
    },
  },
};
const money = (amount: string) => ({ __typename: 'Money', amount, currency: 'CNY' });
const asset = (id: string, valued: boolean) => ({
  __typename: 'IpAsset',
  id,
  kind: 'INVENTION',
  number: `CN2018${id}`,
  title: `Patent ${id}`,
  legalStatus: 'GRANTED',
  expiryDate: '2038-03-12',
  pledgeable: true,
  riskFlags: {
    __typename: 'IpRiskFlags',
    invalidationPending: false,
    ownershipDispute: false,
    courtPreservation: false,
  },
  latestValuation: valued
    ? {
        __typename: 'Valuation',
        id: `v-${id}`,
        valuedAt: '2026-09-30T00:00:00.000Z',
        value: money('12345678.50'),
        low: money('10000000'),
        high: money('15000000'),
      }
    : null,
});
const patentsMock = (edges: ReturnType<typeof asset>[]) => ({
  request: { query: MY_PATENTS, variables: { partyId: PARTY_ID } },
  result: {
    data: {
      ipAssets: {
        __typename: 'IpAssetConnection',
        edges: edges.map((node) => ({ __typename: 'IpAssetEdge', node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false },
      },
    },
  },
});

function renderPage(mocks: MockedProviderProps['mocks']) {
  return render(
    <MockedProvider mocks={mocks}>
      <MyPatentsPage />
    </MockedProvider>,
  );
}

describe('MyPatentsPage', () => {
  it('shows loading, then each patent with status, expiry and the valuation with its range', async () => {
    renderPage([partyMock, patentsMock([asset('1', true), asset('2', false)])]);
    expect(screen.getByRole('status').textContent).toContain('Loading your patents');
    expect(await screen.findByText('Patent 1')).toBeTruthy();
    expect(screen.getByText('Lianxin')).toBeTruthy();
    expect(screen.getByText('CNY 12,345,678.50')).toBeTruthy();
    expect(screen.getByText(/range CNY 10,000,000 – CNY 15,000,000/)).toBeTruthy();
    expect(screen.getAllByText('12 Mar 2038')).toHaveLength(2);
    expect(screen.getAllByText('Granted')).toHaveLength(2);
    expect(screen.getByText('Not valued yet')).toBeTruthy();
  });

  it('shows no range for a single-method valuation (low = high)', async () => {
    const single = asset('3', true);
    single.latestValuation!.low = money('12345678.50');
    single.latestValuation!.high = money('12345678.50');
    renderPage([partyMock, patentsMock([single])]);
    expect(await screen.findByText('CNY 12,345,678.50')).toBeTruthy();
    expect(screen.queryByText(/range/)).toBeNull();
  });

  it('says so when the company has no patents', async () => {
    renderPage([partyMock, patentsMock([])]);
    expect(await screen.findByText('Your company has no patents or trademarks in the register yet.')).toBeTruthy();
  });

  it('says so when the user has no company', async () => {
    renderPage([
      { request: { query: MY_PARTY }, result: { data: { viewer: { __typename: 'Viewer', login: 'x', party: null } } } },
    ]);
    expect(await screen.findByText(/not linked to a company/)).toBeTruthy();
  });

  it('shows a sentence, not the code, when the API refuses', async () => {
    renderPage([
      partyMock,
      {
        request: { query: MY_PATENTS, variables: { partyId: PARTY_ID } },
        result: { errors: [new GraphQLError('denied', { extensions: { code: 'FORBIDDEN' } })] },
      },
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your role does not allow this.');
    expect(alert.textContent).not.toContain('FORBIDDEN');
  });

  it('offers a retry when the server cannot be reached', async () => {
    renderPage([{ request: { query: MY_PARTY }, error: new TypeError('Failed to fetch') }]);
    expect((await screen.findByRole('alert')).textContent).toContain('The server cannot be reached');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
