import { jest } from '@jest/globals';
import {
  assertGqlData,
  assertGqlError,
  e2eEnv,
  gql,
  newCreditCode,
  sql,
  tokenFor,
  uniqueSuffix,
  withWrongCheckChar,
  type DemoLogin,
} from '@app/testing';

jest.setTimeout(60_000);

const env = e2eEnv();

/** The IP credit-loss list and the examination calendar: the data the pledge rules read. */

const ADD = `mutation($input: AddCreditListEntryInput!) {
  addCreditListEntry(input: $input) { id creditCode entityName conduct listedOn expiresOn removedOn }
}`;
const LIST = `query($f: CreditListFilter) { creditListEntries(filter: $f, first: 10) { edges { node { id expiresOn } } } }`;

const call = async (login: DemoLogin, query: string, variables: Record<string, unknown>) =>
  gql<Record<string, { id: string; expiresOn: string; removedOn: string | null }>>(env.gatewayUrl, query, variables, {
    token: await tokenFor(login),
  });

const entry = (overrides: Record<string, unknown> = {}) => ({
  creditCode: newCreditCode(),
  entityName: `Abnormal Filings ${uniqueSuffix()}`,
  conduct: 'ABNORMAL_PATENT_FILING',
  issuingAuthority: 'CNIPA',
  listedOn: '2026-03-01',
  ...overrides,
});

const inForce = async (creditCode: string, on: string): Promise<number> => {
  const res = await gql<{ creditListEntries: { edges: unknown[] } }>(
    env.gatewayUrl,
    LIST,
    { f: { creditCode, inForceOn: on } },
    { token: await tokenFor('bank') },
  );
  return assertGqlData(res).creditListEntries.edges.length;
};

