import { useEffect } from 'react';
import { useSession } from '@web/auth/SessionContext';
import { Layout } from '@web/layout/Layout';
import { navFor } from '@web/layout/navigation';
import { LoginPage } from '@web/pages/LoginPage';
import { MyPatentsPage } from '@web/pages/MyPatentsPage';
import { OpenListingsPage } from '@web/pages/listings/OpenListingsPage';
import { Link, navigate, usePath } from '@web/router/router';

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function RequireRole({ roles, children }: { roles: readonly string[]; children: React.ReactNode }) {
  const { session } = useSession();
  if (session !== null && roles.some((r) => session.user.roles.includes(r))) return <>{children}</>;
  return (
    <div className="notice" role="alert">
      <p className="notice-title">This page is not part of your role.</p>
      <Link to="/">Go to your start page</Link>
    </div>
  );
}

function Home() {
  const { session } = useSession();
  const first = session === null ? undefined : navFor(session.user.roles)[0];
  if (first !== undefined) return <Redirect to={first.path} />;
  return (
    <section>
      <h1>Welcome</h1>
      <p className="lead">The pages for your role are on their way; the API at /graphql has everything already.</p>
    </section>
  );
}

export function App() {
  const path = usePath();
  const { session } = useSession();
  if (session === null && path !== '/login') return <Redirect to="/login" />;
  let page: React.ReactNode;
  switch (path) {
    case '/login':
      page = <LoginPage />;
      break;
    case '/':
      page = <Home />;
      break;
    case '/patents':
      page = (
        <RequireRole roles={['SME']}>
          <MyPatentsPage />
        </RequireRole>
      );
      break;
    case '/listings':
      page = (
        <RequireRole roles={['BANK']}>
          <OpenListingsPage />
        </RequireRole>
      );
      break;
    default:
      page = (
        <div className="notice" role="alert">
          <p className="notice-title">There is no page at this address.</p>
          <Link to="/">Go to your start page</Link>
        </div>
      );
  }
  return <Layout>{page}</Layout>;
}
