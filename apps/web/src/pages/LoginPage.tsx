import { useCallback, useEffect, useState } from 'react';
import { fetchDemoLogins, requestLocalToken } from '@web/api/local-login';
import { useSession } from '@web/auth/SessionContext';
import type { SessionUser } from '@web/auth/session';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { ApiCallError } from '@web/errors/human-error';
import { roleLabel } from '@web/format';
import { navigate } from '@web/router/router';

type Load = { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ready'; users: SessionUser[] };

/** The local login: pick a demo user, get a token from the gateway's local issuer. */
export function LoginPage() {
  const { signIn } = useSession();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [pending, setPending] = useState<string | null>(null);
  const [signInError, setSignInError] = useState<unknown>(null);

  const fetchUsers = useCallback(() => {
    setLoad({ state: 'loading' });
    fetchDemoLogins().then(
      (users) => setLoad({ state: 'ready', users }),
      (error: unknown) => setLoad({ state: 'error', error }),
    );
  }, []);
  useEffect(fetchUsers, [fetchUsers]);

  const choose = (login: string): void => {
    setPending(login);
    setSignInError(null);
    requestLocalToken(login).then(
      (session) => {
        signIn(session);
        navigate('/', { replace: true });
      },
      (error: unknown) => {
        setPending(null);
        setSignInError(error);
      },
    );
  };

  return (
    <section className="login">
      <h1>Sign in</h1>
      <p className="lead">Choose a demo user. Each one sees the console as their role does.</p>
      {signInError !== null && <ErrorNotice error={signInError} />}
      {load.state === 'loading' && (
        <p className="muted" role="status">
          Loading demo users…
        </p>
      )}
      {load.state === 'error' &&
        (load.error instanceof ApiCallError && load.error.status === 404 ? (
          <div className="notice" role="alert">
            <p className="notice-title">Demo sign-in is turned off on this server.</p>
            <p className="notice-detail">Sign in through your organisation&apos;s identity provider instead.</p>
          </div>
        ) : (
          <ErrorNotice error={load.error} onRetry={fetchUsers} />
        ))}
      {load.state === 'ready' && load.users.length === 0 && (
        <p className="empty">There are no demo users on this server.</p>
      )}
      {load.state === 'ready' && load.users.length > 0 && (
        <ul className="user-list">
          {load.users.map((user) => (
            <li key={user.login}>
              <button
                type="button"
                className="user-choice"
                disabled={pending !== null}
                onClick={() => choose(user.login)}
                data-login={user.login}
              >
                <span className="user-name">{user.displayName}</span>
                <span className="user-meta">
                  {user.login} · {user.roles.map(roleLabel).join(', ')}
                </span>
                {pending === user.login && <span className="muted">Signing in…</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
