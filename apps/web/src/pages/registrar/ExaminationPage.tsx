import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatDate, formatMoney, legalStatusLabel, pledgeStatusLabel, refusalCodeLabel } from '@web/format';
import { graphql } from '@web/gql';
import type { ExaminationOutcome, PledgeFileQuery } from '@web/gql/graphql';
import { Loading, PageHead } from '@web/kit/states';
import { ExamineForm, type ExaminationResult } from '@web/pages/registrar/ExamineForm';
import { examinationSentence } from '@web/pages/registrar/examine-form';
import { dueWording, registryToday } from '@web/pages/registrar/queue';
import { RevokeForm } from '@web/pages/registrar/RevokeForm';
import { DeregisterForm, DEREGISTRATION_REASONS } from '@web/pages/registrar/DeregisterForm';
import { Link, useParam } from '@web/router/router';
import '@web/pages/registrar/registrar.css';

export const PLEDGE_FILE = graphql(`
  query PledgeFile($id: ID!) {
    pledgeApplication(id: $id) {
      id
      status
      version
      registrationNumber
      registeredOn
      endedOn
      deregistrationReason
      filingChannel
      createdAt
      submittedAt
      examinationDueDate
      overdue
      examinedAt
      examinerNote
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
      assets {
        position
        assetId
        number
        title
        filingDate
        grantDate
        asset {
          id
          kind
          legalStatus
          expiryDate
          riskFlags {
            invalidationPending
            ownershipDispute
            courtPreservation
          }
        }
      }
      reviewFlags {
        code
        message
        partyId
      }
      refusalReasons {
        code
        message
        assetId
        field
      }
    }
  }
`);

export const PLEDGE_PARTIES = graphql(`
  query PledgeParties($pledgor: ID!, $pledgee: ID!) {
    pledgor: party(id: $pledgor) {
      id
      name
      city
      creditCode
    }
    pledgee: party(id: $pledgee) {
      id
      name
      city
      creditCode
    }
  }
`);

type PledgeFile = PledgeFileQuery['pledgeApplication'];
type Asset = PledgeFile['assets'][number];

function riskNotes(asset: Asset, acknowledged: boolean): string[] {
  const flags = asset.asset?.riskFlags;
  if (flags == null) return [];
  return [
    flags.invalidationPending &&
      (acknowledged ? 'invalidation pending (risk acknowledged by the parties)' : 'invalidation pending'),
    flags.ownershipDispute && 'ownership disputed',
    flags.courtPreservation && 'court preservation order',
  ].filter((n): n is string => typeof n === 'string');
}

function Parties({ file }: { file: PledgeFile }) {
  const parties = useQuery(PLEDGE_PARTIES, {
    variables: { pledgor: file.pledgorPartyId, pledgee: file.pledgeePartyId },
  });
  const who = (party: { name: string; city: string; creditCode?: string | null } | undefined, signed: boolean) =>
    party === undefined ? (
      <span className="muted">Loading…</span>
    ) : (
      <>
        <span className="cell-title">{party.name}</span>
        <span className="muted small">
          {party.city}
          {party.creditCode != null && ` · credit code ${party.creditCode}`}
        </span>
        <span className={signed ? 'signed' : 'unsigned'}>{signed ? 'Signed' : 'Not signed yet'}</span>
      </>
    );
  if (parties.error !== undefined) return <ErrorNotice error={parties.error} onRetry={() => void parties.refetch()} />;
  return (
    <dl className="facts facts-two">
      <div>
        <dt>Pledgor</dt>
        <dd>{who(parties.data?.pledgor, file.pledgorSigned)}</dd>
      </div>
      <div>
        <dt>Pledgee</dt>
        <dd>{who(parties.data?.pledgee, file.pledgeeSigned)}</dd>
      </div>
    </dl>
  );
}

