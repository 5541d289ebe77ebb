import { jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { SessionProvider } from '@web/auth/SessionContext';
import { LoginPage } from '@web/pages/LoginPage';

type FetchMock = jest.Mock<(input: string, init?: RequestInit) => Promise<unknown>>;

function answer(status: number, body: unknown) {
  return Promise.resolve({ ok: status < 300, status, text: () => Promise.resolve(JSON.stringify(body)) });
}

const USERS = [
  { login: 'sme', displayName: 'Li Na', roles: ['SME'] },
  { login: 'bank', displayName: 'Wang Fang', roles: ['BANK', 'ARRANGER'] },
];
// A token whose payload expires far in the future (the session checks `exp`).
const TOKEN = `x.${btoa(JSON.stringify({ exp: 4_102_444_800 }))}.y`;

function setFetch(mock: FetchMock): void {
  (globalThis as { fetch: unknown }).fetch = mock;
}

function renderLogin() {
  return render(
    <SessionProvider>
      <LoginPage />
    </SessionProvider>,
  );
}

describe('LoginPage', () => {
  beforeEach(() => window.localStorage.clear());

  it('lists the demo users with their roles and signs in as the one chosen', async () => {
    const fetchMock: FetchMock = jest.fn((input: string) =>
      input === '/auth/demo-logins' ? answer(200, { users: USERS }) : answer(200, { token: TOKEN, user: USERS[1] }),
    );
    setFetch(fetchMock);
    renderLogin();
    expect(screen.getByRole('status').textContent).toContain('Loading demo users');
    expect(await screen.findByText('Li Na')).toBeTruthy();
    expect(screen.getByText('bank · Bank, Arranger')).toBeTruthy();
    fireEvent.click(screen.getByText('Wang Fang'));
    await screen.findByText('Signing in…');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fetchMock).toHaveBeenLastCalledWith(
      '/auth/local-token',
      expect.objectContaining({ body: '{"login":"bank"}' }),
    );
    expect(JSON.parse(window.localStorage.getItem('ipfin.session')!)).toEqual({ token: TOKEN, user: USERS[1] });
    expect(window.location.pathname).toBe('/');
  });

  it('says demo sign-in is off when the gateway has no local issuer', async () => {
    setFetch(jest.fn(() => answer(404, { message: 'Cannot GET /auth/demo-logins' })));
    renderLogin();
    expect((await screen.findByRole('alert')).textContent).toContain('Demo sign-in is turned off on this server.');
  });

  it('offers a retry when the server cannot be reached', async () => {
    setFetch(jest.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    renderLogin();
    expect((await screen.findByRole('alert')).textContent).toContain('The server cannot be reached');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('shows a refused sign-in as a sentence and lets the user pick again', async () => {
    setFetch(
      jest.fn((input: string) =>
        input === '/auth/demo-logins'
          ? answer(200, { users: USERS })
          : answer(400, {
              errors: [
                { message: 'No demo user has this login', extensions: { code: 'BAD_USER_INPUT', field: 'login' } },
              ],
            }),
      ),
    );
    renderLogin();
    fireEvent.click(await screen.findByText('Li Na'));
    expect((await screen.findByRole('alert')).textContent).toContain('Please check the login.');
    expect(window.localStorage.getItem('ipfin.session')).toBeNull();
    expect((screen.getByText('Li Na').closest('button') as HTMLButtonElement).disabled).toBe(false);
  });
});
