import { useApolloClient, useQuery } from '@apollo/client/react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatAmount } from '@web/format';
import { graphql } from '@web/gql';
import type { ExportFormat, ProgramDashboardQuery } from '@web/gql/graphql';
import { fractionToPercent } from '@web/kit/form';
import { Empty, Loading, PageHead } from '@web/kit/states';
import { queryFresh } from '@web/pages/program/fresh';
import { Breakdowns } from '@web/pages/program/Breakdowns';
import { ExportButtons, type ExportedFile } from '@web/pages/program/ExportButtons';
import { trackLabel } from '@web/pages/program/labels';
import { ScopeForm, useProgramScope, type ProgramScope } from '@web/pages/program/scope';
import { volumeSeries, type VolumeSeries } from '@web/pages/program/series';
import { VolumeChart } from '@web/pages/program/VolumeChart';
import '@web/pages/program/program.css';

export const PROGRAM_DASHBOARD = graphql(`
  query ProgramDashboard($city: String!, $year: Int!, $district: String, $park: String) {
    programDashboard(city: $city, year: $year, district: $district, park: $park) {
      city
      district
      park
      year
      track
      elapsedFraction
      enterprisesServed
      growth
      total {
        amount
        registrations
      }
      projection {
        amount
        registrations
      }
      target {
        id
        targetAmount
        targetRegistrations
      }
      quarters {
        quarter
        amount
        registrations
      }
      byDistrict {
        district
        park
        amount
        registrations
        loanAmount
        loans
      }
      byLender {
        key
        amount
        registrations
      }
      byIpcSection {
        key
        amount
        registrations
      }
    }
  }
`);

export const PROGRAM_DASHBOARD_EXPORT = graphql(`
  query ProgramDashboardExport($city: String!, $year: Int!, $format: ExportFormat!, $district: String, $park: String) {
    programDashboardExport(city: $city, year: $year, format: $format, district: $district, park: $park) {
      filename
      contentType
      content
      rows
      complete
    }
  }
`);

type Dashboard = ProgramDashboardQuery['programDashboard'];

const scopeName = (s: ProgramScope): string =>
  [s.city, s.district, s.park].filter((p): p is string => p !== null).join(' · ') + ` · ${s.year}`;

