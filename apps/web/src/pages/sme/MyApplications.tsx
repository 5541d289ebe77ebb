import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatDate, formatMoney, pledgeStatusLabel } from '@web/format';
import { graphql } from '@web/gql';
import { Empty, Loading } from '@web/kit/states';
import { nextStep } from '@web/pages/sme/application-state';
import { Link } from '@web/router/router';

export const MY_APPLICATIONS = graphql(`
  query MyApplications {
    pledgeApplications(first: 50) {
      edges {
        node {
          id
          status
          createdAt
          pledgorSigned
          pledgeeSigned
          overdue
          examinationDueDate
          registrationNumber
          registeredOn
          endedOn
          claimAmount {
            amount
            currency
          }
          assets {
            assetId
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

/** The SME's pledge applications, newest first, each with its next step. */
export function MyApplications() {
  // Signing happens on another page: coming back shows the cached list at once, then the news.
  const { data, error, refetch } = useQuery(MY_APPLICATIONS, { fetchPolicy: 'cache-and-network' });
  return (
    <section aria-labelledby="applications-heading">
      <h2 id="applications-heading">My pledge applications</h2>
      {error !== undefined ? (
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      ) : data === undefined ? (
        <Loading>Loading your applications…</Loading>
      ) : data.pledgeApplications.edges.length === 0 ? (
        <Empty>No pledge applications yet. Accepting an offer drafts one.</Empty>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Patents</th>
              <th scope="col">Claim</th>
              <th scope="col">Status</th>
              <th scope="col">Next step</th>
            </tr>
          </thead>
          <tbody>
            {data.pledgeApplications.edges.map(({ node }) => (
              <tr key={node.id} data-application={node.id}>
                <td data-label="Patents">
                  <Link to={`/applications/${encodeURIComponent(node.id)}`} className="cell-title">
                    {node.assets.map((a) => a.title).join(', ')}
                  </Link>
                  <span className="muted small">drafted {formatDate(node.createdAt)}</span>
                </td>
                <td data-label="Claim">{formatMoney(node.claimAmount)}</td>
                <td data-label="Status">{pledgeStatusLabel(node.status)}</td>
                <td data-label="Next step">{nextStep(node).sentence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
