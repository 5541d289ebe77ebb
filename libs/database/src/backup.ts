import { createReadStream, createWriteStream, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';

/**
 * Logical backups of the platform's data with nothing but Node and the pg driver (the
 * embedded PostgreSQL packages ship no pg_dump). The schema is not in the file: it is the
 * migrations', and the file records which migrations had run, so a restore rebuilds the
 * schema with the same release's migrations and then loads the rows.
 *
 * File: gzip of lines. Control lines start with `#` and hold JSON; every other line is one
 * row as the server's own `row_to_json` text, never parsed in JS, so numerics keep every
 * digit and every type round-trips through `json_populate_record` exactly (json(b) columns
 * boxed, so a stored JSON `null` stays distinct from SQL NULL).
 */
export const BACKUP_FORMAT = 'ipfin-backup';
/** 2: json(b) values boxed (see `dumpedColumn`). */
export const BACKUP_VERSION = 2;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  server: string;
  /** Per platform schema, the migrations that had run (the schema the rows belong to). */
  migrations: Record<string, string[]>;
}

export interface TableCount {
  table: string;
  rows: number;
}

export interface BackupReport {
  file: string;
  tables: TableCount[];
  rows: number;
}

interface SequenceValue {
  name: string;
  value: string;
  called: boolean;
}

const FETCH_ROWS = 2000;
const INSERT_BATCH = 1000;

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const qualified = (table: string): string => table.split('.').map(ident).join('.');

/** Schemas owned by a subgraph: those with a migrations table. */
async function platformSchemas(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ schema: string }>(
    `SELECT table_schema AS schema FROM information_schema.tables
      WHERE table_name = 'migrations' AND table_schema NOT IN ('pg_catalog', 'information_schema')
      ORDER BY 1`,
  );
  return rows.map((r) => r.schema);
}

