import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { Role } from '@app/auth';
import { readXlsx, type XlsxCell } from '@app/report-export';
import {
  activeLoan,
  assertGqlData,
  assertGqlError,
  e2eEnv,
  gql,
  newEnterpriseInput,
  programPledgeParties,
  registerBankUser,
  registeredPledge,
  registrySql,
  todayInChina,
  tokenFor,
  tokenForUser,
  uniqueSuffix,
  type TestBank,
} from '@app/testing';

jest.setTimeout(180_000);

const env = e2eEnv();
const today = todayInChina();
// One city for both programs: its subsidy ledger and its risk fund (one fund per city).
const city = `E2E-Export-Ledgers-${uniqueSuffix()}`;

const FILE = 'filename contentType encoding content byteLength rows complete endCursor';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

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

const as = (token: string | undefined, query: string, variables: Record<string, unknown> = {}) =>
  gql<Json>(env.gatewayUrl, query, variables, token === undefined ? {} : { token });

/** The decoded bytes of an export, after checking the envelope every file shares. */
function bytesOf(file: ReportFile, format: 'CSV' | 'XLSX'): Buffer {
  expect(file.encoding).toBe('BASE64');
  expect(file.contentType).toBe(
    format === 'CSV' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  expect(file.complete).toBe(true);
  expect(file.endCursor).toBeNull();
  const bytes = Buffer.from(file.content, 'base64');
  expect(bytes.byteLength).toBe(file.byteLength);
  return bytes;
}

/** Header and data records of a CSV export. */
function csvOf(file: ReportFile): { header: string[]; rows: string[][] } {
  const bytes = bytesOf(file, 'CSV');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header = [], ...rows]: string[][] = parse(bytes, { bom: true, record_delimiter: '\r\n' });
  expect(file.rows).toBe(rows.length);
  return { header, rows };
}

/** Header and data rows of an XLSX export as strings ('' for an empty cell), and the raw data cells. */
function xlsxOf(file: ReportFile): { header: string[]; rows: string[][]; cells: (XlsxCell | null)[][] } {
  const sheet = readXlsx(bytesOf(file, 'XLSX'));
  const header = (sheet.rows[1] ?? []).map((c) => c?.value ?? '');
  const cells = sheet.rows.slice(2);
  expect(file.rows).toBe(cells.length);
  return { header, rows: cells.map((r) => header.map((_, i) => r[i]?.value ?? '')), cells };
}

/** XLSX stores dates as serial days: the expected rows with those columns turned into serials. */
function withSerialDates(rows: string[][], dateColumns: readonly number[]): string[][] {
  const serial = (iso: string): string => String(Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569);
  return rows.map((r) => r.map((v, i) => (dateColumns.includes(i) && v !== '' ? serial(v) : v)));
}

const text = (v: string | number | null): string => (v === null ? '' : String(v));
const nodes = (connection: { edges: { node: Json }[] }): Json[] => connection.edges.map((e) => e.node);

