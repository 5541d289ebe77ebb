import pg from 'pg';

export function parseDatabaseUrl(url: string): { database: string; adminUrl: string } {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return { database, adminUrl: admin.toString() };
}

/** Creates the database named in the URL when it does not exist yet (first start). */
export async function ensureDatabaseExists(url: string): Promise<boolean> {
  const { database, adminUrl } = parseDatabaseUrl(url);
  if (!/^[A-Za-z0-9_]+$/.test(database)) throw new Error(`Unsupported database name: ${database}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${database}"`);
      return true;
    }
    return false;
  } finally {
    await client.end();
  }
}
