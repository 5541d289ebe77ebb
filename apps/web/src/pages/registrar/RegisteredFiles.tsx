import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatDate, formatMoney } from '@web/format';
import { graphql } from '@web/gql';
import type { RegisteredFilesQuery } from '@web/gql/graphql';
import { Empty, Loading } from '@web/kit/states';
import { Link } from '@web/router/router';

export const REGISTERED_FILES = graphql(`
  query RegisteredFiles($after: String) {
    pledgeApplications(filter: { status: REGISTERED }, first: 50, after: $after) {
      edges {
        node {
          id
          registrationNumber
          registeredOn
          version
          claimAmount {
            amount
            currency
          }
          assets {
            position
            number
            title
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Registered = RegisteredFilesQuery['pledgeApplications']['edges'][number]['node'];

/** Registered pledges, newest first: where the registrar records a deregistration or revokes one made in error. */
export function RegisteredFiles() {
  const client = useApolloClient();
  const first = useQuery(REGISTERED_FILES, { fetchPolicy: 'network-only' });
  const [more, setMore] = useState<{ files: Registered[]; next: string | null } | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  if (first.error !== undefined) return <ErrorNotice error={first.error} onRetry={() => void first.refetch()} />;
  if (first.dataState !== 'complete') return <Loading>Loading the registered pledges…</Loading>;
  const page = first.data.pledgeApplications;
  const files = [...page.edges.map((e) => e.node), ...(more?.files ?? [])];
  const next = more === null ? (page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null) : more.next;
  if (files.length === 0) return <Empty>No pledges are registered yet.</Empty>;
  const loadMore = (): void => {
    if (next === null) return;
    setLoadingMore(true);
    setMoreError(null);
    client
      .query({ query: REGISTERED_FILES, variables: { after: next }, fetchPolicy: 'network-only' })
      .then(
        ({ data }) => {
          if (data === undefined) return;
          const got = data.pledgeApplications;
          setMore((m) => ({
            files: [...(m?.files ?? []), ...got.edges.map((e) => e.node)],
            next: got.pageInfo.hasNextPage ? (got.pageInfo.endCursor ?? null) : null,
          }));
        },
        (e: unknown) => setMoreError(e),
      )
      .finally(() => setLoadingMore(false));
  };
  return (
    <>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Registration</th>
            <th scope="col">Patents</th>
            <th scope="col">Secured claim</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {files.map((f) => (
            <tr key={f.id} data-application={f.id}>
              <td data-label="Registration">
                <span className="cell-title">{f.registrationNumber}</span>
                <span className="muted small">
                  {f.registeredOn != null && formatDate(f.registeredOn)} · version {f.version}
                </span>
              </td>
              <td data-label="Patents">
                {[...f.assets]
                  .sort((a, b) => a.position - b.position)
                  .map((a) => (
                    <span key={a.position} className="cell-asset">
                      <span className="cell-title">{a.title}</span>
                      <span className="muted small">{a.number}</span>
                    </span>
                  ))}
              </td>
              <td data-label="Secured claim">{formatMoney(f.claimAmount)}</td>
              <td data-label="">
                <Link to={`/examination/${encodeURIComponent(f.id)}`} className="button button-small button-quiet">
                  Open
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {moreError !== null && <ErrorNotice error={moreError} onRetry={loadMore} />}
      {next !== null && (
        <div className="more">
          <button type="button" className="button button-quiet" onClick={loadMore} disabled={loadingMore}>
            {loadingMore ? 'Loading…' : 'Show more'}
          </button>
        </div>
      )}
    </>
  );
}