describe('report export: the subsidy ledger and firm totals', () => {
  const CLAIM_FIELDS = `id city year quarter periodStart periodEnd kind loanId borrowerPartyId ruleVersionId baseAmount
    rate computedAmount cappedAmount capNote status screening rejectionReason reviewNote paidOn`;
  const CLAIMS = `query($filter: SubsidyClaimFilter!) { subsidyClaims(filter: $filter, first: 100) {
    edges { node { ${CLAIM_FIELDS} } } } }`;
  const CLAIMS_EXPORT = `query($filter: SubsidyClaimFilter!, $format: ExportFormat!, $after: String) {
    subsidyClaimsExport(filter: $filter, format: $format, after: $after) { ${FILE} } }`;
  const FIRM_TOTALS = `query($city: String!, $year: Int!, $kind: SubsidyKind) {
    subsidyFirmTotals(city: $city, year: $year, kind: $kind) { borrowerPartyId kind claimed approved paid cap remaining } }`;
  const FIRM_TOTALS_EXPORT = `query($city: String!, $year: Int!, $kind: SubsidyKind, $format: ExportFormat!) {
    subsidyFirmTotalsExport(city: $city, year: $year, kind: $kind, format: $format) { ${FILE} } }`;
  const CLAIM_HEADER = [
    'Claim ID',
    'City',
    'Year',
    'Quarter',
    'Period start',
    'Period end (exclusive)',
    'Kind',
    'Loan ID',
    'Borrower party ID',
    'Rule version ID',
    'Base amount (CNY)',
    'Rate',
    'Computed (CNY)',
    'Capped (CNY)',
    'Cap note',
    'Status',
    'Screening',
    'Rejection reason',
    'Review note',
    'Paid on',
  ];
  const filter = { city, year: 2024, quarter: 3 };
  let program: string;
  let loanId: string;

  const claimRow = (c: Json): string[] =>
    [
      c.id,
      c.city,
      c.year,
      c.quarter,
      c.periodStart,
      c.periodEnd,
      c.kind,
      c.loanId,
      c.borrowerPartyId,
      c.ruleVersionId,
      c.baseAmount,
      c.rate,
      c.computedAmount,
      c.cappedAmount,
      c.capNote,
      c.status,
      c.screening,
      c.rejectionReason,
      c.reviewNote,
      c.paidOn,
    ].map(text);
  const firmRow = (t: Json): string[] =>
    [t.borrowerPartyId, t.kind, t.claimed, t.approved, t.paid, t.cap, t.remaining].map(text);

  beforeAll(async () => {
    program = await tokenFor('program');
    const staff = async (query: string, variables: Record<string, unknown>) =>
      assertGqlData(await as(program, query, variables));
    const rule = (kind: string, share: string, capPerFirmYear: string) => ({
      input: { city, kind, title: 'E2E export rule', share, capPerFirmYear, effectiveFrom: '2024-01-01' },
    });
    const CREATE_RULE = `mutation($input: SubsidyRuleVersionInput!) { createSubsidyRuleVersion(input: $input) { id } }`;
    await staff(CREATE_RULE, rule('INTEREST_LPR_SHARE', '0.20', '5000'));
    await staff(CREATE_RULE, rule('APPRAISAL_FEE', '0.5', '50000'));
    // A loan disbursed in a past quarter (claims run on ended quarters only), with an appraisal fee.
    const parties = await programPledgeParties(city, null, 'G06F16/00');
    const pledgeId = await registeredPledge(parties, {
      securedClaim: { type: 'LOAN', amount: '1000000.00', currency: 'CNY' },
      appraisedValue: '1000000.00',
    });
    loanId = await activeLoan(parties.bank.token, pledgeId, { principal: '1000000.00' });
    await registrySql('UPDATE loan SET disbursed_on = $2 WHERE id = $1', [loanId, '2024-07-01']);
    assertGqlData(
      await as(
        parties.bank.token,
        `mutation($input: LoanSubsidyFactsInput!) { reportLoanSubsidyFacts(input: $input) { loanId } }`,
        { input: { loanId, insured: false, guaranteed: false, appraisalFee: '30000' } },
      ),
    );
    const COMPUTE = `mutation($city: String!, $year: Int!, $quarter: Int!) {
      computeSubsidyClaims(city: $city, year: $year, quarter: $quarter) { computed } }`;
    expect((await staff(COMPUTE, filter)).computeSubsidyClaims.computed).toBe(2);
    // One claim paid, so the export carries a payment date and a status past COMPUTED.
    const [fee] = (await staff(CLAIMS, { filter: { ...filter, kind: 'APPRAISAL_FEE' } })).subsidyClaims.edges;
    await staff(`mutation($ids: [ID!]!) { approveSubsidyClaims(ids: $ids) { id } }`, { ids: [fee.node.id] });
    await staff(`mutation($ids: [ID!]!) { paySubsidyClaims(ids: $ids, paidOn: "2025-01-15") { id } }`, {
      ids: [fee.node.id],
    });
  });

  it('exports exactly the claims subsidyClaims lists, in CSV and XLSX', async () => {
    const claims: Json[] = nodes(assertGqlData(await as(program, CLAIMS, { filter })).subsidyClaims);
    expect(claims.map((c) => [c.kind, c.loanId, c.status])).toEqual([
      ['APPRAISAL_FEE', loanId, 'PAID'],
      ['INTEREST_LPR_SHARE', loanId, 'COMPUTED'],
    ]);
    const expected = claims.map(claimRow);
    // The paid fee claim: half of 30,000, paid on the recorded day.
    expect(expected[0]?.slice(10, 14)).toEqual(['30000.00', '0.5', '15000.00', '15000.00']);
    expect(expected[0]?.[19]).toBe('2025-01-15');

    const csv: ReportFile = assertGqlData(
      await as(program, CLAIMS_EXPORT, { filter, format: 'CSV' }),
    ).subsidyClaimsExport;
    expect(csv.filename).toBe(`subsidy-claims-${city}-2024-Q3.csv`);
    expect(csvOf(csv)).toEqual({ header: CLAIM_HEADER, rows: expected });

    const xlsx: ReportFile = assertGqlData(
      await as(program, CLAIMS_EXPORT, { filter: { ...filter, status: 'PAID' }, format: 'XLSX' }),
    ).subsidyClaimsExport;
    expect(xlsx.filename).toBe(`subsidy-claims-${city}-2024-Q3-PAID.xlsx`);
    const sheet = xlsxOf(xlsx);
    expect(sheet.header).toEqual(CLAIM_HEADER);
    expect(sheet.rows).toEqual(withSerialDates([expected[0] ?? []], [4, 5, 19]));
    expect(sheet.cells[0]?.[12]).toEqual({ type: 'number', value: '15000.00', format: '#,##0.00' });
    expect(sheet.cells[0]?.[11]).toEqual({ type: 'number', value: '0.5', format: '0.00%' });
  });

  it('exports exactly the figures of subsidyFirmTotals, in CSV and XLSX', async () => {
    const totals: Json[] = assertGqlData(await as(program, FIRM_TOTALS, { city, year: 2024 })).subsidyFirmTotals;
    expect(totals.map((t) => [t.kind, t.paid])).toEqual(
      expect.arrayContaining([
        ['APPRAISAL_FEE', '15000.00'],
        ['INTEREST_LPR_SHARE', '0.00'],
      ]),
    );
    expect(totals).toHaveLength(2);
    const expected = totals.map(firmRow);
    const header = [
      'Borrower party ID',
      'Kind',
      'Claimed (CNY)',
      'Approved (CNY)',
      'Paid (CNY)',
      'Cap per firm (CNY)',
      'Remaining (CNY)',
    ];
    const csv: ReportFile = assertGqlData(
      await as(program, FIRM_TOTALS_EXPORT, { city, year: 2024, format: 'CSV' }),
    ).subsidyFirmTotalsExport;
    expect(csv.filename).toBe(`subsidy-firm-totals-${city}-2024.csv`);
    expect(csvOf(csv)).toEqual({ header, rows: expected });

    const fee = totals.filter((t) => t.kind === 'APPRAISAL_FEE').map(firmRow);
    const xlsx: ReportFile = assertGqlData(
      await as(program, FIRM_TOTALS_EXPORT, { city, year: 2024, kind: 'APPRAISAL_FEE', format: 'XLSX' }),
    ).subsidyFirmTotalsExport;
    expect(xlsx.filename).toBe(`subsidy-firm-totals-${city}-2024-APPRAISAL_FEE.xlsx`);
    const sheet = xlsxOf(xlsx);
    expect(sheet.header).toEqual(header);
    expect(sheet.rows).toEqual(fee);
    expect(sheet.cells[0]?.[5]).toEqual({ type: 'number', value: '50000.00', format: '#,##0.00' });
  });

  it.each(['bank', 'sme', 'registrar'] as const)(
    'refuses %s users as the subsidy reports do (FORBIDDEN)',
    async (who) => {
      const token = await tokenFor(who);
      assertGqlError(await as(token, CLAIMS_EXPORT, { filter, format: 'CSV' }), { code: 'FORBIDDEN' });
      assertGqlError(await as(token, FIRM_TOTALS_EXPORT, { city, year: 2024, format: 'XLSX' }), { code: 'FORBIDDEN' });
    },
  );

  it('checks the arguments as the subsidy reports do', async () => {
    assertGqlError(await as(program, CLAIMS_EXPORT, { filter: { city: ' ' }, format: 'CSV' }), {
      code: 'BAD_USER_INPUT',
      field: 'filter.city',
    });
    assertGqlError(await as(program, CLAIMS_EXPORT, { filter, format: 'CSV', after: 'nope' }), {
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });
});

describe('report export: the risk fund ledger and loss claims', () => {
  const LEDGER = `query($id: ID!) { riskFund(id: $id) { ledger(first: 100) {
    edges { node { id seq kind amount balanceAfter claimId bookedOn note createdAt } } } } }`;
  const LEDGER_EXPORT = `query($fundId: ID!, $format: ExportFormat!) {
    riskFundLedgerExport(fundId: $fundId, format: $format) { ${FILE} } }`;
  const CLAIM_FIELDS = `id fundId loanId pledgeId lenderPartyId status currency lossDate outstandingPrincipal
    unpaidInterest outstandingClaim appraisedValue realizedAmount realizationRatio appraisalShortfall loss
    ratio { versionId fund bank insurer appraiser } fundPart bankPart insurerPart appraiserPart capExcess
    recoveredAmount createdAt decidedAt decisionNote`;
  const CLAIMS = `query($f: RiskFundClaimFilter) { riskFundClaims(filter: $f, first: 100) { edges { node { ${CLAIM_FIELDS} } } } }`;
  const CLAIMS_EXPORT = `query($f: RiskFundClaimFilter, $format: ExportFormat!) {
    riskFundClaimsExport(filter: $f, format: $format) { ${FILE} } }`;
  let office: string;
  let bank: TestBank;
  let fundId: string;
  let fundName: string;

  const entryRow = (e: Json): string[] =>
    [e.seq, e.bookedOn, e.kind, e.amount, e.balanceAfter, e.claimId, e.note, e.id, e.createdAt].map(text);
  const claimRow = (c: Json): string[] =>
    [
      c.id,
      c.fundId,
      c.loanId,
      c.pledgeId,
      c.lenderPartyId,
      c.status,
      c.currency,
      c.lossDate,
      c.outstandingPrincipal,
      c.unpaidInterest,
      c.outstandingClaim,
      c.appraisedValue,
      c.realizedAmount,
      c.realizationRatio,
      c.appraisalShortfall,
      c.loss,
      c.ratio.versionId,
      c.ratio.fund,
      c.ratio.bank,
      c.ratio.insurer,
      c.ratio.appraiser,
      c.fundPart,
      c.bankPart,
      c.insurerPart,
      c.appraiserPart,
      c.capExcess,
      c.recoveredAmount,
      c.createdAt,
      c.decidedAt,
      c.decisionNote,
    ].map(text);

  beforeAll(async () => {
    // The fund's own program office and its staff, as risk-fund.e2e-spec sets them up.
    const admin = await tokenFor('admin');
    const party = assertGqlData(
      await as(admin, 'mutation($input: RegisterPartyInput!) { registerProgramOffice(input: $input) { id } }', {
        input: newEnterpriseInput({ city, name: `${city} program office` }),
      }),
    ).registerProgramOffice;
    const userId = randomUUID();
    office = await tokenForUser({
      userId,
      login: `program-${userId.slice(0, 8)}`,
      partyId: party.id as string,
      roles: [Role.PROGRAM_STAFF],
    });
    bank = await registerBankUser();
    fundName = `${city} risk-compensation fund`;
    const fund = assertGqlData(
      await as(office, `mutation($input: CreateRiskFundInput!) { createRiskFund(input: $input) { id } }`, {
        input: { city, name: fundName, leverageLimit: '10' },
      }),
    ).createRiskFund;
    fundId = fund.id as string;
    const run = async (query: string, variables: Record<string, unknown>, token = office) =>
      assertGqlData(await as(token, query, variables));
    await run(`mutation($input: AddRiskFundRatioVersionInput!) { addRiskFundRatioVersion(input: $input) { id } }`, {
      input: {
        fundId,
        effectiveFrom: '2020-01-01',
        fundPart: '54',
        bankPart: '26',
        insurerPart: '16',
        appraiserPart: '4',
      },
    });
    await run(`mutation($input: ContributeToRiskFundInput!) { contributeToRiskFund(input: $input) { seq } }`, {
      input: { fundId, amount: '300000.00', note: 'first tranche' },
    });
    // One enrolled loan whose pledge was realised below the debt: a claim, approved and paid from the fund.
    const parties = await programPledgeParties(city, null, 'G06F16/00', bank);
    const pledgeId = await registeredPledge(parties, { appraisedValue: '2000000.00' });
    const loanId = await activeLoan(bank.token, pledgeId, {
      principal: '1000000.00',
      annualRate: '0.049',
      termMonths: 12,
      repaymentMethod: 'ANNUITY',
    });
    await run(
      `mutation($input: EnrolLoanInRiskFundInput!) { enrolLoanInRiskFund(input: $input) { id } }`,
      {
        input: { fundId, loanId },
      },
      bank.token,
    );
    const step = (name: string, extra = '') => `mutation($id: ID!) { ${name}(id: $id${extra}) { status } }`;
    await run(step('declarePledgeDefault'), { id: pledgeId }, bank.token);
    await run(step('startPledgeEnforcement'), { id: pledgeId }, bank.token);
    await run(step('recordPledgeRealization', `, amount: "600000.00", date: "${today}"`), { id: pledgeId }, bank.token);
    const claim = (
      await run(
        `mutation($loanId: ID!) { fileRiskFundClaim(input: { loanId: $loanId }) { id } }`,
        { loanId },
        bank.token,
      )
    ).fileRiskFundClaim;
    await run(`mutation($id: ID!) { approveRiskFundClaim(id: $id, note: "auction proceeds verified") { status } }`, {
      id: claim.id,
    });
  });

  it("exports exactly the fund's ledger to its program office, in CSV and XLSX", async () => {
    const entries: Json[] = nodes(assertGqlData(await as(office, LEDGER, { id: fundId })).riskFund.ledger);
    expect(entries.map((e) => [e.seq, e.kind, e.balanceAfter])).toEqual([
      [1, 'CONTRIBUTION', '300000.00'],
      [2, 'PAYOUT', expect.any(String)],
    ]);
    expect(entries[1].amount).toMatch(/^-\d+\.\d{2}$/);
    const expected = entries.map(entryRow);
    const header = [
      'Seq',
      'Booked on',
      'Kind',
      'Amount',
      'Balance after',
      'Claim ID',
      'Note',
      'Entry ID',
      'Recorded at (UTC)',
    ];

    const csv: ReportFile = assertGqlData(
      await as(office, LEDGER_EXPORT, { fundId, format: 'CSV' }),
    ).riskFundLedgerExport;
    expect(csv.filename).toBe(`risk-fund-ledger-${city}-${today}.csv`);
    expect(csvOf(csv)).toEqual({ header, rows: expected });

    // Admins read every fund's ledger.
    const xlsx: ReportFile = assertGqlData(
      await as(await tokenFor('admin'), LEDGER_EXPORT, { fundId, format: 'XLSX' }),
    ).riskFundLedgerExport;
    const sheet = readXlsx(bytesOf(xlsx, 'XLSX'));
    expect(sheet.rows[0]?.[0]?.value).toBe(`Risk fund ledger: ${fundName} (CNY)`);
    const data = xlsxOf(xlsx);
    expect(data.header).toEqual(header);
    expect(data.rows).toEqual(withSerialDates(expected, [1]));
    expect(data.cells[1]?.[3]).toEqual({ type: 'number', value: entries[1].amount, format: '#,##0.00' });
  });

  it('exports exactly the claims riskFundClaims lists, with the loss figures, to the office and the bank', async () => {
    const f = { fundId };
    const claims: Json[] = nodes(assertGqlData(await as(office, CLAIMS, { f })).riskFundClaims);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      status: 'PAID',
      appraisedValue: '2000000.00',
      realizedAmount: '600000.00',
      realizationRatio: '0.3000',
      ratio: { fund: '54', bank: '26', insurer: '16', appraiser: '4' },
      decisionNote: 'auction proceeds verified',
    });
    const expected = claims.map(claimRow);

    const csv: ReportFile = assertGqlData(await as(office, CLAIMS_EXPORT, { f, format: 'CSV' })).riskFundClaimsExport;
    expect(csv.filename).toBe(`risk-fund-claims-${today}.csv`);
    const { header, rows } = csvOf(csv);
    expect(header).toHaveLength(30);
    expect(header.slice(8, 16)).toEqual([
      'Outstanding principal',
      'Unpaid interest',
      'Outstanding claim',
      'Appraised value',
      'Realised',
      'Realisation ratio',
      'Appraisal shortfall',
      'Loss',
    ]);
    expect(rows).toEqual(expected);

    // The lending bank sees its own claim the same way, as riskFundClaims shows it to the bank.
    const bankClaims: Json[] = nodes(assertGqlData(await as(bank.token, CLAIMS, { f })).riskFundClaims);
    const xlsx: ReportFile = assertGqlData(
      await as(bank.token, CLAIMS_EXPORT, { f: { ...f, status: 'PAID' }, format: 'XLSX' }),
    ).riskFundClaimsExport;
    expect(xlsx.filename).toBe(`risk-fund-claims-PAID-${today}.xlsx`);
    const data = xlsxOf(xlsx);
    expect(data.header).toEqual(header);
    expect(data.rows).toEqual(withSerialDates(bankClaims.map(claimRow), [7]));
    expect(data.cells[0]?.[13]).toEqual({ type: 'number', value: '0.3000', format: '0.00%' });
    expect(data.cells[0]?.[15]).toEqual({ type: 'number', value: claims[0].loss, format: '#,##0.00' });

    // Another bank's export is empty, as its claim list is.
    const stranger = await registerBankUser();
    expect(assertGqlData(await as(stranger.token, CLAIMS_EXPORT, { f, format: 'CSV' })).riskFundClaimsExport.rows).toBe(
      0,
    );
  });

  it('refuses the ledger to anyone who does not run the fund, as RiskFund.ledger does', async () => {
    // Banks read funds but not ledgers: refused by role.
    assertGqlError(await as(bank.token, LEDGER_EXPORT, { fundId, format: 'CSV' }), { code: 'FORBIDDEN' });
    // Program staff of another office: refused by the fund's own check.
    assertGqlError(await as(await tokenFor('program'), LEDGER_EXPORT, { fundId, format: 'XLSX' }), {
      code: 'FORBIDDEN',
      reason: 'NOT_FUND_ADMINISTRATOR',
    });
    assertGqlError(await as(await tokenFor('program'), LEDGER, { id: fundId }), {
      code: 'FORBIDDEN',
      reason: 'NOT_FUND_ADMINISTRATOR',
    });
    assertGqlError(await as(office, LEDGER_EXPORT, { fundId: randomUUID(), format: 'CSV' }), {
      code: 'NOT_FOUND',
      field: 'fundId',
    });
  });

  it.each(['sme', 'registrar'] as const)('refuses %s users the claims export as riskFundClaims does', async (who) => {
    const token = await tokenFor(who);
    assertGqlError(await as(token, CLAIMS_EXPORT, { format: 'CSV' }), { code: 'FORBIDDEN' });
    assertGqlError(await as(token, CLAIMS, {}), { code: 'FORBIDDEN' });
  });
});
