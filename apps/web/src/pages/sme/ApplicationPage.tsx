import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { SIGN_PLEDGE_APPLICATION, signingInput } from '@web/api/pledge-signature';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatDate, formatMoney, pledgeStatusLabel } from '@web/format';
import { graphql } from '@web/gql';
import type { PledgeApplicationDetailQuery } from '@web/gql/graphql';
import { Loading, PageHead } from '@web/kit/states';
import { nextStep, refusalSentence, timeline } from '@web/pages/sme/application-state';
import { Link, useParam } from '@web/router/router';
import '@web/pages/sme/sme.css';

export const PLEDGE_APPLICATION_DETAIL = graphql(`
  query PledgeApplicationDetail($id: ID!) {
    pledgeApplication(id: $id) {
      id
      status
      pledgorPartyId
      pledgeePartyId
      pledgorSigned
      pledgeeSigned
      awaitingSignatureOf
      claimType
      claimAmount {
        amount
        currency
      }
      debtorDueDate
      guaranteeScope
      forfeitureClause
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
      filingChannel
      assets {
        assetId
        number
        title
        filingDate
        grantDate
        asset {
          id
          riskFlags {
            invalidationPending
          }
        }
      }
      createdAt
      submittedAt
      examinationDueDate
      overdue
      examinedAt
      examinerNote
      refusalReasons {
        code
        message
        assetId
      }
      registrationNumber
      registeredOn
      endedOn
      events {
        eventId
        action
        occurredAt
        actorLogin
        after
      }
    }
  }
`);

type Application = PledgeApplicationDetailQuery['pledgeApplication'];

const ACTIONS: Record<string, string> = {
  PLEDGE_DRAFTED: 'Drafted',
  PLEDGE_SIGNED: 'Signed',
  PLEDGE_SUBMITTED: 'Submitted to the registrar',
  PLEDGE_CORRECTION_REQUESTED: 'Correction requested',
  PLEDGE_REGISTERED: 'Registered',
  PLEDGE_REFUSED: 'Refused',
  PLEDGE_WITHDRAWN: 'Withdrawn',
  PLEDGE_CHANGED: 'Registration changed',
  PLEDGE_DEREGISTERED: 'Deregistered',
  PLEDGE_REVOKED: 'Revoked',
  PLEDGE_DEFAULTED: 'Default declared',
  PLEDGE_ENFORCEMENT_STARTED: 'Enforcement started',
  PLEDGE_REALIZED: 'Realised',
};

function eventLabel(event: Application['events'][number]): string {
  const label = ACTIONS[event.action] ?? event.action.toLowerCase().replace(/_/g, ' ');
  const side = (event.after as { side?: unknown } | null)?.side;
  if (event.action === 'PLEDGE_SIGNED') return side === 'PLEDGOR' ? 'Signed by you' : 'Signed by the bank';
  return label;
}

/** The events of one state change are written once per asset: one line per change. */
function uniqueEvents(events: Application['events']): Application['events'] {
  const seen = new Set<string>();
  return events.filter((e) => (seen.has(e.eventId) ? false : (seen.add(e.eventId), true)));
}

