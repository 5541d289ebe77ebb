import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatDate, formatMoney } from '@web/format';
import { graphql } from '@web/gql';
import type { ExaminationQueueQuery } from '@web/gql/graphql';
import { Empty, Loading, PageHead } from '@web/kit/states';
import { dueWording, examinationOrder, registryToday } from '@web/pages/registrar/queue';
import { RegisteredFiles } from '@web/pages/registrar/RegisteredFiles';
import { Link, useSearchParam } from '@web/router/router';
import '@web/pages/registrar/registrar.css';

/** Overdue files (oldest deadline first) and the files awaiting examination (newest first), one page of each. */
export const EXAMINATION_QUEUE = graphql(`
  query ExaminationQueue($overdueAfter: String, $awaitingAfter: String) {
    overduePledgeApplications(first: 100, after: $overdueAfter) {
      edges {
        node {
          ...QueueFile
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    pledgeApplications(filter: { status: SUBMITTED }, first: 50, after: $awaitingAfter) {
      edges {
        node {
          ...QueueFile
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }

  fragment QueueFile on PledgeApplication {
    id
    status
    filingChannel
    submittedAt
    examinationDueDate
    overdue
    claimType
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
`);

type Queue = ExaminationQueueQuery;
type QueueFile = Queue['pledgeApplications']['edges'][number]['node'];

const nodes = (c: { edges: readonly { node: QueueFile }[] }): QueueFile[] => c.edges.map((e) => e.node);

