import { tableOf, type ColumnOf, type ReportTable } from '@app/report-export';
import type { PledgeRegisterEntryModel, PledgeStatisticsModel } from '@registry/pledge/dto/pledge-register.model.js';

/** Lists inside one cell (patents of a registration, its changes) are joined with "; ". */
const LIST = '; ';

/** The gazette's columns: exactly what `pledgeRegister` publishes, one row per registration. */
const REGISTER_COLUMNS: readonly ColumnOf<PledgeRegisterEntryModel>[] = [
  { header: 'Registration number', type: 'text', value: (e) => e.registrationNumber },
  { header: 'Status', type: 'text', value: (e) => e.status },
  { header: 'Pledgor', type: 'text', value: (e) => e.pledgorName },
  { header: 'Pledgee', type: 'text', value: (e) => e.pledgeeName },
  { header: 'Main IPC class', type: 'text', value: (e) => e.mainIpcClass },
  { header: 'Registered on', type: 'date', value: (e) => e.registeredOn },
  { header: 'Patents', type: 'integer', value: (e) => e.patents.length },
  { header: 'Patent numbers', type: 'text', value: (e) => e.patents.map((p) => p.number).join(LIST) },
  { header: 'Patent titles', type: 'text', value: (e) => e.patents.map((p) => p.title).join(LIST) },
  {
    header: 'Grant dates',
    type: 'text',
    value: (e) => e.patents.map((p) => p.grantDate ?? '').join(LIST),
  },
  { header: 'Changes', type: 'text', value: (e) => e.changes.map((c) => `${c.type} ${c.date}`).join(LIST) },
];

export function registerTable(entries: readonly PledgeRegisterEntryModel[]): ReportTable {
  return tableOf('Pledge register', REGISTER_COLUMNS, entries);
}

/** Statistics as a long table: a row per figure (named by its GraphQL field) and key. */
export function statisticsTable(s: PledgeStatisticsModel): ReportTable {
  type Row = [string, string, number | null, string | null];
  const rows: Row[] = [
    ...s.byStatus.map((b): Row => ['byStatus', b.status, b.count, null]),
    ['registrations', '', s.registrations, null],
    ...s.securedAmountRegistered.map((m): Row => ['securedAmountRegistered', m.currency, null, m.amount]),
    ['distinctPledgors', '', s.distinctPledgors, null],
    ['assetsPledged', '', s.assetsPledged, null],
  ];
  return {
    title: `Pledge statistics: ${s.from ?? 'start'} to ${s.to ?? 'now'}`,
    sheetName: 'Pledge statistics',
    columns: [
      { header: 'Figure', type: 'text' },
      { header: 'Key', type: 'text' },
      { header: 'Count', type: 'integer' },
      { header: 'Amount', type: 'decimal' },
    ],
    rows,
  };
}