function Assets({ file }: { file: PledgeFile }) {
  const acknowledged = new Set(file.acknowledgedRisks.map((r) => r.assetId));
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Patent</th>
          <th scope="col">Filed / granted</th>
          <th scope="col">Legal status today</th>
          <th scope="col">Expires</th>
        </tr>
      </thead>
      <tbody>
        {[...file.assets]
          .sort((a, b) => a.position - b.position)
          .map((a) => {
            const risks = riskNotes(a, acknowledged.has(a.assetId));
            return (
              <tr key={a.position}>
                <td data-label="Patent">
                  <span className="cell-title">{a.title}</span>
                  <span className="muted small">{a.number}</span>
                </td>
                <td data-label="Filed / granted">
                  {formatDate(a.filingDate)} / {a.grantDate == null ? 'not granted' : formatDate(a.grantDate)}
                </td>
                <td data-label="Legal status today">
                  {a.asset == null ? (
                    <span className="risk">Not in the register</span>
                  ) : (
                    <span className={`badge badge-${a.asset.legalStatus.toLowerCase()}`}>
                      {legalStatusLabel(a.asset.legalStatus)}
                    </span>
                  )}
                  {risks.length === 0 ? (
                    <span className="muted small"> No risk flags</span>
                  ) : (
                    <span className="risk small">{risks.join(', ')}</span>
                  )}
                </td>
                <td data-label="Expires">{a.asset?.expiryDate == null ? '—' : formatDate(a.asset.expiryDate)}</td>
              </tr>
            );
          })}
      </tbody>
    </table>
  );
}

function Reasons({ reasons }: { reasons: readonly { code: string; message: string }[] }) {
  return (
    <ul className="reasons">
      {reasons.map((r, i) => (
        <li key={i}>
          {refusalCodeLabel(r.code)}
          {r.message !== r.code && <span className="muted small"> ({r.message})</span>}
        </li>
      ))}
    </ul>
  );
}

function Outcome({ result, asked }: { result: ExaminationResult; asked: ExaminationOutcome }) {
  const sentence = examinationSentence({ ...result, asked });
  return (
    <div className={`notice ${sentence.ok ? 'notice-ok' : 'notice-error'}`} role="status">
      <p className="notice-title">{sentence.title}</p>
      {result.reasons.length > 0 && <Reasons reasons={result.reasons} />}
      <p className="notice-detail">
        <Link to="/examination">Back to the queue</Link>
        {result.status === 'REGISTERED' && (
          <>
            {' · '}
            <Link to="/register">Open the public register</Link>
          </>
        )}
      </p>
    </div>
  );
}

