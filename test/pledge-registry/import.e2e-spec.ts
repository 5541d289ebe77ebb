import { jest } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assertGqlData,
  assertGqlError,
  assetsOwnedBy,
  e2eEnv,
  gql,
  newPatentInput,
  PATENT_CSV_HEADER,
  patentCsv,
  patentCsvLine,
  type PatentInput,
  registerEnterprise,
  runScript,
  sql,
  tokenFor,
  withWrongCheckDigit,
} from '@app/testing';

// The e2e project's testTimeout in jest.config.js is not applied (a global-only option).
jest.setTimeout(60_000);

const env = e2eEnv();

/** Patent CSV import, through GraphQL (importPatents) and through the CLI. */

const IMPORT = `mutation($csv: String!) {
  importPatents(csv: $csv) { rowsRead inserted updated rejected rejections { line field message } }
}`;
const CLI = 'dist/apps/pledge-registry/src/cli.js';

interface Report {
  rowsRead: number;
  inserted: number;
  updated: number;
  rejected: number;
  rejections: { line: number; field: string; message: string }[];
}

const importCsv = async (csv: string): Promise<Report> =>
  assertGqlData(await gql(env.gatewayUrl, IMPORT, { csv }, { token: await tokenFor('registrar') }))
    .importPatents as Report;

const countNumbers = async (numbers: string[]): Promise<number> =>
  Number(
    (await sql<{ n: string }>('SELECT count(*) AS n FROM registry.ip_asset WHERE number = ANY($1)', [numbers]))[0]?.n,
  );

describe('importPatents (GraphQL)', () => {
  it('imports the good rows and reports each bad row with its line number in the file; a re-import updates', async () => {
    const party = await registerEnterprise();
    const owned = (p: PatentInput): PatentInput => ({
      ...p,
      owners: [{ name: party.name, creditCode: party.creditCode, share: '100' }],
    });
    const good = [
      owned(newPatentInput()),
      owned(newPatentInput({ title: 'A title with a comma, a "quote"\nand a line break' })),
      owned(newPatentInput({ kind: 'DESIGN', filingDate: '2022-03-01', ipcClasses: [] })),
    ];
    const badDate = owned(newPatentInput({ filingDate: '2023-02-29', grantDate: '2023-06-01' }));
    const badCheck = owned(newPatentInput());
    badCheck.number = withWrongCheckDigit(badCheck.number);
    const lines = [
      PATENT_CSV_HEADER, //                    line 1
      patentCsvLine(good[0] as PatentInput), // line 2
      patentCsvLine(good[1] as PatentInput), // lines 3-4 (quoted line break)
      'CN2021,INVENTION,too few cells', //     line 5: malformed
      patentCsvLine(badDate), //               line 6: 2023-02-29 does not exist
      '', //                                   line 7: blank, skipped
      patentCsvLine(badCheck), //              line 8: wrong check digit
      patentCsvLine(good[2] as PatentInput), // line 9
    ];
    const csv = `${lines.join('\n')}\n`;

    const first = await importCsv(csv);
    expect(first).toMatchObject({ rowsRead: 6, inserted: 3, updated: 0, rejected: 3 });
    expect(first.rejections.map((r) => [r.line, r.field])).toEqual([
      [5, 'row'],
      [6, 'filing_date'],
      [8, 'number'],
    ]);
    const stored = await assetsOwnedBy(party.id);
    expect(stored.map((a) => a.number).sort()).toEqual(good.map((g) => g.number).sort());

    const second = await importCsv(csv);
    expect(second).toMatchObject({ rowsRead: 6, inserted: 0, updated: 3, rejected: 3 });
    expect(second.rejections.map((r) => r.line)).toEqual([5, 6, 8]);
    expect(await countNumbers(good.map((g) => g.number))).toBe(3);
    expect(await assetsOwnedBy(party.id)).toHaveLength(3);
    // Nothing changed, so the status timestamps stayed put.
    const again = await assetsOwnedBy(party.id);
    expect(new Map(again.map((a) => [a.number, a.statusChangedAt]))).toEqual(
      new Map(stored.map((a) => [a.number, a.statusChangedAt])),
    );
  });

  it('a re-import with a changed legal status updates it and moves statusChangedAt for that row only', async () => {
    const party = await registerEnterprise();
    const owners = [{ name: party.name, creditCode: party.creditCode, share: '100' }];
    const a = newPatentInput({ owners });
    const b = newPatentInput({ owners });
    expect(await importCsv(patentCsv([a, b]))).toMatchObject({ inserted: 2, rejected: 0 });
    const before = new Map((await assetsOwnedBy(party.id)).map((x) => [x.number, x]));
    const report = await importCsv(patentCsv([{ ...a, legalStatus: 'LAPSED' }, b]));
    expect(report).toMatchObject({ inserted: 0, updated: 2, rejected: 0 });
    const after = new Map((await assetsOwnedBy(party.id)).map((x) => [x.number, x]));
    expect(after.get(a.number)?.legalStatus).toBe('LAPSED');
    expect(Date.parse(after.get(a.number)?.statusChangedAt as string)).toBeGreaterThan(
      Date.parse(before.get(a.number)?.statusChangedAt as string),
    );
    expect(after.get(b.number)?.statusChangedAt).toBe(before.get(b.number)?.statusChangedAt);
  });

  it('a number repeated in one file is stored once, the later line winning', async () => {
    const party = await registerEnterprise();
    const owners = [{ name: party.name, creditCode: party.creditCode, share: '100' }];
    const a = newPatentInput({ owners, title: 'first version' });
    const report = await importCsv(patentCsv([a, { ...a, title: 'second version' }]));
    expect(report).toMatchObject({ rowsRead: 2, rejected: 0 });
    expect(await countNumbers([a.number])).toBe(1);
    const rows = await sql<{ title: string }>('SELECT title FROM registry.ip_asset WHERE number = $1', [a.number]);
    expect(rows).toEqual([{ title: 'second version' }]);
  });

  it.each([
    [
      'a missing required column (legal_status)',
      (h: string) => h.replace(',legal_status', ''),
      (l: string[]) => l.filter((_c, i) => i !== 5),
    ],
    ['an unknown column', (h: string) => `${h},colour`, (l: string[]) => [...l, 'blue']],
    ['a repeated column', (h: string) => `${h},kind`, (l: string[]) => [...l, 'INVENTION']],
  ])('%s -> BAD_USER_INPUT, reason IMPORT_HEADER_INVALID, and no row is written', async (_name, header, cells) => {
    const p = newPatentInput();
    const csv = `${header(PATENT_CSV_HEADER)}\n${cells(patentCsvLine(p).split(',')).join(',')}\n`;
    const res = await gql(env.gatewayUrl, IMPORT, { csv }, { token: await tokenFor('registrar') });
    assertGqlError(res, { code: 'BAD_USER_INPUT', reason: 'IMPORT_HEADER_INVALID', field: 'csv' });
    expect(await countNumbers([p.number])).toBe(0);
  });
});

