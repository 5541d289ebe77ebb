import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { loadSession } from '@web/auth/session';

/**
 * Apollo Client against the gateway on the same origin. The bearer token is read from
 * the stored session on every request, so signing in or out needs no new client; a 401
 * (expired or revoked token) calls onUnauthenticated, which signs the user out.
 */
export function createApolloClient(onUnauthenticated: () => void): ApolloClient {
  const auth = new SetContextLink((prev) => {
    const token = loadSession()?.token;
    const headers = (prev.headers ?? {}) as Record<string, string>;
    return token === undefined ? {} : { headers: { ...headers, authorization: `Bearer ${token}` } };
  });
  const expired = new ErrorLink(({ error }) => {
    const unauthenticated =
      (ServerError.is(error) && error.statusCode === 401) ||
      (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED'));
    if (unauthenticated) onUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([expired, auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