function seriesOf(d: Dashboard): VolumeSeries {
  return volumeSeries({
    quarters: d.quarters,
    targetAmount: d.target?.targetAmount ?? null,
    elapsedFraction: d.elapsedFraction,
    projectionAmount: d.projection?.amount ?? null,
  });
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

const cny = (amount: string | null): string => (amount === null ? '—' : `CNY ${formatAmount(amount)}`);

function Figures({ dashboard, series }: { dashboard: Dashboard; series: VolumeSeries }) {
  const target = dashboard.target;
  return (
    <dl className="figures">
      <div>
        <dt>Registered this year</dt>
        <dd>{cny(dashboard.total.amount)}</dd>
        <dd className="muted small">
          {count(dashboard.total.registrations, 'registration')} · {count(dashboard.enterprisesServed, 'enterprise')}
        </dd>
      </div>
      <div>
        <dt>Yearly target</dt>
        <dd>{target === null || target === undefined ? 'No target set' : cny(target.targetAmount)}</dd>
        {series.attainmentPercent !== null && <dd className="muted small">{series.attainmentPercent} % reached</dd>}
      </div>
      <div>
        <dt>Run-rate projection (year end)</dt>
        <dd>{cny(dashboard.projection?.amount ?? null)}</dd>
        {/* Without a target there is no track to be on; the target card already says so. */}
        {dashboard.track !== 'NO_TARGET' && (
          <dd>
            <span className={`badge badge-track-${dashboard.track.toLowerCase()}`}>{trackLabel(dashboard.track)}</span>
          </dd>
        )}
      </div>
      <div>
        <dt>Growth on last year</dt>
        <dd>
          {dashboard.growth === null || dashboard.growth === undefined
            ? '—'
            : `${fractionToPercent(dashboard.growth)} %`}
        </dd>
      </div>
    </dl>
  );
}

/** The figures behind the chart, one row per quarter: what screen readers and phones read. */
export function QuarterTable({ series }: { series: VolumeSeries }) {
  const cell = (value: string | null): string => (value === null ? '—' : formatAmount(value));
  return (
    <table className="table quarter-table">
      <caption>Volume by quarter (CNY)</caption>
      <thead>
        <tr>
          <th scope="col">Quarter</th>
          <th scope="col">Registrations</th>
          <th scope="col">Registered</th>
          <th scope="col">Cumulative</th>
          <th scope="col">Target pace</th>
          <th scope="col">Run-rate projection</th>
        </tr>
      </thead>
      <tbody>
        {series.rows.map((r) => (
          <tr
            key={r.quarter}
            data-quarter={r.quarter}
            aria-current={r.quarter === series.currentQuarter ? 'true' : undefined}
          >
            <th scope="row" data-label="Quarter">
              Q{r.quarter}
              {r.quarter === series.currentQuarter && <span className="muted small"> (current)</span>}
            </th>
            <td data-label="Registrations">{r.registrations}</td>
            <td data-label="Registered" className="num">
              {cell(r.amount)}
            </td>
            <td data-label="Cumulative" className="num">
              {cell(r.cumulative)}
            </td>
            <td data-label="Target pace" className="num">
              {cell(r.targetPace)}
            </td>
            <td data-label="Run-rate projection" className="num">
              {cell(r.projected)}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" data-label="Quarter">
            Year
          </th>
          <td data-label="Registrations">{series.rows.reduce((n, r) => n + r.registrations, 0)}</td>
          <td data-label="Registered" className="num">
            {formatAmount(series.total)}
          </td>
          <td colSpan={3} className="muted small" data-label="Note">
            Target pace: the target spread evenly over the quarters. Projection: this year's pace so far carried to each
            quarter's end.
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

function DashboardBody({ scope }: { scope: ProgramScope }) {
  const client = useApolloClient();
  const variables = { city: scope.city, year: scope.year, district: scope.district, park: scope.park };
  // The client's default (cache-and-network) shows the last figures at once and refreshes them on every visit.
  const dashboard = useQuery(PROGRAM_DASHBOARD, { variables });
  const load = async (format: ExportFormat): Promise<ExportedFile> => {
    return (await queryFresh(client, PROGRAM_DASHBOARD_EXPORT, { ...variables, format })).programDashboardExport;
  };
  const exports = <ExportButtons what="dashboard" load={load} />;
  if (dashboard.error !== undefined) {
    return (
      <>
        {exports}
        <ErrorNotice error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      </>
    );
  }
  if (dashboard.data === undefined) return <Loading>Loading the dashboard…</Loading>;
  const d = dashboard.data.programDashboard;
  const series = seriesOf(d);
  return (
    <>
      {exports}
      <Figures dashboard={d} series={series} />
      <section className="volume" aria-labelledby="volume-heading">
        <h2 id="volume-heading">Volume against the yearly target</h2>
        {d.total.registrations === 0 && d.target == null ? (
          <Empty>No pledge has been registered in {scopeName(scope)} yet, and no target is set.</Empty>
        ) : (
          <VolumeChart
            rows={series.rows}
            label={`Registered amount by quarter for ${scopeName(scope)}, with the cumulative total, the target pace and the run-rate projection; the figures are in the table below.`}
          />
        )}
        <QuarterTable series={series} />
      </section>
      <Breakdowns dashboard={d} />
    </>
  );
}

/** Program staff: the year's registered volume against the target, by quarter, district, bank and industry. */
export function DashboardPage() {
  const { scope, loading, error, retry } = useProgramScope();
  const head = (
    <PageHead title="Dashboard" subtitle={scope === null ? undefined : scopeName(scope)}>
      {!loading && <ScopeForm key={scope === null ? '' : scopeName(scope)} scope={scope} withArea />}
    </PageHead>
  );
  if (error !== undefined) {
    return (
      <>
        {head}
        <ErrorNotice error={error} onRetry={retry} />
      </>
    );
  }
  if (loading) {
    return (
      <>
        {head}
        <Loading>Loading your program office…</Loading>
      </>
    );
  }
  return (
    <>
      {head}
      {scope === null ? (
        <Empty>Choose a city and a year to see its program figures.</Empty>
      ) : (
        <DashboardBody scope={scope} />
      )}
    </>
  );
}
