import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatDate, formatMoney } from '@web/format';
import { graphql } from '@web/gql';
import type { BankReviewQueueQuery } from '@web/gql/graphql';
import { Empty, Loading, PageHead } from '@web/kit/states';
import {
  PLEDGE_STATUS_LABEL,
  REVIEW_TABS,
  daysLeftText,
  deadlineOf,
  groupByTab,
  localToday,
  type ReviewTab,
} from '@web/pages/bank/reviews/review-logic';
import { Link, navigate, useSearchParam } from '@web/router/router';
import '@web/pages/bank/bank.css';

export const BANK_REVIEW_QUEUE = graphql(`
  query BankReviewQueue {
    pledgeApplications(first: 100) {
      edges {
        node {
          id
          status
          pledgeeSigned
          pledgorSigned
          awaitingSignatureOf
          examinationDueDate
          debtorDueDate
          overdue
          createdAt
          updatedAt
          registrationNumber
          claimAmount {
            amount
            currency
          }
          assets {
            assetId
            number
            title
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

type QueueNode = BankReviewQueueQuery['pledgeApplications']['edges'][number]['node'];

function DeadlineCell({ item, today }: { item: QueueNode; today: string }) {
  const deadline = deadlineOf(item, today);
  if (deadline === null) return <span className="muted">—</span>;
  return (
    <span className="cell-asset stack">
      <span className="muted small">{deadline.label}</span>
      <span>{formatDate(deadline.date)}</span>
      <span className={deadline.overdue ? 'deadline deadline-overdue' : 'deadline'}>{daysLeftText(deadline)}</span>
    </span>
  );
}

function QueueTable({ items, today }: { items: readonly QueueNode[]; today: string }) {
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Assets</th>
          <th scope="col">Secured claim</th>
          <th scope="col">State</th>
          <th scope="col">Deadline</th>
          <th scope="col">
            <span className="visually-hidden">Open</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} data-application={item.id}>
            <td data-label="Assets">
              {item.assets.map((a) => (
                <span key={a.assetId} className="cell-asset">
                  <span className="cell-title">{a.title}</span>
                  <span className="muted small">{a.number}</span>
                </span>
              ))}
            </td>
            <td data-label="Secured claim">{formatMoney(item.claimAmount)}</td>
            <td data-label="State">
              <span className={`badge badge-pledge-${item.status.toLowerCase()}`}>
                {PLEDGE_STATUS_LABEL[item.status] ?? item.status.toLowerCase()}
              </span>
              {item.registrationNumber !== null && item.registrationNumber !== undefined && (
                <span className="muted small"> {item.registrationNumber}</span>
              )}
            </td>
            <td data-label="Deadline">
              <DeadlineCell item={item} today={today} />
            </td>
            <td data-label="">
              <Link to={`/reviews/${item.id}`} className="button button-small">
                Review
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The bank's pledge files by state, the most urgent first in each. */
export function ReviewsPage({ today = localToday() }: { today?: string }) {
  const queue = useQuery(BANK_REVIEW_QUEUE);
  const requested = useSearchParam('tab');

  const head = <PageHead title="Reviews" subtitle="Pledge applications of your bank, by state and urgency" />;
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
        <Loading>Loading applications…</Loading>
      </>
    );
  }
  const items = queue.data.pledgeApplications.edges.map((e) => e.node);
  const groups = groupByTab(items, today);
  const firstFull = REVIEW_TABS.find((t) => groups[t.tab].length > 0)?.tab ?? 'sign';
  const tab: ReviewTab = REVIEW_TABS.some((t) => t.tab === requested) ? (requested as ReviewTab) : firstFull;
  const shown = groups[tab];

  return (
    <>
      {head}
      <div className="tabs" role="tablist" aria-label="Application states">
        {REVIEW_TABS.map((t) => (
          <button
            key={t.tab}
            type="button"
            role="tab"
            id={`tab-${t.tab}`}
            aria-selected={t.tab === tab}
            aria-controls="review-panel"
            className={t.tab === tab ? 'tab tab-current' : 'tab'}
            onClick={() => navigate(`/reviews?tab=${t.tab}`, { replace: true })}
          >
            {t.label} <span className="tab-count">{groups[t.tab].length}</span>
          </button>
        ))}
      </div>
      <div id="review-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {items.length === 0 ? (
          <Empty>No pledge applications yet. They appear here once an SME accepts one of your offers.</Empty>
        ) : shown.length === 0 ? (
          <Empty>Nothing in this state.</Empty>
        ) : (
          <QueueTable items={shown} today={today} />
        )}
        {queue.data.pledgeApplications.pageInfo.hasNextPage && (
          <p className="muted small">Showing the newest 100 applications.</p>
        )}
      </div>
    </>
  );
}
