import { jest } from '@jest/globals';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { render, screen, waitFor, within } from '@testing-library/react';

// jsdom cannot lay out a chart: the page's chart module gets a stand-in that records the option drawn.
const drawn: { series: { type: string; name: string; data: (number | null)[] }[] }[] = [];
jest.unstable_mockModule('@web/pages/program/echarts-setup', () => ({
  init: () => ({
    setOption: (option: (typeof drawn)[number]) => drawn.push(option),
    resize: () => undefined,
    dispose: () => undefined,
  }),
}));
const { LENDER_NAME } = await import('@web/pages/program/Breakdowns');
const { DashboardPage, PROGRAM_DASHBOARD } = await import('@web/pages/program/DashboardPage');
const { chinaYear, PROGRAM_VIEWER } = await import('@web/pages/program/scope');

const YEAR = chinaYear();
const BANK_A = 'bank-aaaaaaaa';
const BANK_B = 'bank-bbbbbbbb';

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

const volume = (amount: string, registrations: number) => ({ __typename: 'ProgramVolume', amount, registrations });
const keyed = (key: string, amount: string, registrations: number) => ({
  __typename: 'ProgramKeyedVolume',
  key,
  amount,
  registrations,
});
const area = (district: string, amount: string, registrations: number) => ({
  __typename: 'ProgramAreaVolume',
  district,
  park: null,
  amount,
  registrations,
  loanAmount: '0',
  loans: 0,
});

const dashboard = {
  __typename: 'ProgramDashboard',
  city: 'Suzhou',
  district: null,
  park: null,
  year: YEAR,
  track: 'AT_RISK',
  elapsedFraction: '0.8877',
  enterprisesServed: 3,
  growth: null,
  total: volume('3000000.50', 3),
  projection: volume('3379520.67', 3),
  target: { __typename: 'ProgramTarget', id: 't-1', targetAmount: '8000000', targetRegistrations: 10 },
  quarters: [
    { __typename: 'ProgramQuarterVolume', quarter: 1, amount: '1000000', registrations: 1 },
    { __typename: 'ProgramQuarterVolume', quarter: 2, amount: '0', registrations: 0 },
    { __typename: 'ProgramQuarterVolume', quarter: 3, amount: '0', registrations: 0 },
    { __typename: 'ProgramQuarterVolume', quarter: 4, amount: '2000000.50', registrations: 2 },
  ],
  byDistrict: [area('Wuzhong', '1000000', 1), area('Suzhou Industrial Park', '2000000.50', 2)],
  byLender: [keyed(BANK_A, '2000000.50', 2), keyed(BANK_B, '1000000', 1)],
  byIpcSection: [keyed('H', '3000000.50', 3)],
};

const dashboardMock = (result: object) => ({
  request: { query: PROGRAM_DASHBOARD, variables: { city: 'Suzhou', year: YEAR, district: null, park: null } },
  result,
});
const lenderMock = (id: string, name: string) => ({
  request: { query: LENDER_NAME, variables: { id } },
  result: { data: { party: { __typename: 'Party', id, name } } },
});

function renderPage(mocks: MockedProviderProps['mocks']) {
  return render(
    <MockedProvider mocks={mocks}>
      <DashboardPage />
    </MockedProvider>,
  );
}

describe('DashboardPage', () => {
  it("opens on the staff's city and this year, with the figures table and breakdowns by share", async () => {
    renderPage([
      viewerMock,
      dashboardMock({ data: { programDashboard: dashboard } }),
      lenderMock(BANK_A, 'Jiangsu Demo Bank'),
      lenderMock(BANK_B, 'Suzhou Rural Bank'),
    ]);
    const table = await screen.findByRole('table', { name: 'Volume by quarter (CNY)' }, { timeout: 5000 });
    expect(screen.getByText(`Suzhou · ${YEAR}`)).toBeTruthy();
    const q4 = within(table).getByRole('row', { name: /Q4/ });
    // Q4 is current (0.8877 of the year): cumulative 3,000,000.50, target pace 8,000,000, projection carried.
    expect(q4.textContent).toContain('(current)');
    expect(q4.textContent).toContain('2,000,000.50');
    expect(q4.textContent).toContain('3,000,000.50');
    expect(q4.textContent).toContain('8,000,000');
    expect(q4.textContent).toContain('3,379,520.67');
    expect(screen.getByText('37.5 % reached')).toBeTruthy();
    expect(screen.getByText('At risk')).toBeTruthy();

    const districts = screen.getByRole('region', { name: 'By district' });
    const rows = within(districts).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-key'))).toEqual(['Suzhou Industrial Park', 'Wuzhong']);
    expect(rows[0]!.textContent).toContain('66.7 %');
    expect(rows[1]!.textContent).toContain('33.3 %');
    const banks = screen.getByRole('region', { name: 'By bank' });
    expect(await within(banks).findByText('Jiangsu Demo Bank')).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: 'By industry (IPC section)' })).getByText('H · Electricity'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeTruthy();

    // The chart draws the same figures: bars per quarter, cumulative up to now, the target pace, the projection.
    await waitFor(() => expect(drawn.length).toBeGreaterThan(0));
    const series = drawn.at(-1)!.series;
    expect(series.map((x) => [x.type, x.name])).toEqual([
      ['bar', 'Registered in the quarter'],
      ['line', 'Cumulative'],
      ['line', 'Target pace'],
      ['line', 'Run-rate projection'],
    ]);
    expect(series[0]!.data).toEqual([1000000, 0, 0, 2000000.5]);
    expect(series[3]!.data).toEqual([null, null, null, 3379520.67]);
  });

  it('says so when the year has nothing registered and no target', async () => {
    const empty = {
      ...dashboard,
      track: 'NO_TARGET',
      target: null,
      total: volume('0', 0),
      projection: volume('0', 0),
      quarters: [],
      byDistrict: [],
      byLender: [],
      byIpcSection: [],
    };
    renderPage([viewerMock, dashboardMock({ data: { programDashboard: empty } })]);
    expect(
      await screen.findByText(
        `No pledge has been registered in Suzhou · ${YEAR} yet, and no target is set.`,
        {},
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    expect(screen.getByText('No bank has registered a pledge in this year yet.')).toBeTruthy();
    expect(screen.getAllByText('No target set')).toHaveLength(1);
    expect(screen.getByText('0 registrations · 3 enterprises')).toBeTruthy();
  });

  it('shows a refusal as a sentence, not a code', async () => {
    renderPage([
      viewerMock,
      dashboardMock({ errors: [new GraphQLError('forbidden', { extensions: { code: 'FORBIDDEN' } })] }),
    ]);
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('Your role does not allow this.');
    expect(alert.textContent).not.toContain('FORBIDDEN');
  });
});