/** Ordinary tables of the schemas, parents before children (foreign keys), migrations tables excluded. */
async function tablesInLoadOrder(client: pg.Client, schemas: string[]): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY($1) AND c.relname <> 'migrations' AND NOT c.relispartition
      ORDER BY 1`,
    [schemas],
  );
  const { rows: edges } = await client.query<{ child: string; parent: string }>(
    `SELECT cn.nspname || '.' || c.relname AS child, pn.nspname || '.' || p.relname AS parent
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
       JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace pn ON pn.oid = p.relnamespace
      WHERE k.contype = 'f' AND cn.nspname = ANY($1) AND k.conrelid <> k.confrelid`,
    [schemas],
  );
  const names = tables.map((t) => t.name);
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  for (const e of edges) if (parents.has(e.parent)) parents.get(e.child)?.add(e.parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < names.length) {
    const ready = names.filter((n) => !placed.has(n) && [...(parents.get(n) ?? [])].every((p) => placed.has(p)));
    // A foreign-key cycle across tables has no load order (the restore defers no check): say so.
    if (ready.length === 0)
      throw new Error(`foreign keys form a cycle among ${names.filter((n) => !placed.has(n)).join(', ')}`);
    for (const n of ready) {
      placed.add(n);
      ordered.push(n);
    }
  }
  return ordered;
}

interface Column {
  name: string;
  /** json or jsonb: its values are boxed in the file (see `dumpedColumn`). */
  json: boolean;
}

/** Columns a restore can write: not generated, not dropped. */
async function writableColumns(client: pg.Client, table: string): Promise<Column[]> {
  const { rows } = await client.query<Column>(
    `SELECT attname AS name, atttypid IN ('json'::regtype, 'jsonb'::regtype) AS json FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
      ORDER BY attnum`,
    [qualified(table)],
  );
  return rows;
}

/**
 * A column as the backup selects it. In `row_to_json` a SQL NULL and a JSON `null` stored in a
 * json(b) column look the same, and `json_populate_recordset` turns both into SQL NULL (a stored
 * idempotent result `null` broke a NOT NULL column on restore). So json(b) values are boxed in a
 * one-element array, and SQL NULL stays `null`; `restoredColumn` unboxes.
 */
function dumpedColumn(c: Column): string {
  const name = ident(c.name);
  return c.json ? `CASE WHEN ${name} IS NULL THEN NULL ELSE json_build_array(${name}) END AS ${name}` : name;
}

function restoredColumn(c: Column): string {
  return c.json ? `(j.r -> ${literal(c.name)}) -> 0` : `p.${ident(c.name)}`;
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

async function sequencesOf(client: pg.Client, schemas: string[]): Promise<SequenceValue[]> {
  const { rows } = await client.query<{ name: string; value: string | null; called: boolean }>(
    `SELECT schemaname || '.' || sequencename AS name, last_value::text AS value, last_value IS NOT NULL AS called
       FROM pg_sequences WHERE schemaname = ANY($1) ORDER BY 1`,
    [schemas],
  );
  return rows.map((r) => ({ name: r.name, value: r.value ?? '1', called: r.called }));
}

/**
 * Writes every row of the platform's schemas to `file`, from one snapshot (a REPEATABLE
 * READ, READ ONLY transaction: the tables agree with each other even while the platform
 * keeps writing).
 */
export async function backupDatabase(url: string, file: string): Promise<BackupReport> {
  const client = new pg.Client({ connectionString: url, application_name: 'ipfin-backup' });
  await client.connect();
  const tables: TableCount[] = [];
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query('SET LOCAL statement_timeout = 0');
    const schemas = await platformSchemas(client);
    if (schemas.length === 0) throw new Error('no platform schema in this database (nothing was ever migrated)');
    const migrations: Record<string, string[]> = {};
    for (const schema of schemas) {
      const { rows } = await client.query<{ name: string }>(
        `SELECT name FROM ${ident(schema)}.migrations ORDER BY timestamp, id`,
      );
      migrations[schema] = rows.map((r) => r.name);
    }
    const { rows: version } = await client.query<{ v: string }>('SELECT version() AS v');
    const order = await tablesInLoadOrder(client, schemas);

    async function* lines(): AsyncGenerator<string> {
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date().toISOString(),
        server: version[0]?.v ?? 'unknown',
        migrations,
      };
      yield `#${JSON.stringify(header)}\n`;
      for (const table of order) {
        const columns = await writableColumns(client, table);
        yield `#${JSON.stringify({ table, columns: columns.map((c) => c.name) })}\n`;
        const list = columns.map(dumpedColumn).join(', ');
        await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR
          SELECT row_to_json(r)::text AS j FROM (SELECT ${list} FROM ${qualified(table)}) r`);
        let count = 0;
        for (;;) {
          const { rows } = await client.query<{ j: string }>(`FETCH ${FETCH_ROWS} FROM backup_rows`);
          if (rows.length === 0) break;
          count += rows.length;
          yield rows.map((r) => `${r.j}\n`).join('');
        }
        await client.query('CLOSE backup_rows');
        tables.push({ table, rows: count });
        yield `#${JSON.stringify({ end: table, rows: count })}\n`;
      }
      yield `#${JSON.stringify({ sequences: await sequencesOf(client, schemas) })}\n`;
      yield `#${JSON.stringify({ complete: true, tables: tables.length })}\n`;
    }

    mkdirSync(dirname(file), { recursive: true });
    await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file));
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
  return { file, tables, rows: tables.reduce((sum, t) => sum + t.rows, 0) };
}

/** Reads a backup's header (first line) without loading the rest. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  statSync(file); // a missing file fails here, with its name, not as a stream error event
  const input = createReadStream(file).pipe(createGunzip());
  const reader = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of reader) return parseHeader(line);
    throw new Error(`${file} is empty`);
  } finally {
    reader.close();
    input.destroy();
  }
}

function parseHeader(line: string): BackupHeader {
  const header = line.startsWith('#') ? (JSON.parse(line.slice(1)) as Partial<BackupHeader>) : {};
  if (header.format !== BACKUP_FORMAT) throw new Error('not a platform backup (npm run db:backup writes one)');
  if (header.version !== BACKUP_VERSION) throw new Error(`backup format version ${header.version} is not supported`);
  return header as BackupHeader;
}

/**
 * Loads a backup into a database whose schemas the same migrations built (the caller ran
 * them) and which holds no rows of its own: checks the migration lists match, empties what
 * the migrations seeded, loads every table with user triggers off (the rows already are
 * what those triggers produced: chains, rollups), sets the sequences, and checks each
 * table's row count against the file - all in one transaction, so a failed restore leaves
 * nothing behind.
 */
