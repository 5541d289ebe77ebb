import type { ReportColumn, ReportTable } from '@app/report-export';
import type { ProgramAreaVolumeModel } from '@registry/program/dto/program-areas.dto.js';
import type { ProgramLoanVolumeModel } from '@registry/program/dto/program-loans.dto.js';
import type { ProgramDashboardModel, ProgramVolumeModel } from '@registry/program/dto/program.dto.js';

/**
 * The dashboard as one long table: a row per figure, named by its GraphQL field path, so each
 * sheet row maps to one value of `programDashboard` (registrations or loans in Count, money in
 * Amount, counts of enterprises in Enterprises, ratios in Ratio, states in Key).
 */
const COLUMNS: readonly ReportColumn[] = [
  { header: 'Figure', type: 'text' },
  { header: 'Key', type: 'text' },
  { header: 'Count', type: 'integer' },
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
const loanVolume = (figure: string, key: string, v: ProgramLoanVolumeModel): Row => [
  figure,
  key,
  v.loans,
  v.amount,
  null,
  null,
];
const ratio = (figure: string, value: string | null): Row => [figure, '', null, null, null, value];
/** A district row is keyed by the district, a park row by "district / park". */
const areaKey = (a: ProgramAreaVolumeModel): string => (a.park === null ? a.district : `${a.district} / ${a.park}`);
const areaRows = (figure: string, areas: readonly ProgramAreaVolumeModel[]): Row[] => [
  ...areas.map((a): Row => [figure, areaKey(a), a.registrations, a.amount, null, null]),
  ...areas.map((a): Row => [`loans.${figure}`, areaKey(a), a.loans, a.loanAmount, null, null]),
];

export function dashboardTable(d: ProgramDashboardModel): ReportTable {
  const target = d.target;
  const rows: Row[] = [
    ...d.quarters.map((q) => volume('quarters', `Q${q.quarter}`, q)),
    volume('total', '', d.total),
    volume('previousYearTotal', '', d.previousYearTotal),
    ...d.byLender.map((v) => volume('byLender', v.key, v)),
    ...d.byIpcSection.map((v) => volume('byIpcSection', v.key, v)),
    ...d.bySizeBand.map((v) => volume('bySizeBand', v.key, v)),
    ...areaRows('byDistrict', d.byDistrict),
    ...areaRows('byPark', d.byPark),
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
    ['underTenMillionShareBasis', d.underTenMillionShareBasis, null, null, null, null],
    ratio('registrationsUnderTenMillionShare', d.registrationsUnderTenMillionShare),
    ...d.loans.quarters.map((q) => loanVolume('loans.quarters', `Q${q.quarter}`, q)),
    loanVolume('loans.total', '', d.loans.total),
    loanVolume('loans.previousYearTotal', '', d.loans.previousYearTotal),
    ...d.loans.byLender.map((v) => loanVolume('loans.byLender', v.key, v)),
    ...d.loans.bySizeBand.map((v) => loanVolume('loans.bySizeBand', v.key, v)),
    ratio('loans.underTenMillionShare', d.loans.underTenMillionShare),
    ratio('loans.underTenMillionAmountShare', d.loans.underTenMillionAmountShare),
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
  const scope = [d.city, d.district, d.park, d.year].filter((p) => p !== null).join(' ');
  return {
    title: `Program dashboard: ${scope}`,
    sheetName: 'Program dashboard',
    columns: COLUMNS,
    rows,
  };
}