describe('credit list', () => {
  it('a registrar lists an entity for the default year; it is in force from listing to the day before expiry', async () => {
    const input = entry();
    const added = assertGqlData(await call('registrar', ADD, { input })).addCreditListEntry;
    expect(added).toMatchObject({ creditCode: input.creditCode, listedOn: '2026-03-01', expiresOn: '2027-03-01' });
    expect(await inForce(input.creditCode, '2026-02-28')).toBe(0);
    expect(await inForce(input.creditCode, '2026-03-01')).toBe(1);
    expect(await inForce(input.creditCode, '2027-02-28')).toBe(1);
    expect(await inForce(input.creditCode, '2027-03-01')).toBe(0);
  });

  it('extends up to three years and no further; removal ends it early and freezes it', async () => {
    const input = entry();
    const id = assertGqlData(await call('registrar', ADD, { input })).addCreditListEntry?.id;
    const EXTEND =
      'mutation($id: ID!, $on: LocalDate!) { extendCreditListEntry(id: $id, expiresOn: $on) { expiresOn } }';
    assertGqlError(await call('registrar', EXTEND, { id, on: '2029-03-02' }), {
      code: 'BAD_USER_INPUT',
      reason: 'CREDIT_ENTRY_INVALID',
      field: 'expiresOn',
    });
    expect(assertGqlData(await call('registrar', EXTEND, { id, on: '2029-03-01' })).extendCreditListEntry).toEqual({
      expiresOn: '2029-03-01',
    });
    const REMOVE = `mutation($id: ID!, $on: LocalDate!) { removeCreditListEntry(id: $id, removedOn: $on, note: "credit repaired") { removedOn } }`;
    expect(assertGqlData(await call('admin', REMOVE, { id, on: '2026-09-01' })).removeCreditListEntry).toEqual({
      removedOn: '2026-09-01',
    });
    expect(await inForce(input.creditCode, '2026-08-31')).toBe(1);
    expect(await inForce(input.creditCode, '2026-09-01')).toBe(0);
    assertGqlError(await call('registrar', EXTEND, { id, on: '2029-02-01' }), {
      code: 'CONFLICT',
      reason: 'CREDIT_ENTRY_REMOVED',
    });
  });

  it.each([
    ['a wrong check character', { creditCode: withWrongCheckChar(newCreditCode()) }, 'input.creditCode'],
    ['an expiry before listing', { expiresOn: '2026-02-01' }, 'input.expiresOn'],
    ['more than the maximum term', { expiresOn: '2030-01-01' }, 'input.expiresOn'],
  ])('refuses %s, naming the field, and records nothing', async (_what, overrides, field) => {
    const input = entry(overrides);
    assertGqlError(await call('registrar', ADD, { input }), { code: 'BAD_USER_INPUT', field });
    const rows = await sql('SELECT 1 FROM registry.credit_list_entry WHERE entity_name = $1', [input.entityName]);
    expect(rows).toHaveLength(0);
  });

  it.each<DemoLogin>(['sme', 'bank', 'program'])('%s may read the list but not write it', async (login) => {
    assertGqlError(await call(login, ADD, { input: entry() }), { code: 'FORBIDDEN' });
  });

  it('a retried addCreditListEntry with its idempotency key records one entry; the key with other input is refused', async () => {
    const KEYED = ADD.replace(
      '($input: AddCreditListEntryInput!)',
      '($input: AddCreditListEntryInput!, $key: String)',
    ).replace('addCreditListEntry(input: $input)', 'addCreditListEntry(input: $input, idempotencyKey: $key)');
    const input = entry();
    const key = `credit-${uniqueSuffix()}`;
    const first = assertGqlData(await call('registrar', KEYED, { input, key })).addCreditListEntry?.id;
    const again = assertGqlData(await call('registrar', KEYED, { input, key })).addCreditListEntry?.id;
    expect(again).toBe(first);
    const rows = await sql('SELECT 1 FROM registry.credit_list_entry WHERE credit_code = $1', [input.creditCode]);
    expect(rows).toHaveLength(1);
    assertGqlError(await call('registrar', KEYED, { input: { ...input, entityName: 'Other' }, key }), {
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
      field: 'idempotencyKey',
    });
  });

  it('anonymous callers may not read it', async () => {
    const res = await gql(env.gatewayUrl, LIST, {});
    expect(res.body.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });
});

describe('credit list CSV import', () => {
  const IMPORT = `mutation($csv: String!, $key: String) { importCreditList(csv: $csv, idempotencyKey: $key) {
    rowsRead inserted unchanged rejected rejections { line field message } } }`;
  interface Report {
    rowsRead: number;
    inserted: number;
    unchanged: number;
    rejected: number;
    rejections: { line: number; field: string; message: string }[];
  }
  const importCsv = async (csv: string, login: DemoLogin = 'registrar', key?: string) =>
    gql<{ importCreditList: Report }>(env.gatewayUrl, IMPORT, { csv, key }, { token: await tokenFor(login) });
  const HEADER = 'credit_code,entity_name,conduct,issuing_authority,listed_on,expires_on';
  const countFor = async (codes: string[]) =>
    (await sql('SELECT 1 FROM registry.credit_list_entry WHERE credit_code = ANY($1::char(18)[])', [codes])).length;

  it('imports every row; re-importing the file adds nothing and says so', async () => {
    const codes = [newCreditCode(), newCreditCode()];
    const csv = `${HEADER}\n${codes[0]},Alpha Filings,abnormal_patent_filing,CNIPA,2026-01-10,\n${codes[1]},Beta Agency,ILLEGAL_AGENCY,Jiangsu AMR,2026-02-01,2028-02-01\n`;
    expect(assertGqlData(await importCsv(csv)).importCreditList).toEqual({
      rowsRead: 2,
      inserted: 2,
      unchanged: 0,
      rejected: 0,
      rejections: [],
    });
    expect(assertGqlData(await importCsv(csv)).importCreditList).toMatchObject({ inserted: 0, unchanged: 2 });
    expect(await countFor(codes)).toBe(2);
  });

  it('is all or nothing: one bad line rejects the file, naming line and field, and writes nothing', async () => {
    const good = newCreditCode();
    const csv = `${HEADER}\n${good},Gamma,FALSE_MATERIALS,CNIPA,2026-01-10,\n${withWrongCheckChar(newCreditCode())},Delta,SPAM,CNIPA,2026-01-10,2031-01-10\n`;
    const report = assertGqlData(await importCsv(csv)).importCreditList;
    expect(report).toMatchObject({ rowsRead: 2, inserted: 0, rejected: 1 });
    expect(report.rejections.map((r) => [r.line, r.field])).toEqual([
      [3, 'credit_code'],
      [3, 'conduct'],
    ]);
    expect(await countFor([good])).toBe(0);
  });

  it('a term beyond the maximum is a rejection of that line', async () => {
    const csv = `${HEADER}\n${newCreditCode()},Eps,FALSE_MATERIALS,CNIPA,2026-01-10,2030-01-11\n`;
    const report = assertGqlData(await importCsv(csv)).importCreditList;
    expect(report.rejections).toEqual([{ line: 2, field: 'expires_on', message: expect.stringContaining('3 years') }]);
  });

  it.each([
    ['a header without listed_on', 'credit_code,entity_name,conduct,issuing_authority\n'],
    ['an unknown column', `${HEADER},note\n`],
    ['malformed quoting', `${HEADER}\n"unclosed,x,y,z,2026-01-01,\n`],
  ])('%s -> BAD_USER_INPUT on csv', async (_what, csv) => {
    assertGqlError(await importCsv(csv), { code: 'BAD_USER_INPUT', field: 'csv' });
  });

  it('the same entry added twice by hand is CONFLICT CREDIT_ENTRY_EXISTS, even when both race', async () => {
    const input = entry();
    const [a, b] = await Promise.all([call('registrar', ADD, { input }), call('registrar', ADD, { input })]);
    const outcomes = [a, b].map((r) => (r.body.errors === undefined ? 'ok' : r.body.errors[0]?.extensions?.['reason']));
    expect(outcomes.sort()).toEqual(['CREDIT_ENTRY_EXISTS', 'ok']);
    expect(await countFor([input.creditCode])).toBe(1);
  });

  it('only registrars and admins import', async () => {
    assertGqlError(await importCsv(`${HEADER}\n`, 'program'), { code: 'FORBIDDEN' });
  });
});

describe('examination calendar', () => {
  // Far-future days: other suites compute real deadlines from this calendar in parallel.
  const SET = `mutation($input: SetCalendarDaysInput!) { setCalendarDays(input: $input) { day working note } }`;
  const DAYS = `query($from: LocalDate!, $to: LocalDate!) { calendarDays(from: $from, to: $to) { day working note } }`;

  it('an admin records a weekday holiday and a make-up Saturday; re-recording a day replaces it', async () => {
    const days = [
      { day: '2099-10-01', working: false, note: 'National Day' },
      { day: '2099-10-10', working: true, note: 'make-up day' },
    ];
    expect(assertGqlData(await call('admin', SET, { input: { days } })).setCalendarDays).toEqual(days);
    const renamed = [{ day: '2099-10-01', working: false, note: 'National Day (1)' }];
    assertGqlData(await call('admin', SET, { input: { days: renamed } }));
    const read = assertGqlData(await call('sme', DAYS, { from: '2099-09-30', to: '2099-10-31' })).calendarDays;
    expect(read).toEqual([renamed[0], days[1]]);
  });

  it.each([
    ['a holiday on a Saturday', { day: '2099-10-03', working: false, note: 'x' }],
    ['a working Thursday', { day: '2099-10-08', working: true, note: 'x' }],
  ])('refuses %s (not an exception to the plain week)', async (_what, day) => {
    assertGqlError(await call('admin', SET, { input: { days: [day] } }), {
      code: 'BAD_USER_INPUT',
      reason: 'CALENDAR_DAY_NOT_AN_EXCEPTION',
      field: 'input.days[0].working',
    });
  });

  it('only admins keep the calendar', async () => {
    const days = [{ day: '2099-11-02', working: false, note: 'x' }];
    assertGqlError(await call('registrar', SET, { input: { days } }), { code: 'FORBIDDEN' });
  });
});