describe('import-patents (CLI)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ipfin-e2e-import-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports a 2,000-row file, reports the counts, exits 0; a second run updates every row', async () => {
    const patents = Array.from({ length: 2000 }, (_, i) =>
      newPatentInput({
        kind: i % 3 === 0 ? 'UTILITY_MODEL' : 'INVENTION',
        filingDate: `20${10 + (i % 12)}-0${1 + (i % 9)}-1${i % 10}`,
      }),
    );
    const file = join(dir, 'patents.csv');
    writeFileSync(file, patentCsv(patents));

    const first = await runScript(CLI, ['import-patents', file]);
    expect({ code: first.code, stderr: first.code === 0 ? '' : first.stderr }).toEqual({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/^2000 rows read, 2000 inserted, 0 updated, 0 rejected in [\d.]+ s/m);
    const numbers = patents.map((p) => p.number);
    expect(await countNumbers(numbers)).toBe(2000);

    const second = await runScript(CLI, ['import-patents', file]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^2000 rows read, 0 inserted, 2000 updated, 0 rejected/m);
    expect(await countNumbers(numbers)).toBe(2000);
  });

  it('prints each rejected line and exits 2 when some rows are rejected', async () => {
    const good = newPatentInput();
    const bad = newPatentInput();
    bad.number = withWrongCheckDigit(bad.number);
    const file = join(dir, 'mixed.csv');
    writeFileSync(file, patentCsv([good, bad]));
    const run = await runScript(CLI, ['import-patents', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('rejected line 3: number:');
    expect(run.stdout).toMatch(/^2 rows read, 1 inserted, 0 updated, 1 rejected/m);
    expect(await countNumbers([good.number, bad.number])).toBe(1);
  });

  it('a file with a bad header fails (exit 1) without writing anything', async () => {
    const p = newPatentInput();
    const file = join(dir, 'bad-header.csv');
    writeFileSync(file, `number,kind,title\n${p.number},${p.kind},${p.title}\n`);
    const run = await runScript(CLI, ['import-patents', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('missing column(s)');
    expect(await countNumbers([p.number])).toBe(0);
  });
});
