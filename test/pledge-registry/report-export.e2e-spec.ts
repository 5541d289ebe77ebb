import { jest } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { readXlsx, type XlsxCell } from '@app/report-export';
import {
  activeLoan,
  assertGqlData,
  assertGqlError,
  createAsset,
  e2eEnv,
  gql,
  ownedBy,
  pledgeParties,
  programPledgeParties,
  randomBelow,
  registerBankUser,
  registerEnterprise,
  registeredPledge,
  registrySql,
  shiftDate,
  todayInChina,
  tokenFor,
  tokenForUser,
  uniqueSuffix,
  type PledgeParties,
} from '@app/testing';
import { randomUUID } from 'node:crypto';
import { Role } from '@app/auth';

jest.setTimeout(120_000);

const env = e2eEnv();
const today = todayInChina();
const year = Number(today.slice(0, 4));
// Chinese in the city checks the BOM, the XLSX text and the file name end to end.
const city = `苏州-E2E-Export-${uniqueSuffix()}`;

const FILE = 'filename contentType encoding content byteLength rows complete endCursor';
const DASHBOARD = `query($city: String!, $year: Int!, $district: String) {
  programDashboard(city: $city, year: $year, district: $district) {
    city district year quarters { quarter registrations amount } total { registrations amount }
    previousYearTotal { registrations amount } byLender { key registrations amount }
    byIpcSection { key registrations amount } bySizeBand { key registrations amount } underTenMillionShare
    underTenMillionShareBasis registrationsUnderTenMillionShare
    byDistrict { district park registrations amount loans loanAmount } byPark { district park registrations amount loans loanAmount }
    loans { quarters { quarter loans amount } total { loans amount } previousYearTotal { loans amount }
            byLender { key loans amount } bySizeBand { key loans amount } underTenMillionShare underTenMillionAmountShare }
    firstTime { registrations amount } enterprisesServed elapsedFraction projection { registrations amount }
    growth projectedGrowth growthTarget growthOnTrack target { targetAmount targetRegistrations targetEnterprises }
    amountAttainment registrationsAttainment enterprisesAttainment track } }`;
const DASHBOARD_EXPORT = `query($city: String!, $year: Int!, $district: String, $format: ExportFormat!) {
  programDashboardExport(city: $city, year: $year, district: $district, format: $format) { ${FILE} } }`;

interface Volume {
  registrations: number;
  amount: string;
}
interface Keyed extends Volume {
  key: string;
}
interface LoanVolume {
  loans: number;
  amount: string;
}
interface Area {
  district: string;
  park: string | null;
  registrations: number;
  amount: string;
  loans: number;
  loanAmount: string;
}
interface Dashboard {
  byDistrict: Area[];
  byPark: Area[];
  quarters: (Volume & { quarter: number })[];
  total: Volume;
  previousYearTotal: Volume;
  byLender: Keyed[];
  byIpcSection: Keyed[];
  bySizeBand: Keyed[];
  underTenMillionShare: string | null;
  underTenMillionShareBasis: string;
  registrationsUnderTenMillionShare: string | null;
  loans: {
    quarters: (LoanVolume & { quarter: number })[];
    total: LoanVolume;
    previousYearTotal: LoanVolume;
    byLender: (LoanVolume & { key: string })[];
    bySizeBand: (LoanVolume & { key: string })[];
    underTenMillionShare: string | null;
    underTenMillionAmountShare: string | null;
  };
  firstTime: Volume;
  enterprisesServed: number;
  elapsedFraction: string;
  projection: Volume | null;
  growth: string | null;
  projectedGrowth: string | null;
  growthTarget: string;
  growthOnTrack: boolean | null;
  target: { targetAmount: string; targetRegistrations: number; targetEnterprises: number } | null;
  amountAttainment: string | null;
  registrationsAttainment: string | null;
  enterprisesAttainment: string | null;
  track: string;
}
interface Statistics {
  byStatus: { status: string; count: number }[];
  registrations: number;
  securedAmountRegistered: { amount: string; currency: string }[];
  distinctPledgors: number;
  assetsPledged: number;
}
interface Loan {
  id: string;
  pledgeId: string;
  lenderPartyId: string;
  borrowerPartyId: string;
  status: string;
  principal: { amount: string; currency: string };
  annualRate: string;
  termMonths: number;
  repaymentMethod: string;
  dayCount: string;
  requestedDisbursementDate: string | null;
  disbursedOn: string | null;
  outstandingPrincipal: { amount: string };
  excess: { amount: string };
  overdueDays: number;
  closeReason: string | null;
  closedOn: string | null;
}
interface RegisterEntry {
  registrationNumber: string;
  status: string;
  pledgorName: string;
  pledgeeName: string;
  mainIpcClass: string | null;
  registeredOn: string;
  patents: { number: string; title: string; grantDate: string | null }[];
  changes: { type: string; date: string }[];
}

