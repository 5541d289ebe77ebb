import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useSession } from '@web/auth/SessionContext';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatDate, pledgeStatusLabel } from '@web/format';
import { graphql } from '@web/gql';
import type { PledgeRegisterFilter, PledgeRegisterQuery } from '@web/gql/graphql';
import { downloadBase64File } from '@web/kit/download';
import { Empty, Loading, PageHead } from '@web/kit/states';
import {
  checkRegisterDraft,
  NO_REGISTER_FILTER,
  REGISTER_STATUSES,
  registerChangeLabel,
  toRegisterFilter,
  type RegisterDraft,
} from '@web/pages/public/register-filter';
import { Link } from '@web/router/router';
import '@web/pages/public/public.css';

export const PAGE_SIZE = 20;

export const PLEDGE_REGISTER = graphql(`
  query PledgeRegister($filter: PledgeRegisterFilter, $first: Int, $after: String) {
    pledgeRegister(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          registrationNumber
          registeredOn
          status
          pledgorName
          pledgeeName
          mainIpcClass
          patents {
            number
            title
            grantDate
            mainIpc
          }
          changes {
            date
            type
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

export const PLEDGE_REGISTER_EXPORT = graphql(`
  query PledgeRegisterExport($filter: PledgeRegisterFilter) {
    pledgeRegisterExport(format: CSV, filter: $filter) {
      filename
      contentType
      content
      rows
      complete
    }
  }
`);

type Entry = PledgeRegisterQuery['pledgeRegister']['edges'][number]['node'];

function FilterForm({ applied, onApply }: { applied: RegisterDraft; onApply: (draft: RegisterDraft) => void }) {
  const [draft, setDraft] = useState<RegisterDraft>(applied);
  const [hint, setHint] = useState<string | null>(null);
  const set =
    (field: keyof RegisterDraft) =>
    (event: { target: { value: string } }): void =>
      setDraft((d) => ({ ...d, [field]: event.target.value }));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const problem = checkRegisterDraft(draft);
    setHint(problem);
    if (problem === null) onApply(draft);
  };
  const clear = (): void => {
    setDraft(NO_REGISTER_FILTER);
    setHint(null);
    onApply(NO_REGISTER_FILTER);
  };
  return (
    <form className="filters" onSubmit={submit} noValidate aria-label="Search the register">
      <div className="field">
        <label htmlFor="register-party">Pledgor or pledgee name</label>
        <input id="register-party" value={draft.partyName} onChange={set('partyName')} placeholder="Part of a name" />
      </div>
      <div className="field">
        <label htmlFor="register-patent">Patent number</label>
        <input
          id="register-patent"
          value={draft.patentNumber}
          onChange={set('patentNumber')}
          placeholder="CN202110123456.7"
        />
      </div>
      <div className="field">
        <label htmlFor="register-from">Registered from</label>
        <input id="register-from" type="date" value={draft.registeredFrom} onChange={set('registeredFrom')} />
      </div>
      <div className="field">
        <label htmlFor="register-to">Registered up to</label>
        <input id="register-to" type="date" value={draft.registeredTo} onChange={set('registeredTo')} />
      </div>
      <div className="field">
        <label htmlFor="register-status">State</label>
        <select id="register-status" value={draft.status} onChange={set('status')}>
          <option value="">Any</option>
          {REGISTER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {pledgeStatusLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          Search
        </button>
        <button type="button" className="button button-quiet" onClick={clear}>
          Clear
        </button>
      </div>
      {hint !== null && (
        <p className="field-error" role="alert">
          {hint}
        </p>
      )}
    </form>
  );
}

function RegisterTable({ entries }: { entries: readonly Entry[] }) {
  return (
    <table className="table register">
      <thead>
        <tr>
          <th scope="col">Registration</th>
          <th scope="col">Pledgor</th>
          <th scope="col">Pledgee</th>
          <th scope="col">Patents</th>
          <th scope="col">Changes</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.registrationNumber} data-registration={e.registrationNumber}>
            <td data-label="Registration">
              <span className="cell-title">{e.registrationNumber}</span>
              <span className="muted small">{formatDate(e.registeredOn)} </span>
              <span className={`badge badge-pledge-${e.status.toLowerCase()}`}>{pledgeStatusLabel(e.status)}</span>
            </td>
            <td data-label="Pledgor">{e.pledgorName}</td>
            <td data-label="Pledgee">{e.pledgeeName}</td>
            <td data-label="Patents">
              {e.patents.map((p) => (
                <span key={p.number} className="cell-asset">
                  <span className="cell-title">{p.title}</span>
                  <span className="muted small">
                    {p.number}
                    {p.mainIpc != null && ` · IPC ${p.mainIpc}`}
                    {p.grantDate != null && ` · granted ${formatDate(p.grantDate)}`}
                  </span>
                </span>
              ))}
            </td>
            <td data-label="Changes">
              {e.changes.length === 0 ? (
                <span className="muted">None</span>
              ) : (
                <ul className="changes">
                  {e.changes.map((c, i) => (
                    <li key={i}>
                      {registerChangeLabel(c.type)} on {formatDate(c.date)}
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ExportButton({ filter }: { filter: PledgeRegisterFilter }) {
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);
  const exportCsv = (): void => {
    setBusy(true);
    setError(null);
    setNote(null);
    client
      .query({ query: PLEDGE_REGISTER_EXPORT, variables: { filter }, fetchPolicy: 'no-cache' })
      .then(
        ({ data }) => {
          if (data === undefined) return;
          const file = data.pledgeRegisterExport;
          downloadBase64File(file);
          setNote(
            file.complete
              ? `Downloaded ${file.filename} with ${file.rows} registration${file.rows === 1 ? '' : 's'}.`
              : `Downloaded ${file.filename} with the newest ${file.rows} registrations; narrow the search for the rest.`,
          );
        },
        (e: unknown) => setError(e),
      )
      .finally(() => setBusy(false));
  };
  return (
    <div className="export">
      <button type="button" className="button button-quiet" onClick={exportCsv} disabled={busy}>
        {busy ? 'Preparing the file…' : 'Export CSV'}
      </button>
      {note !== null && (
        <p className="muted small" role="status">
          {note}
        </p>
      )}
      {error !== null && <ErrorNotice error={error} onRetry={exportCsv} />}
    </div>
  );
}

/** One search's results: the first page from the query, later pages appended on "more". */
function Results({ filter }: { filter: PledgeRegisterFilter }) {
  const client = useApolloClient();
  const first = useQuery(PLEDGE_REGISTER, { variables: { filter, first: PAGE_SIZE } });
  const [more, setMore] = useState<{ entries: Entry[]; next: string | null } | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  if (first.error !== undefined) return <ErrorNotice error={first.error} onRetry={() => void first.refetch()} />;
  if (first.dataState !== 'complete') return <Loading>Loading the register…</Loading>;
  const page = first.data.pledgeRegister;
  const entries = [...page.edges.map((e) => e.node), ...(more?.entries ?? [])];
  const next = more === null ? (page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null) : more.next;
  if (entries.length === 0) {
    return <Empty>No registrations match this search. Try part of a name, or clear the search.</Empty>;
  }
  const loadMore = (): void => {
    if (next === null) return;
    setLoadingMore(true);
    setMoreError(null);
    client
      .query({
        query: PLEDGE_REGISTER,
        variables: { filter, first: PAGE_SIZE, after: next },
        fetchPolicy: 'network-only',
      })
      .then(
        ({ data }) => {
          if (data === undefined) return;
          const got = data.pledgeRegister;
          setMore((m) => ({
            entries: [...(m?.entries ?? []), ...got.edges.map((e) => e.node)],
            next: got.pageInfo.hasNextPage ? (got.pageInfo.endCursor ?? null) : null,
          }));
        },
        (e: unknown) => setMoreError(e),
      )
      .finally(() => setLoadingMore(false));
  };
  return (
    <>
      <p className="muted small" role="status">
        Showing {entries.length} registration{entries.length === 1 ? '' : 's'}, newest first
        {next === null ? '.' : '; more below.'}
      </p>
      <RegisterTable entries={entries} />
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

/** The public pledge register (gazette): open to everyone, signed in or not. */
export function PledgeRegisterPage() {
  const { session } = useSession();
  const [applied, setApplied] = useState<RegisterDraft>(NO_REGISTER_FILTER);
  const filter = toRegisterFilter(applied);
  return (
    <>
      <PageHead
        title="Public pledge register"
        subtitle="Registered patent pledges with their pledgor, pledgee, patents and every change or deregistration."
      />
      {session === null && (
        <p className="notice sign-in-hint">
          Anyone may read and export the register without signing in. Companies, banks and the registrar:{' '}
          <Link to="/login">sign in</Link> for your own pages.
        </p>
      )}
      <FilterForm applied={applied} onApply={setApplied} />
      <ExportButton filter={filter} />
      {/* A new search starts from its first page again. */}
      <Results key={JSON.stringify(filter)} filter={filter} />
    </>
  );
}
