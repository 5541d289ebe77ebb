import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { SIGN_PLEDGE_APPLICATION, signingInput } from '@web/api/pledge-signature';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatDate, formatMoney, kindLabel, legalStatusLabel } from '@web/format';
import { graphql } from '@web/gql';
import type { BankReviewApplicationQuery } from '@web/gql/graphql';
import { fractionToPercent } from '@web/kit/form';
import { Loading, PageHead } from '@web/kit/states';
import { assessLtv, type PolicyTerms } from '@web/pages/bank/policy/ltv-policy';
import { PartyName } from '@web/pages/bank/PartyName';
import { BANK_LENDER_POLICY } from '@web/pages/bank/policy/lender-policy-query';
import { LtvSummary } from '@web/pages/bank/policy/LtvSummary';
import { preSubmitChecks, type PreCheck } from '@web/pages/bank/reviews/pre-submit-checks';
import { PledgeActions } from '@web/pages/bank/reviews/PledgeActions';
import { PLEDGE_STATUS_LABEL, daysLeftText, deadlineOf, localToday, tabOf } from '@web/pages/bank/reviews/review-logic';
import { Link, useParam } from '@web/router/router';
import '@web/pages/bank/bank.css';

export const BANK_REVIEW_APPLICATION = graphql(`
  query BankReviewApplication($id: ID!) {
    viewer {
      party {
        id
      }
    }
    pledgeApplication(id: $id) {
      id
      status
      pledgorPartyId
      pledgeePartyId
      pledgeeSigned
      pledgorSigned
      awaitingSignatureOf
      claimType
      claimAmount {
        amount
        currency
      }
      debtorDueDate
      guaranteeScope
      forfeitureClause
      filingChannel
      appraisalReference
      appraisedValue {
        amount
        currency
      }
      coOwnerConsents
      acknowledgedRisks {
        assetId
        risk
      }
      examinationDueDate
      overdue
      createdAt
      updatedAt
      registrationNumber
      registeredOn
      examinerNote
      refusalReasons {
        code
        message
        assetId
      }
      reviewFlags {
        code
        message
      }
      assets {
        assetId
        number
        title
        asset {
          id
          kind
          legalStatus
          expiryDate
          remainingLifeDays
          riskFlags {
            invalidationPending
            ownershipDispute
            courtPreservation
          }
          owners {
            partyId
            creditCode
            name
          }
          latestValuation {
            id
            value {
              amount
              currency
            }
            low {
              amount
              currency
            }
            high {
              amount
              currency
            }
            valuedAt
            staleness {
              stale
            }
          }
        }
      }
    }
  }
`);

export const PATENT_ON_REGISTER = graphql(`
  query PatentOnRegister($patentNumber: String!) {
    pledgeRegister(filter: { patentNumber: $patentNumber }, first: 20) {
      edges {
        node {
          registrationNumber
          status
        }
      }
    }
  }
`);

type Application = BankReviewApplicationQuery['pledgeApplication'];

const LIVE = ['REGISTERED', 'DEFAULTED', 'ENFORCING'];

/** Live pledges of each of the file's patents on the public register, other than this file's. */
export function livePledgesOf(
  entries: readonly { registrationNumber: string; status: string }[],
  ownRegistration: string | null | undefined,
): string[] {
  return entries
    .filter((e) => LIVE.includes(e.status) && e.registrationNumber !== ownRegistration)
    .map((e) => e.registrationNumber);
}

interface RegisterCheck {
  live: Record<string, string[]>;
  loading: boolean;
  failed: boolean;
}

/** One register lookup per patent of the file, however many it has. */
function useLivePledges(app: Application): RegisterCheck {
  const client = useApolloClient();
  const numbers = app.assets.map((a) => a.number);
  const key = numbers.join('|');
  const [state, setState] = useState<RegisterCheck & { key: string }>({
    key: '',
    live: {},
    loading: true,
    failed: false,
  });
  useEffect(() => {
    let current = true;
    Promise.all(
      key.split('|').map((patentNumber) => client.query({ query: PATENT_ON_REGISTER, variables: { patentNumber } })),
    ).then(
      (results) => {
        if (!current) return;
        const live: Record<string, string[]> = {};
        key.split('|').forEach((n, i) => {
          const edges = results[i]?.data?.pledgeRegister.edges ?? [];
          live[n] = livePledgesOf(
            edges.map((e) => e.node),
            app.registrationNumber,
          );
        });
        setState({ key, live, loading: false, failed: false });
      },
      () => {
        if (current) setState({ key, live: {}, loading: false, failed: true });
      },
    );
    return () => {
      current = false;
    };
  }, [client, key, app.registrationNumber]);
  return state.key === key ? state : { live: {}, loading: true, failed: false };
}

function toPolicy(data: { lenderPolicy?: PolicyTerms | null } | undefined): PolicyTerms | null {
  return data?.lenderPolicy ?? null;
}

