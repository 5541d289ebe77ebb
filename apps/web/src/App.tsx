import { Suspense, useEffect } from 'react';
import { useSession } from '@web/auth/SessionContext';
import { Layout } from '@web/layout/Layout';
import { LoginPage } from '@web/pages/LoginPage';
import { findRoute, mayOpen, navFor, prefetchPagesOf } from '@web/routes';
import { RoutePage } from '@web/routes/route';
import { Link, navigate, ParamsProvider, usePath } from '@web/router/router';

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function Notice({ title }: { title: string }) {
  return (
    <div className="notice" role="alert">
      <p className="notice-title">{title}</p>
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
      <p className="lead">Your role has no pages in the console yet; the API at /graphql has everything.</p>
    </section>
  );
}

export function App() {
  const path = usePath();
  const { session } = useSession();
  const roles = session?.user.roles.join(',') ?? '';
  useEffect(() => prefetchPagesOf(roles === '' ? [] : roles.split(',')), [roles]);
  const found = path === '/login' || path === '/' ? null : findRoute(path);
  const isPublic = found?.route.roles === 'public';
  if (session === null && path !== '/login' && !isPublic) return <Redirect to="/login" />;

  let page: React.ReactNode;
  if (path === '/login') page = <LoginPage />;
  else if (path === '/') page = <Home />;
  else if (found === null) page = <Notice title="There is no page at this address." />;
  else if (!mayOpen(found.route, session?.user.roles ?? []))
    page = <Notice title="This page is not part of your role." />;
  else {
    page = (
      <ParamsProvider params={found.params}>
        <RoutePage page={found.route.page} />
      </ParamsProvider>
    );
  }
  return (
    <Layout>
      <Suspense
        fallback={
          <p className="muted" role="status">
            Loading…
          </p>
        }
      >
        {page}
      </Suspense>
    </Layout>
  );
}