interface ReportFile {
  filename: string;
  contentType: string;
  encoding: string;
  content: string;
  byteLength: number;
  rows: number;
  complete: boolean;
  endCursor: string | null;
}

/** The decoded bytes of an export, after checking the envelope every file shares. */
function bytesOf(file: ReportFile, format: 'CSV' | 'XLSX'): Buffer {
  expect(file.encoding).toBe('BASE64');
  expect(file.contentType).toBe(
    format === 'CSV' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  const bytes = Buffer.from(file.content, 'base64');
  expect(bytes.toString('base64')).toBe(file.content);
  expect(bytes.byteLength).toBe(file.byteLength);
  return bytes;
}

/** CSV records as strings, after checking the UTF-8 BOM and CRLF line ends. */
function csvRecords(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8').endsWith('\r\n')).toBe(true);
  const records: string[][] = parse(bytes, { bom: true, record_delimiter: '\r\n' });
  return records;
}

/** XLSX data rows (below title and header) as strings, '' for an empty cell. */
function xlsxValues(rows: (XlsxCell | null)[][], width: number): string[][] {
  return rows.map((row) => Array.from({ length: width }, (_, i) => row[i]?.value ?? ''));
}

/**
 * What the dashboard file must hold, written from the GraphQL answer: one row per figure,
 * named by its field (Figure, Key, Count, Amount, Enterprises, Ratio).
 */
function dashboardRows(d: Dashboard): string[][] {
  const n = (v: number | null | undefined): string => (v === null || v === undefined ? '' : String(v));
  const vol = (figure: string, key: string, v: Volume | null): string[] => [
    figure,
    key,
    n(v?.registrations),
    v?.amount ?? '',
    '',
    '',
  ];
  const ratio = (figure: string, r: string | null): string[] => [figure, '', '', '', '', r ?? ''];
  const loan = (figure: string, key: string, v: LoanVolume): string[] => [figure, key, n(v.loans), v.amount, '', ''];
  const key = (a: Area): string => (a.park === null ? a.district : `${a.district} / ${a.park}`);
  const areas = (figure: string, list: Area[]): string[][] => [
    ...list.map((a) => [figure, key(a), n(a.registrations), a.amount, '', '']),
    ...list.map((a) => [`loans.${figure}`, key(a), n(a.loans), a.loanAmount, '', '']),
  ];
  return [
    ...d.quarters.map((q) => vol('quarters', `Q${q.quarter}`, q)),
    vol('total', '', d.total),
    vol('previousYearTotal', '', d.previousYearTotal),
    ...d.byLender.map((v) => vol('byLender', v.key, v)),
    ...d.byIpcSection.map((v) => vol('byIpcSection', v.key, v)),
    ...d.bySizeBand.map((v) => vol('bySizeBand', v.key, v)),
    ...areas('byDistrict', d.byDistrict),
    ...areas('byPark', d.byPark),
    vol('firstTime', '', d.firstTime),
    vol('projection', '', d.projection),
    ['enterprisesServed', '', '', '', n(d.enterprisesServed), ''],
    ['target', '', n(d.target?.targetRegistrations), d.target?.targetAmount ?? '', n(d.target?.targetEnterprises), ''],
    ratio('underTenMillionShare', d.underTenMillionShare),
    ['underTenMillionShareBasis', d.underTenMillionShareBasis, '', '', '', ''],
    ratio('registrationsUnderTenMillionShare', d.registrationsUnderTenMillionShare),
    ...d.loans.quarters.map((q) => loan('loans.quarters', `Q${q.quarter}`, q)),
    loan('loans.total', '', d.loans.total),
    loan('loans.previousYearTotal', '', d.loans.previousYearTotal),
    ...d.loans.byLender.map((v) => loan('loans.byLender', v.key, v)),
    ...d.loans.bySizeBand.map((v) => loan('loans.bySizeBand', v.key, v)),
    ratio('loans.underTenMillionShare', d.loans.underTenMillionShare),
    ratio('loans.underTenMillionAmountShare', d.loans.underTenMillionAmountShare),
    ratio('elapsedFraction', d.elapsedFraction),
    ratio('growth', d.growth),
    ratio('projectedGrowth', d.projectedGrowth),
    ratio('growthTarget', d.growthTarget),
    ['growthOnTrack', d.growthOnTrack === null ? '' : String(d.growthOnTrack), '', '', '', ''],
    ratio('amountAttainment', d.amountAttainment),
    ratio('registrationsAttainment', d.registrationsAttainment),
    ratio('enterprisesAttainment', d.enterprisesAttainment),
    ['track', d.track, '', '', '', ''],
  ];
}

const DASHBOARD_HEADER = ['Figure', 'Key', 'Count', 'Amount (CNY)', 'Enterprises', 'Ratio'];

async function dashboard(variables: Record<string, unknown> = {}): Promise<Dashboard> {
  const res = await gql(env.gatewayUrl, DASHBOARD, { city, year, ...variables }, { token: await tokenFor('program') });
  return assertGqlData(res).programDashboard;
}

async function dashboardExport(format: string, variables: Record<string, unknown> = {}, who = 'program') {
  const token = who === 'anonymous' ? undefined : await tokenFor(who as 'program');
  return gql(
    env.gatewayUrl,
    DASHBOARD_EXPORT,
    { city, year, format, ...variables },
    token === undefined ? {} : { token },
  );
}

describe('report export: the program dashboard', () => {
  beforeAll(async () => {
    const bank = await registerBankUser();
    const [north, south] = await Promise.all([
      programPledgeParties(city, 'North', 'G06F16/00', bank),
      programPledgeParties(city, 'South', 'A61K9/00', bank),
    ]);
    const [northPledge] = await Promise.all([
      registeredPledge(north, { securedClaim: { type: 'LOAN', amount: '5000000.55', currency: 'CNY' } }),
      registeredPledge(south, { securedClaim: { type: 'LOAN', amount: '12345678.90', currency: 'CNY' } }),
    ]);
    await activeLoan(north.bank.token, northPledge, { principal: '4000000.00' });
    const input = { city, year, targetAmount: '40000000.25', targetRegistrations: 10, targetEnterprises: 4 };
    assertGqlData(
      await gql(
        env.gatewayUrl,
        'mutation($input: ProgramTargetInput!) { setProgramTarget(input: $input) { id } }',
        { input },
        { token: await tokenFor('program') },
      ),
    );
  });

  it('exports CSV holding exactly the figures of programDashboard', async () => {
    const file: ReportFile = assertGqlData(await dashboardExport('CSV')).programDashboardExport;
    const d = await dashboard();
    expect(d.total).toEqual({ registrations: 2, amount: '17345679.45' });
    expect(file.filename).toBe(`program-dashboard-${city}-${year}.csv`);
    expect(file.complete).toBe(true);
    expect(file.endCursor).toBeNull();
    const [header, ...rows] = csvRecords(bytesOf(file, 'CSV'));
    expect(header).toEqual(DASHBOARD_HEADER);
    expect(rows).toEqual(dashboardRows(d));
    expect(file.rows).toBe(rows.length);
    // Spot checks that the comparison is not vacuous.
    expect(rows).toContainEqual(['total', '', '2', '17345679.45', '', '']);
    expect(rows).toContainEqual(['target', '', '10', '40000000.25', '4', '']);
    expect(rows).toContainEqual(['bySizeBand', 'OVER_10M', '1', '12345678.90', '', '']);
    expect(rows).toContainEqual(['loans.total', '', '1', '4000000.00', '', '']);
    expect(rows).toContainEqual(['byDistrict', 'South', '1', '12345678.90', '', '']);
    expect(rows).toContainEqual(['loans.byDistrict', 'North', '1', '4000000.00', '', '']);
  });

  it('exports XLSX with the same figures as numbers, money and ratio formats, and the title', async () => {
    const file: ReportFile = assertGqlData(await dashboardExport('XLSX')).programDashboardExport;
    const d = await dashboard();
    expect(file.filename).toBe(`program-dashboard-${city}-${year}.xlsx`);
    const sheet = readXlsx(bytesOf(file, 'XLSX'));
    expect(sheet.sheetName).toBe('Program dashboard');
    expect(sheet.rows[0]?.[0]?.value).toBe(`Program dashboard: ${city} ${year}`);
    expect(sheet.rows[1]?.map((c) => c?.value)).toEqual(DASHBOARD_HEADER);
    const data = sheet.rows.slice(2);
    expect(xlsxValues(data, DASHBOARD_HEADER.length)).toEqual(dashboardRows(d));
    expect(file.rows).toBe(data.length);
    const total = data.find((r) => r[0]?.value === 'total');
    expect(total?.[2]).toEqual({ type: 'number', value: '2', format: '0' });
    expect(total?.[3]).toEqual({ type: 'number', value: '17345679.45', format: '#,##0.00' });
    const share = data.find((r) => r[0]?.value === 'underTenMillionShare');
    expect(share?.[5]).toEqual({ type: 'number', value: d.underTenMillionShare, format: '0.00%' });
  });

  it('applies the report arguments: a district export equals the district dashboard', async () => {
    const file: ReportFile = assertGqlData(await dashboardExport('CSV', { district: 'North' })).programDashboardExport;
    const d = await dashboard({ district: 'North' });
    expect(file.filename).toBe(`program-dashboard-${city}-North-${year}.csv`);
    const [, ...rows] = csvRecords(bytesOf(file, 'CSV'));
    expect(rows).toEqual(dashboardRows(d));
    expect(rows).toContainEqual(['total', '', '1', '5000000.55', '', '']);
  });

  it.each(['sme', 'bank', 'registrar'] as const)('refuses %s users as the dashboard does (FORBIDDEN)', async (who) => {
    for (const format of ['CSV', 'XLSX']) {
      const res = await dashboardExport(format, {}, who);
      assertGqlError(res, { code: 'FORBIDDEN', reason: 'FORBIDDEN' });
      expect(res.body.data).toBeNull();
    }
  });

  it('asks an anonymous caller to sign in', async () => {
    assertGqlError(await dashboardExport('CSV', {}, 'anonymous'), { code: 'UNAUTHENTICATED' });
  });

  it('refuses an unknown format as BAD_USER_INPUT naming it', async () => {
    assertGqlError(await dashboardExport('PDF'), { code: 'BAD_USER_INPUT', mentions: 'format' });
    assertGqlError(await dashboardExport('csv'), { code: 'BAD_USER_INPUT', mentions: 'format' });
    // Written into the document instead of a variable, it fails validation like any unknown enum value.
    const inline = await gql(
      env.gatewayUrl,
      `{ programDashboardExport(city: "x", year: ${year}, format: PDF) { filename } }`,
      {},
      { token: await tokenFor('program') },
    );
    assertGqlError(inline, { code: 'GRAPHQL_VALIDATION_FAILED', mentions: 'PDF' });
  });

  it('checks the arguments as the dashboard does', async () => {
    assertGqlError(await dashboardExport('CSV', { year: 1999 }), { code: 'BAD_USER_INPUT', field: 'year' });
    assertGqlError(await dashboardExport('XLSX', { city: ' ' }), { code: 'BAD_USER_INPUT', field: 'city' });
  });
});

describe('report export: pledge statistics', () => {
  const STATS = `query($from: LocalDate, $to: LocalDate) { pledgeStatistics(from: $from, to: $to) {
    byStatus { status count } registrations securedAmountRegistered { amount currency } distinctPledgors assetsPledged } }`;
  const STATS_EXPORT = `query($from: LocalDate, $to: LocalDate, $format: ExportFormat!) {
    pledgeStatisticsExport(from: $from, to: $to, format: $format) { ${FILE} } }`;

  const statsRows = (s: Statistics): string[][] => [
    ...s.byStatus.map((b) => ['byStatus', b.status, String(b.count), '']),
    ['registrations', '', String(s.registrations), ''],
    ...s.securedAmountRegistered.map((m) => ['securedAmountRegistered', m.currency, '', m.amount]),
    ['distinctPledgors', '', String(s.distinctPledgors), ''],
    ['assetsPledged', '', String(s.assetsPledged), ''],
  ];

  it('exports the same aggregates as pledgeStatistics', async () => {
    // Statistics are global and other spec files register in parallel: move this spec's pledge to a
    // day of its own in the past (filed and registered then), so the day's figures are this pledge's.
    // (Runs against a kept database may find an earlier run's pledge on the day: figures are compared, not assumed.)
    const day = shiftDate('2005-01-01', randomBelow(3000));
    const pledgeId = await registeredPledge(await pledgeParties());
    await registrySql(
      `UPDATE pledge SET created_at = ($2::date + time '12:00') AT TIME ZONE 'Asia/Shanghai', registered_on = $2::date
        WHERE id = $1`,
      [pledgeId, day],
    );
    const token = await tokenFor('program');
    const variables = { from: day, to: day };
    const stats = assertGqlData(await gql(env.gatewayUrl, STATS, variables, { token })).pledgeStatistics;
    expect(stats.registrations).toBeGreaterThanOrEqual(1);
    const file: ReportFile = assertGqlData(
      await gql(env.gatewayUrl, STATS_EXPORT, { ...variables, format: 'CSV' }, { token }),
    ).pledgeStatisticsExport;
    expect(file.filename).toBe(`pledge-statistics-${day}-${day}.csv`);
    const [header, ...rows] = csvRecords(bytesOf(file, 'CSV'));
    expect(header).toEqual(['Figure', 'Key', 'Count', 'Amount']);
    expect(rows).toEqual(statsRows(stats));
  });

  it('refuses parties and registrars as pledgeStatistics does', async () => {
    for (const who of ['sme', 'bank', 'registrar'] as const) {
      assertGqlError(await gql(env.gatewayUrl, STATS_EXPORT, { format: 'XLSX' }, { token: await tokenFor(who) }), {
        code: 'FORBIDDEN',
      });
    }
  });

  it('checks the period as pledgeStatistics does', async () => {
    const res = await gql(
      env.gatewayUrl,
      STATS_EXPORT,
      { from: '2026-02-01', to: '2026-01-01', format: 'CSV' },
      { token: await tokenFor('program') },
    );
    assertGqlError(res, { code: 'BAD_USER_INPUT', field: 'to' });
  });
});

describe('report export: loans', () => {
  const LOANS = `query($f: LoanFilter) { loans(filter: $f, first: 100) { edges { node {
    id pledgeId lenderPartyId borrowerPartyId status principal { amount currency } annualRate termMonths
    repaymentMethod dayCount requestedDisbursementDate disbursedOn outstandingPrincipal { amount }
    excess { amount } overdueDays closeReason closedOn } } } }`;
  const LOANS_EXPORT = `query($f: LoanFilter, $format: ExportFormat!) {
    loansExport(filter: $f, format: $format) { ${FILE} } }`;
  let parties: PledgeParties;

  beforeAll(async () => {
    parties = await pledgeParties();
    const pledgeId = await registeredPledge(parties);
    await activeLoan(parties.bank.token, pledgeId, { principal: '1234.56', annualRate: '0.04875' });
  });

  const loanRow = (l: Loan): string[] => [
    l.id,
    l.pledgeId,
    l.lenderPartyId,
    l.borrowerPartyId,
    l.status,
    l.principal.currency,
    l.principal.amount,
    l.annualRate,
    String(l.termMonths),
    l.repaymentMethod,
    l.dayCount,
    l.requestedDisbursementDate ?? '',
    l.disbursedOn ?? '',
    l.outstandingPrincipal.amount,
    l.excess.amount,
    String(l.overdueDays),
    l.closeReason ?? '',
    l.closedOn ?? '',
  ];

  it.each([
    ['the lending bank', 'bank'],
    ['the borrower', 'sme'],
  ] as const)('gives %s exactly the loans it sees in loans, in both formats', async (_who, side) => {
    const token = parties[side].token;
    const page: { edges: { node: Loan }[] } = assertGqlData(await gql(env.gatewayUrl, LOANS, {}, { token })).loans;
    const loans = page.edges.map((e) => e.node);
    expect(loans).toHaveLength(1);
    expect(loans[0]).toMatchObject({ status: 'ACTIVE', principal: { amount: '1234.56' }, annualRate: '0.04875' });

    const csv: ReportFile = assertGqlData(
      await gql(env.gatewayUrl, LOANS_EXPORT, { format: 'CSV' }, { token }),
    ).loansExport;
    expect(csv.filename).toBe(`loans-${today}.csv`);
    expect(csv.rows).toBe(1);
    const [header, ...rows] = csvRecords(bytesOf(csv, 'CSV'));
    expect(header).toHaveLength(18);
    expect(rows).toEqual(loans.map(loanRow));

    const xlsx: ReportFile = assertGqlData(
      await gql(env.gatewayUrl, LOANS_EXPORT, { format: 'XLSX', f: { status: 'ACTIVE' } }, { token }),
    ).loansExport;
    expect(xlsx.filename).toBe(`loans-ACTIVE-${today}.xlsx`);
    const sheet = readXlsx(bytesOf(xlsx, 'XLSX'));
    const data = sheet.rows.slice(2);
    const serial = (iso: string): string => String(Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569);
    const dates = new Set([11, 12, 17]);
    const expected = loans.map(loanRow).map((r) => r.map((v, i) => (dates.has(i) && v !== '' ? serial(v) : v)));
    expect(xlsxValues(data, 18)).toEqual(expected);
    expect(data[0]?.[7]).toEqual({ type: 'number', value: '0.04875', format: '0.0000%' });
  });

  it.each(['program', 'registrar'] as const)('refuses %s users as loans does', async (who) => {
    assertGqlError(await gql(env.gatewayUrl, LOANS_EXPORT, { format: 'CSV' }, { token: await tokenFor(who) }), {
      code: 'FORBIDDEN',
    });
  });
});

describe('report export: the public pledge register', () => {
  const REGISTER = `query($f: PledgeRegisterFilter) { pledgeRegister(filter: $f, first: 10) { edges { node {
    registrationNumber status pledgorName pledgeeName mainIpcClass registeredOn
    patents { number title grantDate } changes { type date } } } } }`;
  const REGISTER_EXPORT = `query($f: PledgeRegisterFilter, $format: ExportFormat!) {
    pledgeRegisterExport(filter: $f, format: $format) { ${FILE} } }`;
  // A pledgor whose registered name a spreadsheet would run as a formula.
  const formulaName = `=HYPERLINK("http://example.invalid","点击") ${uniqueSuffix()} 有限公司`;
  let assetNumber: string;

  beforeAll(async () => {
    const [party, bank] = await Promise.all([registerEnterprise({ name: formulaName }), registerBankUser()]);
    const userId = randomUUID();
    const token = await tokenForUser({
      userId,
      login: `sme-${userId.slice(0, 8)}`,
      partyId: party.id,
      roles: [Role.SME],
    });
    const asset = await createAsset({ owners: ownedBy(party) });
    assetNumber = asset.number;
    await registeredPledge({ sme: { party, userId, token }, bank, assetId: asset.id, assetNumber });
  });

  it('is public, carries only the gazette particulars, and never lets a name run as a formula', async () => {
    const f = { patentNumber: assetNumber };
    const page: { edges: { node: RegisterEntry }[] } = assertGqlData(
      await gql(env.gatewayUrl, REGISTER, { f }),
    ).pledgeRegister;
    expect(page.edges).toHaveLength(1);
    const entry = page.edges[0]!.node;
    expect(entry.pledgorName).toBe(formulaName);
    const expected = [
      entry.registrationNumber,
      entry.status,
      entry.pledgorName,
      entry.pledgeeName,
      entry.mainIpcClass ?? '',
      entry.registeredOn,
      String(entry.patents.length),
      entry.patents.map((p) => p.number).join('; '),
      entry.patents.map((p) => p.title).join('; '),
      entry.patents.map((p) => p.grantDate ?? '').join('; '),
      entry.changes.map((c) => `${c.type} ${c.date}`).join('; '),
    ];

    const csv: ReportFile = assertGqlData(
      await gql(env.gatewayUrl, REGISTER_EXPORT, { f, format: 'CSV' }),
    ).pledgeRegisterExport;
    expect(csv.filename).toBe(`pledge-register-${today}.csv`);
    const [header, ...rows] = csvRecords(bytesOf(csv, 'CSV'));
    expect(header).toEqual([
      'Registration number',
      'Status',
      'Pledgor',
      'Pledgee',
      'Main IPC class',
      'Registered on',
      'Patents',
      'Patent numbers',
      'Patent titles',
      'Grant dates',
      'Changes',
    ]);
    // CSV: the formula-looking name is behind a quote, so a spreadsheet shows it as text.
    expect(rows).toEqual([expected.map((v, i) => (i === 2 ? `'${v}` : v))]);
    expect(Buffer.from(csv.content, 'base64').toString('utf8')).toContain(`"'=HYPERLINK(""http://example.invalid""`);

    // XLSX: a string cell (never a formula) holding the name exactly.
    const xlsx: ReportFile = assertGqlData(
      await gql(env.gatewayUrl, REGISTER_EXPORT, { f, format: 'XLSX' }),
    ).pledgeRegisterExport;
    const sheet = readXlsx(bytesOf(xlsx, 'XLSX'));
    expect(sheet.rows.slice(2).map((r) => r[2])).toEqual([{ type: 'text', value: formulaName, format: null }]);
    expect(sheet.rows[2]?.[5]?.format).toBe('yyyy-mm-dd');
    expect(xlsx.rows).toBe(1);
    expect(xlsx.complete).toBe(true);
  });

  it('refuses a forged cursor as the register does', async () => {
    const res = await gql(env.gatewayUrl, `query { pledgeRegisterExport(format: CSV, after: "nope") { rows } }`);
    assertGqlError(res, { code: 'BAD_USER_INPUT', field: 'after' });
  });
});