function ChecksList({ checks }: { checks: readonly PreCheck[] }) {
  const refusals = checks.filter((c) => c.severity === 'refusal').length;
  return (
    <>
      {refusals === 0 && (
        <p className="notice notice-ok" role="status">
          No refusal grounds found in the register data
          {checks.length === 0 ? ', and the claim is within your policy.' : '.'}
        </p>
      )}
      {checks.length > 0 && (
        <ul className="checks" aria-label="Checks before signing">
          {checks.map((c) => (
            <li key={c.message} className={`check check-${c.severity}`}>
              <span className="check-kind">{c.severity === 'refusal' ? 'Would be refused' : 'Policy'}</span> {c.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function ServerReasons({ title, reasons }: { title: string; reasons: readonly { code: string; message: string }[] }) {
  if (reasons.length === 0) return null;
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title}</p>
      <ul>
        {reasons.map((r, i) => (
          <li key={`${r.code}-${i}`}>{r.message}</li>
        ))}
      </ul>
    </div>
  );
}

function SignPanel({ app, checks }: { app: Application; checks: readonly PreCheck[] }) {
  const [key] = useState(() => crypto.randomUUID());
  const [refused, setRefused] = useState<readonly { code: string; message: string }[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [sign, { loading }] = useMutation(SIGN_PLEDGE_APPLICATION, {
    refetchQueries: ['BankReviewQueue', 'BankReviewApplication'],
  });
  const refusals = checks.filter((c) => c.severity === 'refusal').length;
  const submit = (): void => {
    setFailure(null);
    setRefused([]);
    sign({ variables: { input: signingInput(app), key } }).then(
      (result) => {
        const outcome = result.data?.submitPledgeApplication;
        if (outcome !== undefined && !outcome.accepted) setRefused(outcome.reasons);
      },
      (error: unknown) => setFailure(error),
    );
  };
  return (
    <section aria-labelledby="sign-heading" className="panel">
      <h2 id="sign-heading">Sign the joint application</h2>
      <p className="muted">
        {app.pledgorSigned ? 'The SME has signed this content.' : 'The SME has not signed yet.'} Your signature
        {app.pledgorSigned ? ' files it with the registrar.' : ' is kept until the SME signs the same content.'}
      </p>
      {refusals > 0 && (
        <p className="muted small">
          {refusals === 1 ? 'One check above' : `${refusals} checks above`} would make the registrar refuse; the server
          checks again when you sign.
        </p>
      )}
      {failure !== null && <ErrorNotice error={failure} />}
      <ServerReasons title="The application was not accepted:" reasons={refused} />
      <div className="form-actions">
        <button type="button" className="button" onClick={submit} disabled={loading}>
          {loading ? 'Signing…' : 'Sign and submit'}
        </button>
      </div>
    </section>
  );
}

function ApplicationDetail({
  app,
  policy,
  lenderId,
}: {
  app: Application;
  policy: PolicyTerms | null;
  lenderId: string | null;
}) {
  const today = localToday();
  const { live, loading, failed } = useLivePledges(app);
  const valued = app.assets.map((a) => ({
    id: a.assetId,
    number: a.number,
    kind: a.asset?.kind ?? 'INVENTION',
    remainingLifeDays: a.asset?.remainingLifeDays ?? null,
    value: a.asset?.latestValuation?.value.amount ?? null,
    stale: a.asset?.latestValuation?.staleness.stale ?? false,
  }));
  const ltv = assessLtv(app.claimAmount.amount, valued, policy);
  const found = preSubmitChecks(
    app,
    app.assets.map((a) => ({
      id: a.assetId,
      number: a.number,
      legalStatus: a.asset?.legalStatus ?? 'PENDING',
      expiryDate: a.asset?.expiryDate ?? null,
      riskFlags: a.asset?.riskFlags ?? {
        invalidationPending: false,
        ownershipDispute: false,
        courtPreservation: false,
      },
      owners: a.asset?.owners ?? [],
      livePledges: live[a.number] ?? [],
      stale: a.asset?.latestValuation?.staleness.stale ?? false,
      valued: a.asset?.latestValuation !== null && a.asset?.latestValuation !== undefined,
    })),
    ltv,
    today,
    app.claimAmount.currency,
  );
  const checks: PreCheck[] = failed
    ? [
        ...found,
        {
          severity: 'warning',
          message: 'The public register could not be reached: other pledges of these patents were not checked.',
        },
      ]
    : found;
  const deadline = deadlineOf(app, today);
  const tab = tabOf(app);
  return (
    <>
      <dl className="facts">
        <div>
          <dt>State</dt>
          <dd>
            <span className={`badge badge-pledge-${app.status.toLowerCase()}`} data-testid="application-state">
              {PLEDGE_STATUS_LABEL[app.status] ?? app.status.toLowerCase()}
            </span>
            {tab === 'sme' && <span className="muted small"> awaiting the SME's signature</span>}
            {tab === 'sign' && <span className="muted small"> awaiting your signature</span>}
          </dd>
        </div>
        <div>
          <dt>Pledgor</dt>
          <dd>
            <PartyName id={app.pledgorPartyId} />
          </dd>
        </div>
        <div>
          <dt>Secured claim</dt>
          <dd>
            {formatMoney(app.claimAmount)} ({app.claimType.toLowerCase()})
          </dd>
        </div>
        {deadline?.label !== 'Debt due' && (
          <div>
            <dt>Debtor's due date</dt>
            <dd>{formatDate(app.debtorDueDate)}</dd>
          </div>
        )}
        {deadline !== null && (
          <div>
            <dt>{deadline.label}</dt>
            <dd>
              {formatDate(deadline.date)}{' '}
              <span className={deadline.overdue ? 'deadline deadline-overdue' : 'deadline'}>
                {daysLeftText(deadline)}
              </span>
            </dd>
          </div>
        )}
        {app.registrationNumber && (
          <div>
            <dt>Registration</dt>
            <dd>
              {app.registrationNumber}
              {app.registeredOn && ` on ${formatDate(app.registeredOn)}`}
            </dd>
          </div>
        )}
        <div>
          <dt>Guarantee scope</dt>
          <dd>{app.guaranteeScope}</dd>
        </div>
      </dl>

      <h2>Pledged assets</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Asset</th>
            <th scope="col">Status</th>
            <th scope="col">Expires</th>
            <th scope="col">Latest valuation</th>
            <th scope="col">Policy cap</th>
          </tr>
        </thead>
        <tbody>
          {app.assets.map((a, i) => {
            const v = a.asset?.latestValuation;
            const cap = ltv.assets[i]?.cap;
            return (
              <tr key={a.assetId}>
                <td data-label="Asset">
                  <span className="cell-asset stack">
                    <span className="cell-title">{a.title}</span>
                    <span className="muted small">
                      {a.number}
                      {a.asset && ` · ${kindLabel(a.asset.kind)}`}
                    </span>
                  </span>
                </td>
                <td data-label="Status">{a.asset ? legalStatusLabel(a.asset.legalStatus) : '—'}</td>
                <td data-label="Expires">{a.asset?.expiryDate ? formatDate(a.asset.expiryDate) : '—'}</td>
                <td data-label="Latest valuation">
                  {v ? (
                    <span className="cell-asset stack">
                      <span>{formatMoney(v.value)}</span>
                      {v.low && v.high && v.low.amount !== v.high.amount && (
                        <span className="muted small">
                          range {formatMoney(v.low)} – {formatMoney(v.high)}
                        </span>
                      )}
                      <span className="muted small">
                        {formatDate(v.valuedAt)}
                        {v.staleness.stale && ' · stale'}
                      </span>
                    </span>
                  ) : (
                    'Not valued yet'
                  )}
                </td>
                <td data-label="Policy cap">
                  {cap === null || cap === undefined ? '—' : `${fractionToPercent(cap)} %`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <LtvSummary amount={app.claimAmount} assessment={ltv} policy={policy} label="Secured claim" />

      {tab === 'sign' && (
        <section aria-labelledby="checks-heading">
          <h2 id="checks-heading">Checks before signing</h2>
          {loading ? <Loading>Checking the public register…</Loading> : <ChecksList checks={checks} />}
        </section>
      )}
      <ServerReasons
        title={app.status === 'REFUSED' ? 'The registrar refused:' : 'Points raised:'}
        reasons={app.refusalReasons}
      />
      {app.reviewFlags.length > 0 && (
        <div className="notice">
          <p className="notice-title">For the registrar to check by hand:</p>
          <ul>
            {app.reviewFlags.map((f) => (
              <li key={f.code}>{f.message}</li>
            ))}
          </ul>
        </div>
      )}
      {tab === 'sign' && !loading && <SignPanel app={app} checks={checks} />}
      {tab === 'registered' && lenderId !== null && <PledgeActions pledge={app} />}
    </>
  );
}

/** One pledge file of the bank: deadline, LTV against policy, the checks, and the bank's next step. */
export function ReviewApplicationPage() {
  const id = useParam('id');
  const query = useQuery(BANK_REVIEW_APPLICATION, { variables: { id } });
  const lenderId = query.data?.viewer.party?.id ?? null;
  const policy = useQuery(BANK_LENDER_POLICY, { variables: { lenderId: lenderId ?? '' }, skip: lenderId === null });

  const head = <PageHead title="Pledge application" subtitle={<Link to="/reviews">Back to reviews</Link>} />;
  let body: React.ReactNode;
  if (query.error !== undefined) body = <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.dataState !== 'complete' || (lenderId !== null && policy.loading))
    body = <Loading>Loading the application…</Loading>;
  else
    body = <ApplicationDetail app={query.data.pledgeApplication} policy={toPolicy(policy.data)} lenderId={lenderId} />;
  return (
    <>
      {head}
      {policy.error !== undefined && <ErrorNotice error={policy.error} />}
      {body}
    </>
  );
}
