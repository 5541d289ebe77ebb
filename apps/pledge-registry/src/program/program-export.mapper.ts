import type { ReportColumn, ReportTable } from '@app/report-export';
import type { ProgramDashboardModel, ProgramVolumeModel } from '@registry/program/dto/program.dto.js';

/**
 * The dashboard as one long table: a row per figure, named by its GraphQL field, so each
 * sheet row maps to one value of `programDashboard` (volumes in Registrations / Amount,
 * counts of enterprises in Enterprises, ratios in Ratio, states in Key).
 */
const COLUMNS: readonly ReportColumn[] = [
  { header: 'Figure', type: 'text' },
  { header: 'Key', type: 'text' },
  { header: 'Registrations', type: 'integer' },
  { header: 'Amount (CNY)', type: 'decimal' },
  { header: 'Enterprises', type: 'integer' },
  { header: 'Ratio', type: 'percent' },
];

type Row = [string, string, number | null, string | null, number | null, string | null];

const volume = (figure: string, key: string, v: ProgramVolumeModel | null): Row => [
  figure,
  key,
  v?.registrations ?? null,
  v?.amount ?? null,
  null,
  null,
];
const ratio = (figure: string, value: string | null): Row => [figure, '', null, null, null, value];

export function dashboardTable(d: ProgramDashboardModel): ReportTable {
  const target = d.target;
  const rows: Row[] = [
    ...d.quarters.map((q) => volume('quarters', `Q${q.quarter}`, q)),
    volume('total', '', d.total),
    volume('previousYearTotal', '', d.previousYearTotal),
    ...d.byLender.map((v) => volume('byLender', v.key, v)),
    ...d.byIpcSection.map((v) => volume('byIpcSection', v.key, v)),
    ...d.bySizeBand.map((v) => volume('bySizeBand', v.key, v)),
    volume('firstTime', '', d.firstTime),
    volume('projection', '', d.projection),
    ['enterprisesServed', '', null, null, d.enterprisesServed, null],
    [
      'target',
      '',
      target?.targetRegistrations ?? null,
      target?.targetAmount ?? null,
      target?.targetEnterprises ?? null,
      null,
    ],
    ratio('underTenMillionShare', d.underTenMillionShare),
    ratio('elapsedFraction', d.elapsedFraction),
    ratio('growth', d.growth),
    ratio('projectedGrowth', d.projectedGrowth),
    ratio('growthTarget', d.growthTarget),
    ['growthOnTrack', d.growthOnTrack === null ? '' : String(d.growthOnTrack), null, null, null, null],
    ratio('amountAttainment', d.amountAttainment),
    ratio('registrationsAttainment', d.registrationsAttainment),
    ratio('enterprisesAttainment', d.enterprisesAttainment),
    ['track', d.track, null, null, null, null],
  ];
  const scope = [d.city, d.district, d.year].filter((p) => p !== null).join(' ');
  return {
    title: `Program dashboard: ${scope}`,
    sheetName: 'Program dashboard',
    columns: COLUMNS,
    rows,
  };
}
