import type { ReactNode } from 'react';
import { useSession } from '@web/auth/SessionContext';
import { roleLabel } from '@web/format';
import { navFor } from '@web/routes';
import { Link } from '@web/router/router';

export function Layout({ children }: { children: ReactNode }) {
  const { session, signOut } = useSession();
  const items = navFor(session?.user.roles ?? []);
  return (
    <div className="app">
      <header className="topbar">
        <Link to="/" className="brand">
          IP Finance
        </Link>
        {items.length > 0 && (
          <nav aria-label="Main">
            {items.map((item) => (
              <Link key={item.path} to={item.path} className="nav-link">
                {item.label}
              </Link>
            ))}
          </nav>
        )}
        {session !== null && (
          <div className="who">
            <span className="who-name">{session.user.displayName}</span>
            <span className="who-roles">{session.user.roles.map(roleLabel).join(', ')}</span>
            <button type="button" className="button button-quiet" onClick={signOut}>
              Sign out
            </button>
          </div>
        )}
      </header>
      <main className="content">{children}</main>
    </div>
  );
}
