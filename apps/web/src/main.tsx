import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from '@web/api/client';
import { App } from '@web/App';
import { SessionProvider } from '@web/auth/SessionContext';
import { clearSession } from '@web/auth/session';
import { navigate } from '@web/router/router';
import { findRoute } from '@web/routes';
import '@web/styles.css';

// An expired token signs the user out; the login page says why nothing else works.
const client = createApolloClient(() => {
  clearSession();
  window.location.assign('/login');
});

function onSignOut(): void {
  void client.clearStore();
  navigate('/login', { replace: true });
}

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');

/**
 * The landing page's chunk is fetched before the first render, so the page renders at once
 * (no fallback to reveal); a failed fetch renders anyway and the page suspends and retries.
 */
const landing = findRoute(window.location.pathname)?.route.page.load() ?? Promise.resolve();
void landing.catch(() => undefined).then(() => render(root));

function render(container: HTMLElement): void {
  createRoot(container).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <SessionProvider onSignOut={onSignOut}>
          <App />
        </SessionProvider>
      </ApolloProvider>
    </StrictMode>,
  );
}
