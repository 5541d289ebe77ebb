import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import { e2eEnv, pledgeParties, registeredPledge, runScript, uniqueSuffix } from '@app/testing';

jest.setTimeout(180_000);

const env = e2eEnv();
const BACKUP = 'dist/scripts/db-backup.js';
const RESTORE = 'dist/scripts/db-restore.js';
const VERIFY = 'dist/apps/pledge-registry/src/cli.js';

/** `<table>: <n> rows` lines of the backup and restore commands' output. */
function counts(output: string): Record<string, number> {
  return Object.fromEntries(
    [...output.matchAll(/^([a-z_]+\.[a-z_0-9]+): (\d+) rows$/gm)].map((m) => [m[1], Number(m[2])]),
  );
}

async function query<R extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Backup and restore end to end: `db:backup` of the e2e database while the other specs
 * keep writing to it, `db:restore` into a fresh database on the same server, then the
 * restored copy's audit chains verify, every table holds the backup's row count, and the
 * append-only audit log is byte-for-byte the source's.
 */
describe('backup and restore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ipfin-backup-'));
  const file = join(dir, 'platform.backup.gz');
  const name = `ipfin_restore_${uniqueSuffix()}`;
  const restoredUrl = ((): string => {
    const url = new URL(env.databaseUrl);
    url.pathname = `/${name}`;
    return url.toString();
  })();

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await query(env.databaseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it('restores a backup into a fresh database with the same rows and intact audit chains', async () => {
    // At least one registration of this spec's own in the backup, and stored JSON values that a
    // naive JSON round trip would turn into SQL NULL (a JSON null) or change (an object).
    await registeredPledge(await pledgeParties());
    const jsonRows = [
      [randomUUID(), `backup-null-${uniqueSuffix()}`, 'null'],
      [randomUUID(), `backup-object-${uniqueSuffix()}`, '{"id": "x", "n": 1.50}'],
    ] as const;
    for (const [userId, key, response] of jsonRows) {
      await query(
        env.databaseUrl,
        `INSERT INTO registry.idempotency_key (user_id, key, operation, request_hash, response)
         VALUES ($1, $2, 'backupSpec', repeat('0', 64), $3::jsonb)`,
        [userId, key, response],
      );
    }

    const started = Date.now();
    const backup = await runScript(BACKUP, [file]);
    const backupMs = Date.now() - started;
    expect({ code: backup.code, stderr: backup.stderr }).toEqual({ code: 0, stderr: '' });
    const written = counts(backup.stdout);
    expect(written['registry.audit_event']).toBeGreaterThan(0);
    expect(written['registry.pledge']).toBeGreaterThan(0);
    expect(written['valuation.valuation']).toBeGreaterThanOrEqual(0);

    const restoreStarted = Date.now();
    const restore = await runScript(RESTORE, [file, '--database', name]);
    const restoreMs = Date.now() - restoreStarted;
    expect({ code: restore.code, stderr: restore.stderr }).toEqual({ code: 0, stderr: '' });
    expect(counts(restore.stdout)).toEqual(written);
    expect(restore.stdout).toMatch(/^\d+ chains, \d+ links verified: intact$/m);

    // Counted again in the restored database, independently of the command's own check.
    const restored = await query<{ t: string; n: number }>(
      restoredUrl,
      `SELECT n.nspname || '.' || c.relname AS t,
              (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I.%I', n.nspname, c.relname), false, true, '')))[1]::text::int AS n
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('registry', 'valuation') AND c.relkind = 'r' AND c.relname <> 'migrations'`,
    );
    expect(Object.fromEntries(restored.map((r) => [r.t, r.n]))).toEqual(written);

    for (const [userId, key, response] of jsonRows) {
      const [row] = await query<{ same: boolean }>(
        restoredUrl,
        'SELECT response IS NOT NULL AND response = $3::jsonb AS same FROM registry.idempotency_key WHERE user_id = $1 AND key = $2',
        [userId, key, response],
      );
      expect([key, row?.same]).toEqual([key, true]);
    }

    const verify = await runScript(VERIFY, ['verify-audit'], { DATABASE_URL: restoredUrl });
    expect(verify.stdout).toMatch(/^\d+ chains, \d+ links verified: intact$/m);
    expect(verify.code).toBe(0);

    // The log is append-only: the restored rows are exactly the source's same rows.
    const digest = `SELECT count(*)::int AS n, md5(string_agg(row_to_json(e)::text, '|' ORDER BY e.id)) AS h
                      FROM registry.audit_event e WHERE e.id = ANY($1::bigint[])`;
    const ids = (await query<{ id: string }>(restoredUrl, 'SELECT id FROM registry.audit_event')).map((r) => r.id);
    const [copy] = await query(restoredUrl, digest, [ids]);
    const [source] = await query(env.databaseUrl, digest, [ids]);
    expect(copy).toEqual(source);
    expect(copy?.n).toBe(written['registry.audit_event']);

    process.stdout.write(
      `backup-restore: ${Object.keys(written).length} tables, ${Object.values(written).reduce((a, b) => a + b, 0)} rows, ` +
        `backup ${backupMs} ms, restore (with migrations) ${restoreMs} ms\n`,
    );

    // The sequences continue after the restored rows.
    const [next] = await query<{ ok: boolean }>(
      restoredUrl,
      `SELECT (SELECT last_value FROM registry.audit_event_id_seq) >= (SELECT coalesce(max(id), 0) FROM registry.audit_event) AS ok`,
    );
    expect(next?.ok).toBe(true);
  });

  it('refuses to overwrite an existing database without --replace, and a truncated file', async () => {
    const again = await runScript(RESTORE, [file, '--database', name]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`database ${name} exists: pass --replace`);

    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    const truncated = join(dir, 'truncated.backup.gz');
    writeFileSync(truncated, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join('\n')));
    const partial = `${name}_partial`;
    try {
      const cut = await runScript(RESTORE, [truncated, '--database', partial]);
      expect(cut.code).toBe(1);
      expect(cut.stderr).toMatch(/incomplete|rows read/);
      // Nothing was loaded: the restore is one transaction.
      const partialUrl = restoredUrl.replace(`/${name}`, `/${partial}`);
      const [parties] = await query<{ n: number }>(partialUrl, 'SELECT count(*)::int AS n FROM registry.party');
      expect(parties?.n).toBe(0);
    } finally {
      await query(env.databaseUrl, `DROP DATABASE IF EXISTS "${partial}" WITH (FORCE)`);
    }
  });
});