function QueueTable({ files, today }: { files: readonly QueueFile[]; today: string }) {
  return (
    <table className="table queue">
      <thead>
        <tr>
          <th scope="col">Deadline</th>
          <th scope="col">Patents</th>
          <th scope="col">Secured claim</th>
          <th scope="col">Filed</th>
          <th scope="col">
            <span className="visually-hidden">Action</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {files.map((file) => {
          const due = dueWording(file.examinationDueDate, file.overdue, today);
          return (
            <tr
              key={file.id}
              data-application={file.id}
              className={due.tone === 'overdue' ? 'queue-overdue' : undefined}
            >
              <td data-label="Deadline">
                <span className={`due due-${due.tone}`}>{due.text}</span>
                {file.examinationDueDate != null && (
                  <span className="muted small"> {formatDate(file.examinationDueDate)}</span>
                )}
              </td>
              <td data-label="Patents">
                {[...file.assets]
                  .sort((a, b) => a.position - b.position)
                  .map((a) => (
                    <span key={a.position} className="cell-asset">
                      <span className="cell-title">{a.title}</span>
                      <span className="muted small">{a.number}</span>
                    </span>
                  ))}
              </td>
              <td data-label="Secured claim">
                {formatMoney(file.claimAmount)}
                <span className="muted small"> {file.claimType.toLowerCase()}</span>
              </td>
              <td data-label="Filed">
                {file.filingChannel === 'ONLINE' ? 'Online' : 'On paper'}
                {file.submittedAt != null && <span className="muted small"> {formatDate(file.submittedAt)}</span>}
              </td>
              <td data-label="">
                <Link to={`/examination/${encodeURIComponent(file.id)}`} className="button button-small">
                  Examine
                </Link>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

interface Cursors {
  overdue: string | null;
  awaiting: string | null;
}

/** Submitted pledge applications awaiting examination, overdue files first. */
function AwaitingQueue({ head }: { head: ReactNode }) {
  const client = useApolloClient();
  const queue = useQuery(EXAMINATION_QUEUE, { fetchPolicy: 'network-only' });
  const [more, setMore] = useState<{ files: QueueFile[]; next: Cursors } | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const today = registryToday();

  if (queue.error !== undefined) {
    return (
      <>
        {head}
        <ErrorNotice error={queue.error} onRetry={() => void queue.refetch()} />
      </>
    );
  }
  if (queue.dataState !== 'complete') {
    return (
      <>
        {head}
        <Loading>Loading the examination queue…</Loading>
      </>
    );
  }

  const data = queue.data;
  const first: Cursors = {
    overdue: data.overduePledgeApplications.pageInfo.hasNextPage
      ? (data.overduePledgeApplications.pageInfo.endCursor ?? null)
      : null,
    awaiting: data.pledgeApplications.pageInfo.hasNextPage
      ? (data.pledgeApplications.pageInfo.endCursor ?? null)
      : null,
  };
  const next = more?.next ?? first;
  const files = examinationOrder(
    nodes(data.overduePledgeApplications),
    nodes(data.pledgeApplications),
    more?.files ?? [],
  );
  const overdueCount = files.filter(
    (f) => dueWording(f.examinationDueDate, f.overdue, today).tone === 'overdue',
  ).length;

  const loadMore = (): void => {
    setLoadingMore(true);
    setMoreError(null);
    client
      .query({
        query: EXAMINATION_QUEUE,
        variables: { overdueAfter: next.overdue, awaitingAfter: next.awaiting },
        fetchPolicy: 'network-only',
      })
      .then(
        ({ data: page }) => {
          if (page === undefined) return;
          // A list already read to its end sends its first page again; the order drops the repeats.
          setMore((m) => ({
            files: [
              ...(m?.files ?? []),
              ...(next.overdue === null ? [] : nodes(page.overduePledgeApplications)),
              ...(next.awaiting === null ? [] : nodes(page.pledgeApplications)),
            ],
            next: {
              overdue:
                next.overdue !== null && page.overduePledgeApplications.pageInfo.hasNextPage
                  ? (page.overduePledgeApplications.pageInfo.endCursor ?? null)
                  : null,
              awaiting:
                next.awaiting !== null && page.pledgeApplications.pageInfo.hasNextPage
                  ? (page.pledgeApplications.pageInfo.endCursor ?? null)
                  : null,
            },
          }));
        },
        (error: unknown) => setMoreError(error),
      )
      .finally(() => setLoadingMore(false));
  };

  if (files.length === 0) {
    return (
      <>
        {head}
        <Empty>No applications await examination. New files appear here once both parties have signed.</Empty>
      </>
    );
  }
  return (
    <>
      {head}
      <p className="queue-summary" role="status">
        {files.length} file{files.length === 1 ? '' : 's'} awaiting examination
        {overdueCount > 0 ? `, ${overdueCount} overdue.` : ', none overdue.'}
      </p>
      <QueueTable files={files} today={today} />
      {moreError !== null && <ErrorNotice error={moreError} onRetry={loadMore} />}
      {(next.overdue !== null || next.awaiting !== null) && (
        <div className="more">
          <button type="button" className="button button-quiet" onClick={loadMore} disabled={loadingMore}>
            {loadingMore ? 'Loading…' : 'Show more files'}
          </button>
          <p className="muted small">The order above covers the files loaded so far.</p>
        </div>
      )}
    </>
  );
}

function Tabs({ registered }: { registered: boolean }) {
  return (
    <nav className="tabs" aria-label="Files">
      <Link to="/examination" className="tab" current={!registered}>
        Awaiting examination
      </Link>
      <Link to="/examination?state=registered" className="tab" current={registered}>
        Registered pledges
      </Link>
    </nav>
  );
}

/** The registrar's desk: the examination queue, and the registered pledges to deregister or revoke. */
export function ExaminationQueuePage() {
  const registered = useSearchParam('state') === 'registered';
  const head = (
    <>
      <PageHead
        title="Examination"
        subtitle={
          registered
            ? 'Registered pledges, newest first: open one to record its deregistration or revoke a registration made in error.'
            : 'Applications signed by both parties and awaiting your decision: overdue files first, then by deadline.'
        }
      />
      <Tabs registered={registered} />
    </>
  );
  if (registered) {
    return (
      <>
        {head}
        <RegisteredFiles />
      </>
    );
  }
  return <AwaitingQueue head={head} />;
}