function Signing({ app }: { app: Application }) {
  // One key per content signed: a retry reuses it, ticking an acknowledgement makes new content.
  const keys = useRef(new Map<string, string>());
  const keyFor = (content: string): string => {
    const known = keys.current.get(content);
    if (known !== undefined) return known;
    const key = crypto.randomUUID();
    keys.current.set(content, key);
    return key;
  };
  // A refused signature changes nothing on the server: only an accepted one is worth reloading.
  const [sign, { loading, data }] = useMutation(SIGN_PLEDGE_APPLICATION, {
    refetchQueries: (result) =>
      result.data?.submitPledgeApplication.accepted === true ? ['PledgeApplicationDetail'] : [],
  });
  const [error, setError] = useState<unknown>(null);
  const [acknowledged, setAcknowledged] = useState<readonly string[]>([]);
  const result = data?.submitPledgeApplication;
  // Patents facing an invalidation request the application does not acknowledge yet.
  const atRisk = app.assets.filter(
    (a) =>
      a.asset?.riskFlags.invalidationPending === true && !app.acknowledgedRisks.some((r) => r.assetId === a.assetId),
  );
  const onSign = (): void => {
    setError(null);
    const key = keyFor([...acknowledged].sort().join(','));
    sign({ variables: { input: signingInput(app, acknowledged), key } }).catch((e: unknown) => setError(e));
  };
  const toggle = (assetId: string, on: boolean): void =>
    setAcknowledged((list) => (on ? [...list, assetId] : list.filter((id) => id !== assetId)));
  return (
    <section aria-labelledby="sign-heading" className="sign">
      <h2 id="sign-heading">Your signature</h2>
      <p>
        By signing, your company applies jointly with the bank to register the pledge of the patents above for the claim
        of {formatMoney(app.claimAmount)}, due {formatDate(app.debtorDueDate)}.
      </p>
      {atRisk.map((a) => (
        <label key={a.assetId} className="acknowledge">
          <input
            type="checkbox"
            checked={acknowledged.includes(a.assetId)}
            onChange={(event) => toggle(a.assetId, event.target.checked)}
          />{' '}
          I know that a request to invalidate {a.number} is pending, and pledge it all the same.
        </label>
      ))}
      {error !== null && <ErrorNotice error={error} />}
      {result !== undefined && !result.accepted && (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">The application cannot be signed as it stands:</p>
          <ul>
            {result.reasons.map((r, i) => (
              <li key={`${r.code}-${r.assetId ?? ''}-${i}`}>{refusalSentence(r)}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" className="button" disabled={loading} onClick={onSign}>
        {loading ? 'Signing…' : 'Sign the application'}
      </button>
    </section>
  );
}

/** One joint pledge application, followed from the SME's side: progress, signatures, examination, registration. */
export function ApplicationPage() {
  const id = useParam('id');
  const { data, error, refetch } = useQuery(PLEDGE_APPLICATION_DETAIL, { variables: { id } });
  const head = (title = 'Pledge application', subtitle?: string) => (
    <PageHead title={title} subtitle={subtitle}>
      <p>
        <Link to="/financing">← Financing</Link>
      </p>
    </PageHead>
  );
  if (error !== undefined) {
    return (
      <>
        {head()}
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  if (data === undefined) {
    return (
      <>
        {head()}
        <Loading>Loading the application…</Loading>
      </>
    );
  }
  const app = data.pledgeApplication;
  const step = nextStep(app);
  return (
    <>
      {head('Pledge application', app.assets.map((a) => a.title).join(', '))}
      <p>
        <span className={`badge badge-pledge-${app.status.toLowerCase()}`}>{pledgeStatusLabel(app.status)}</span>
      </p>
      <div className={`notice next-step next-${step.actor.toLowerCase()}`} role="status">
        <p className="notice-title">{step.sentence}</p>
      </div>

      <ol className="timeline" aria-label="Progress">
        {timeline(app).map((s) => (
          <li
            key={s.label}
            className={`step step-${s.state}`}
            aria-current={s.state === 'current' ? 'step' : undefined}
          >
            {s.label}
          </li>
        ))}
      </ol>

      <h2>Signatures</h2>
      <ul className="signatures">
        <li>Your company: {app.pledgorSigned ? 'signed' : 'not signed yet'}</li>
        <li>The bank: {app.pledgeeSigned ? 'signed' : 'not signed yet'}</li>
      </ul>

      {step.canSign && <Signing app={app} />}

      {app.refusalReasons.length > 0 && (
        <section aria-labelledby="reasons-heading">
          <h2 id="reasons-heading">{app.status === 'REFUSED' ? 'Why it was refused' : 'What to correct'}</h2>
          <ul>
            {app.refusalReasons.map((r, i) => (
              <li key={`${r.code}-${i}`}>{refusalSentence(r)}</li>
            ))}
          </ul>
          {app.examinerNote != null && <p className="muted">Examiner&apos;s note: {app.examinerNote}</p>}
        </section>
      )}

      <h2>Terms</h2>
      <dl className="facts">
        <div>
          <dt>Secured claim</dt>
          <dd>
            {formatMoney(app.claimAmount)} ({app.claimType.toLowerCase()})
          </dd>
        </div>
        <div>
          <dt>Repayment due</dt>
          <dd>{formatDate(app.debtorDueDate)}</dd>
        </div>
        <div>
          <dt>Guarantee scope</dt>
          <dd>{app.guaranteeScope}</dd>
        </div>
        {app.appraisedValue != null && (
          <div>
            <dt>Appraised value</dt>
            <dd>{formatMoney(app.appraisedValue)}</dd>
          </div>
        )}
        <div>
          <dt>Examination due</dt>
          <dd>
            {app.examinationDueDate == null ? 'Set when both parties have signed' : formatDate(app.examinationDueDate)}
            {app.overdue && <span className="risk small">overdue</span>}
          </dd>
        </div>
        {app.registrationNumber != null && (
          <div>
            <dt>Registration</dt>
            <dd>
              {app.registrationNumber}
              {app.registeredOn != null && ` on ${formatDate(app.registeredOn)}`}
            </dd>
          </div>
        )}
      </dl>

      <h2>Patents</h2>
      <ul>
        {app.assets.map((a) => (
          <li key={a.assetId}>
            {a.title} · {a.number} · filed {formatDate(a.filingDate)}
            {a.grantDate != null && `, granted ${formatDate(a.grantDate)}`}
          </li>
        ))}
      </ul>

      <h2>History</h2>
      <ul className="history">
        {uniqueEvents(app.events).map((e) => (
          <li key={e.eventId}>
            <span>{eventLabel(e)}</span>{' '}
            <span className="muted small">
              {formatDate(e.occurredAt)}
              {e.actorLogin != null && ` · ${e.actorLogin}`}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
