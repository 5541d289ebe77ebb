import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { jest } from '@jest/globals';
import { SessionProvider } from '@web/auth/SessionContext';
import {
  PAGE_SIZE,
  PLEDGE_REGISTER,
  PLEDGE_REGISTER_EXPORT,
  PledgeRegisterPage,
} from '@web/pages/public/PledgeRegisterPage';
import { toRegisterFilter } from '@web/pages/public/register-filter';

const entry = (n: number, changes: { date: string; type: string }[] = []) => ({
  __typename: 'PledgeRegisterEntry',
  registrationNumber: `ZL2026P00000${n}`,
  registeredOn: '2026-11-20',
  status: 'REGISTERED',
  pledgorName: `Pledgor ${n} Co., Ltd.`,
  pledgeeName: 'Demo Bank',
  mainIpcClass: 'H01L',
  patents: [
    {
      __typename: 'PledgeRegisterPatent',
      number: `CN20211000000${n}.1`,
      title: `Patent ${n}`,
      grantDate: '2023-05-02',
      mainIpc: 'H01L 21/02',
    },
  ],
  changes: changes.map((c) => ({ __typename: 'PledgeRegisterChange', ...c })),
});

const page = (entries: ReturnType<typeof entry>[], endCursor: string | null = null) => ({
  data: {
    pledgeRegister: {
      __typename: 'PledgeRegisterEntryConnection',
      edges: entries.map((node) => ({ __typename: 'PledgeRegisterEntryEdge', node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
    },
  },
});

function renderPage(mocks: MockedProviderProps['mocks']) {
  return render(
    <SessionProvider>
      <MockedProvider mocks={mocks}>
        <PledgeRegisterPage />
      </MockedProvider>
    </SessionProvider>,
  );
}

describe('PledgeRegisterPage', () => {
  beforeEach(() => localStorage.clear());

  it('shows the register to a signed-out visitor with the way to sign in, and pages on "more"', async () => {
    renderPage([
      {
        request: { query: PLEDGE_REGISTER, variables: { filter: {}, first: PAGE_SIZE } },
        result: page([entry(1)], 'c1'),
      },
      {
        request: { query: PLEDGE_REGISTER, variables: { filter: {}, first: PAGE_SIZE, after: 'c1' } },
        result: page([entry(2, [{ date: '2026-11-21', type: 'DEREGISTERED' }])]),
      },
    ]);
    expect(screen.getByText(/without signing in/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'sign in' }).getAttribute('href')).toBe('/login');
    await screen.findByText('Pledgor 1 Co., Ltd.');
    expect(screen.getByText(/CN202110000001\.1 · IPC H01L 21\/02 · granted 2 May 2023/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await screen.findByText('Pledgor 2 Co., Ltd.');
    expect(screen.getByText('Deregistered on 21 Nov 2026')).toBeTruthy();
    expect(screen.getByText('Pledgor 1 Co., Ltd.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('searches with the filled-in filters only, and says so when nothing matches', async () => {
    const filter = { partyName: 'Lianxin', patentNumber: 'CN202110123456.7', status: 'REGISTERED' };
    renderPage([
      { request: { query: PLEDGE_REGISTER, variables: { filter: {}, first: PAGE_SIZE } }, result: page([entry(1)]) },
      { request: { query: PLEDGE_REGISTER, variables: { filter, first: PAGE_SIZE } }, result: page([]) },
    ]);
    await screen.findByText('Pledgor 1 Co., Ltd.');
    fireEvent.change(screen.getByLabelText('Pledgor or pledgee name'), { target: { value: ' Lianxin ' } });
    fireEvent.change(screen.getByLabelText('Patent number'), { target: { value: 'cn 202110123456.7' } });
    fireEvent.change(screen.getByLabelText('State'), { target: { value: 'REGISTERED' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText(/No registrations match this search/)).toBeTruthy();
  });

  it('stops a date range that runs backwards before asking the server', async () => {
    renderPage([
      { request: { query: PLEDGE_REGISTER, variables: { filter: {}, first: PAGE_SIZE } }, result: page([entry(1)]) },
    ]);
    await screen.findByText('Pledgor 1 Co., Ltd.');
    fireEvent.change(screen.getByLabelText('Registered from'), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText('Registered up to'), { target: { value: '2026-11-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByRole('alert').textContent).toBe('The "registered from" date must not be after the "to" date.');
  });

  it('downloads the export under the server file name and says how many rows it holds', async () => {
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const saved = Object.getOwnPropertyDescriptor(URL, 'createObjectURL');
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: () => 'blob:x' });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
    try {
      renderPage([
        { request: { query: PLEDGE_REGISTER, variables: { filter: {}, first: PAGE_SIZE } }, result: page([entry(1)]) },
        {
          request: { query: PLEDGE_REGISTER_EXPORT, variables: { filter: {} } },
          result: {
            data: {
              pledgeRegisterExport: {
                __typename: 'ReportFile',
                filename: 'pledge-register-2026-11-21.csv',
                contentType: 'text/csv; charset=utf-8',
                content: Buffer.from('Registration number\r\n').toString('base64'),
                rows: 1,
                complete: true,
              },
            },
          },
        },
      ]);
      await screen.findByText('Pledgor 1 Co., Ltd.');
      fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
      expect(await screen.findByText('Downloaded pledge-register-2026-11-21.csv with 1 registration.')).toBeTruthy();
      expect(click).toHaveBeenCalledTimes(1);
    } finally {
      click.mockRestore();
      if (saved === undefined) Reflect.deleteProperty(URL, 'createObjectURL');
      else Object.defineProperty(URL, 'createObjectURL', saved);
    }
  });

  it('shows an export failure as a sentence', async () => {
    renderPage([
      { request: { query: PLEDGE_REGISTER, variables: { filter: {}, first: PAGE_SIZE } }, result: page([entry(1)]) },
      {
        request: { query: PLEDGE_REGISTER_EXPORT, variables: { filter: {} } },
        result: {
          errors: [new GraphQLError('slow down', { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 } })],
        },
      },
    ]);
    await screen.findByText('Pledgor 1 Co., Ltd.');
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('Please wait 30 seconds and try again.'),
    );
  });

  it('maps the form to the server filter', () => {
    expect(
      toRegisterFilter({ partyName: '', patentNumber: '', registeredFrom: '2026-01-01', registeredTo: '', status: '' }),
    ).toEqual({ registeredFrom: '2026-01-01' });
  });
});