function FileContent({ file }: { file: PledgeFile }) {
  const due = dueWording(file.examinationDueDate, file.overdue, registryToday());
  return (
    <>
      <h2>Parties</h2>
      <Parties file={file} />
      <h2>Patents</h2>
      <Assets file={file} />
      <h2>Secured claim and terms</h2>
      <dl className="facts">
        <div>
          <dt>Secured claim</dt>
          <dd>
            {formatMoney(file.claimAmount)} <span className="muted small">{file.claimType.toLowerCase()}</span>
          </dd>
        </div>
        <div>
          <dt>Debtor's repayment due</dt>
          <dd>{formatDate(file.debtorDueDate)}</dd>
        </div>
        <div>
          <dt>Guarantee scope</dt>
          <dd>{file.guaranteeScope}</dd>
        </div>
        <div>
          <dt>Forfeiture clause</dt>
          <dd className={file.forfeitureClause ? 'risk' : undefined}>
            {file.forfeitureClause ? 'Yes: the patent passes to the pledgee on default' : 'No'}
          </dd>
        </div>
        <div>
          <dt>Appraisal</dt>
          <dd>
            {file.appraisedValue == null ? 'None filed' : formatMoney(file.appraisedValue)}
            {file.appraisalReference != null && <span className="muted small"> ref. {file.appraisalReference}</span>}
          </dd>
        </div>
        {file.coOwnerConsents.length > 0 && (
          <div>
            <dt>Co-owner consents</dt>
            <dd>{file.coOwnerConsents.join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>Filed</dt>
          <dd>
            {file.filingChannel === 'ONLINE' ? 'Online (2 working days)' : 'On paper (5 working days)'}
            {file.submittedAt != null && `, submitted ${formatDate(file.submittedAt)}`}
          </dd>
        </div>
        {file.status === 'SUBMITTED' && (
          <div>
            <dt>Examination deadline</dt>
            <dd>
              <span className={`due due-${due.tone}`}>{due.text}</span>
              {file.examinationDueDate != null && (
                <span className="muted small"> {formatDate(file.examinationDueDate)}</span>
              )}
            </dd>
          </div>
        )}
        {file.endedOn != null && (
          <div>
            <dt>Ended</dt>
            <dd>
              {formatDate(file.endedOn)}
              {file.deregistrationReason != null &&
                ` · ${DEREGISTRATION_REASONS.find((r) => r.value === file.deregistrationReason)?.label ?? file.deregistrationReason}`}
            </dd>
          </div>
        )}
        {file.registrationNumber != null && (
          <div>
            <dt>Registration</dt>
            <dd>
              {file.registrationNumber}
              {file.registeredOn != null && ` on ${formatDate(file.registeredOn)}`}
            </dd>
          </div>
        )}
      </dl>
      {file.reviewFlags.length > 0 && (
        <div className="notice" role="note">
          <p className="notice-title">Check by hand before deciding:</p>
          <ul className="reasons">
            {file.reviewFlags.map((f, i) => (
              <li key={i}>{f.message}</li>
            ))}
          </ul>
        </div>
      )}
      {file.refusalReasons.length > 0 && (
        <>
          <h2>{file.status === 'REFUSED' ? 'Grounds for refusal' : 'Earlier correction points'}</h2>
          <Reasons reasons={file.refusalReasons} />
          {file.examinerNote != null && <p className="muted">Note: {file.examinerNote}</p>}
        </>
      )}
    </>
  );
}

/** One pledge file with everything the registrar examines, and the decision on it. */
export function ExaminationPage() {
  const id = useParam('id');
  const file = useQuery(PLEDGE_FILE, { variables: { id } });
  const [outcome, setOutcome] = useState<{ result: ExaminationResult; asked: ExaminationOutcome } | null>(null);
  const [ended, setEnded] = useState<string | null>(null);

  const back = (
    <p className="small">
      <Link to="/examination">← Examination queue</Link>
    </p>
  );
  if (file.error !== undefined) {
    return (
      <>
        {back}
        <PageHead title="Pledge application" />
        <ErrorNotice error={file.error} onRetry={() => void file.refetch()} />
      </>
    );
  }
  if (file.dataState !== 'complete') {
    return (
      <>
        {back}
        <PageHead title="Pledge application" />
        <Loading>Loading the application…</Loading>
      </>
    );
  }
  const pledge = file.data.pledgeApplication;
  const title = pledge.assets.length === 1 ? pledge.assets[0]!.title : `${pledge.assets.length} patents`;
  return (
    <>
      {back}
      <PageHead
        title={`Pledge of ${title}`}
        subtitle={
          <span className={`badge badge-pledge-${pledge.status.toLowerCase()}`}>
            {pledgeStatusLabel(pledge.status)}
          </span>
        }
      />
      {outcome !== null && <Outcome result={outcome.result} asked={outcome.asked} />}
      {ended !== null && (
        <div className="notice notice-ok" role="status">
          <p className="notice-title">{ended}</p>
        </div>
      )}
      <div className="pledge-file">
        <FileContent file={pledge} />
        {pledge.status === 'SUBMITTED' && outcome === null && (
          <ExamineForm applicationId={pledge.id} onDone={(result, asked) => setOutcome({ result, asked })} />
        )}
        {pledge.status !== 'SUBMITTED' && pledge.status !== 'REGISTERED' && outcome === null && ended === null && (
          <p className="muted">This file is not awaiting examination, so there is no decision to take.</p>
        )}
        {pledge.status === 'REGISTERED' && outcome === null && ended === null && (
          <>
            <DeregisterForm
              applicationId={pledge.id}
              onDone={() => setEnded('The pledge is deregistered; the public register lists the deregistration.')}
            />
            <RevokeForm
              applicationId={pledge.id}
              onDone={() => setEnded('The registration is revoked; the public register shows it as revoked.')}
            />
          </>
        )}
      </div>
    </>
  );
}
