import { readXlsx, writeCsv, writeXlsx } from '@app/report-export';
import { ProgramTrack } from '@registry/program/domain/program-dashboard.js';
import type { ProgramDashboardModel } from '@registry/program/dto/program.dto.js';
import { dashboardTable } from './program-export.mapper.js';

const vol = (registrations: number, amount: string) => ({ registrations, amount });

/** A dashboard without target, projection or previous year: the optional figures are empty cells. */
const lv = (loans: number, amount: string) => ({ loans, amount });

const BARE = {
  city: '苏州',
  district: null,
  park: null,
  year: 2027,
  quarters: [1, 2, 3, 4].map((quarter) => ({ quarter, ...vol(0, '0.00') })),
  total: vol(0, '0.00'),
  previousYearTotal: vol(0, '0.00'),
  byLender: [],
  byIpcSection: [],
  bySizeBand: [],
  byDistrict: [],
  byPark: [],
  underTenMillionShare: null,
  underTenMillionShareBasis: 'SECURED_AMOUNT',
  registrationsUnderTenMillionShare: null,
  loans: {
    quarters: [1, 2, 3, 4].map((quarter) => ({ quarter, ...lv(0, '0.00') })),
    total: lv(0, '0.00'),
    previousYearTotal: lv(0, '0.00'),
    byLender: [],
    bySizeBand: [],
    underTenMillionShare: null,
    underTenMillionAmountShare: null,
  },
  firstTime: vol(0, '0.00'),
  enterprisesServed: 0,
  elapsedFraction: '0',
  projection: null,
  growth: null,
  projectedGrowth: null,
  growthTarget: '0.2',
  growthOnTrack: null,
  target: null,
  amountAttainment: null,
  registrationsAttainment: null,
  enterprisesAttainment: null,
  track: ProgramTrack.NO_TARGET,
} as unknown as ProgramDashboardModel;

describe('dashboardTable', () => {
  it('writes a row per figure, empty cells for absent ones, in both formats', () => {
    const table = dashboardTable(BARE);
    expect(table.title).toBe('Program dashboard: 苏州 2027');
    expect(table.rows.map((r) => r[0])).toEqual([
      'quarters',
      'quarters',
      'quarters',
      'quarters',
      'total',
      'previousYearTotal',
      'firstTime',
      'projection',
      'enterprisesServed',
      'target',
      'underTenMillionShare',
      'underTenMillionShareBasis',
      'registrationsUnderTenMillionShare',
      'loans.quarters',
      'loans.quarters',
      'loans.quarters',
      'loans.quarters',
      'loans.total',
      'loans.previousYearTotal',
      'loans.underTenMillionShare',
      'loans.underTenMillionAmountShare',
      'elapsedFraction',
      'growth',
      'projectedGrowth',
      'growthTarget',
      'growthOnTrack',
      'amountAttainment',
      'registrationsAttainment',
      'enterprisesAttainment',
      'track',
    ]);
    expect(table.rows.find((r) => r[0] === 'target')).toEqual(['target', '', null, null, null, null]);
    expect(table.rows.find((r) => r[0] === 'track')).toEqual(['track', 'NO_TARGET', null, null, null, null]);
    expect(new TextDecoder().decode(writeCsv(table))).toContain('\r\nprojection,,,,,\r\n');
    const sheet = readXlsx(writeXlsx(table));
    expect(sheet.rows).toHaveLength(2 + table.rows.length);
  });

  it('keys lenders, sections and bands (of registrations and of loans) and keeps district and park in the title', () => {
    const table = dashboardTable({
      ...BARE,
      district: 'Gusu',
      park: 'SIP',
      loans: { ...BARE.loans, byLender: [{ key: 'bank-1', ...lv(1, '3000000.00') }], total: lv(1, '3000000.00') },
      byLender: [{ key: 'bank-1', ...vol(2, '8000000.00') }],
      bySizeBand: [{ key: 'UNDER_10M', ...vol(2, '8000000.00') }],
      growthOnTrack: false,
      byPark: [
        { district: 'Gusu', park: 'SIP', registrations: 2, amount: '8000000.00', loans: 1, loanAmount: '3000000.00' },
      ],
    });
    expect(table.title).toBe('Program dashboard: 苏州 Gusu SIP 2027');
    expect(table.rows).toContainEqual(['loans.byLender', 'bank-1', 1, '3000000.00', null, null]);
    expect(table.rows).toContainEqual(['loans.total', '', 1, '3000000.00', null, null]);
    expect(table.rows).toContainEqual(['byPark', 'Gusu / SIP', 2, '8000000.00', null, null]);
    expect(table.rows).toContainEqual(['loans.byPark', 'Gusu / SIP', 1, '3000000.00', null, null]);
    expect(table.rows).toContainEqual(['byLender', 'bank-1', 2, '8000000.00', null, null]);
    expect(table.rows).toContainEqual(['bySizeBand', 'UNDER_10M', 2, '8000000.00', null, null]);
    expect(table.rows).toContainEqual(['growthOnTrack', 'false', null, null, null, null]);
  });
});