export async function restoreDatabase(url: string, file: string): Promise<TableCount[]> {
  statSync(file);
  const client = new pg.Client({ connectionString: url, application_name: 'ipfin-restore' });
  await client.connect();
  const input = createReadStream(file).pipe(createGunzip());
  const reader = createInterface({ input, crlfDelay: Infinity });
  // Take the iterator now: readline drops the lines it emits before anyone iterates, and the
  // awaits below give a small file time to be read whole.
  const lines = reader[Symbol.asyncIterator]();
  const loaded: TableCount[] = [];
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL statement_timeout = 0');
    let header: BackupHeader | undefined;
    let table: { name: string; columns: Column[]; rows: number } | undefined;
    let batch: string[] = [];
    let complete = false;
    const flush = async (): Promise<void> => {
      if (table === undefined || batch.length === 0) return;
      const list = table.columns.map((c) => ident(c.name)).join(', ');
      await client.query(
        `INSERT INTO ${qualified(table.name)} (${list}) OVERRIDING SYSTEM VALUE
         SELECT ${table.columns.map(restoredColumn).join(', ')}
           FROM json_array_elements($1::json) AS j(r),
                LATERAL json_populate_record(NULL::${qualified(table.name)}, j.r) AS p`,
        [`[${batch.join(',')}]`],
      );
      table.rows += batch.length;
      batch = [];
    };

    for (let next = await lines.next(); next.done !== true; next = await lines.next()) {
      const line = next.value;
      if (header === undefined) {
        header = parseHeader(line);
        await prepareTarget(client, header);
        continue;
      }
      if (!line.startsWith('#')) {
        if (table === undefined) throw new Error('row outside a table section');
        batch.push(line);
        if (batch.length >= INSERT_BATCH) await flush();
        continue;
      }
      const control = JSON.parse(line.slice(1)) as {
        table?: string;
        columns?: string[];
        end?: string;
        rows?: number;
        sequences?: SequenceValue[];
        complete?: boolean;
      };
      if (control.table !== undefined && control.columns !== undefined) {
        const known = new Map((await writableColumns(client, control.table)).map((c) => [c.name, c]));
        const unknown = control.columns.filter((c) => !known.has(c));
        if (unknown.length > 0)
          throw new Error(`${control.table}: columns ${unknown.join(', ')} are not in the schema`);
        table = { name: control.table, columns: control.columns.map((c) => known.get(c) as Column), rows: 0 };
      } else if (control.end !== undefined) {
        await flush();
        if (table === undefined || table.name !== control.end || table.rows !== control.rows) {
          throw new Error(`${control.end}: ${table?.rows ?? 0} rows read, the backup says ${control.rows}`);
        }
        const [{ n }] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${qualified(table.name)}`))
          .rows as [{ n: number }];
        if (n !== table.rows) throw new Error(`${table.name}: ${n} rows after the load, the backup has ${table.rows}`);
        loaded.push({ table: table.name, rows: table.rows });
        table = undefined;
      } else if (control.sequences !== undefined) {
        for (const s of control.sequences) {
          await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [qualified(s.name), s.value, s.called]);
        }
      } else if (control.complete === true) {
        complete = true;
      }
    }
    // A truncated file (a backup interrupted while writing) must not restore as if whole.
    if (!complete) throw new Error('the backup file is incomplete (no end marker)');
    await enableTriggers(client, header);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    reader.close();
    await client.end();
  }
  return loaded;
}

async function prepareTarget(client: pg.Client, header: BackupHeader): Promise<void> {
  const schemas = Object.keys(header.migrations);
  for (const schema of schemas) {
    const { rows } = await client.query<{ name: string }>(
      `SELECT name FROM ${ident(schema)}.migrations ORDER BY timestamp, id`,
    );
    const here = rows.map((r) => r.name);
    const there = header.migrations[schema] ?? [];
    if (here.join() !== there.join()) {
      throw new Error(
        `schema ${schema}: this database ran ${here.length} migrations, the backup's ${there.length}; ` +
          'restore with the release that took the backup, then start the new release to migrate',
      );
    }
  }
  const tables = await tablesInLoadOrder(client, schemas);
  for (const table of tables) await client.query(`ALTER TABLE ${qualified(table)} DISABLE TRIGGER USER`);
  // Rows the migrations seeded (reference data) come back from the backup as they were.
  await client.query(`TRUNCATE ${tables.map(qualified).join(', ')}`);
}

async function enableTriggers(client: pg.Client, header: BackupHeader | undefined): Promise<void> {
  if (header === undefined) throw new Error('the backup file is empty');
  // Deferred constraints (e.g. the loan <-> successor loan link) queued their checks while
  // rows loaded; ALTER TABLE refuses a table with pending trigger events, so run the checks
  // now: a restore that breaks a deferred constraint fails here, inside the transaction.
  await client.query('SET CONSTRAINTS ALL IMMEDIATE');
  for (const table of await tablesInLoadOrder(client, Object.keys(header.migrations))) {
    await client.query(`ALTER TABLE ${qualified(table)} ENABLE TRIGGER USER`);
  }
}
