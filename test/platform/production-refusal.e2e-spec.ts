import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * Production mode refuses to start with the development secrets or the local token issuer:
 * each app's real entry point (from dist/) is started with NODE_ENV=production and must exit
 * with EX_CONFIG (78) naming every variable to fix, before it opens a port or a database
 * connection (the database URL below points nowhere).
 */

const ROOT = process.cwd();
const NOWHERE_DB = 'postgres://nobody@127.0.0.1:1/nothing';

function start(app: string, env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'apps', app, 'src', 'main.js')], {
      env: { PATH: process.env['PATH'] ?? '', NODE_ENV: 'production', DATABASE_URL: NOWHERE_DB, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${app} did not exit in production mode: ${stderr}`));
    }, 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

const PRIVATE = 'a-private-secret-of-forty-characters-0001';

describe('production mode', () => {
  it.each(['gateway', 'valuation', 'pledge-registry'])(
    '%s refuses the development gateway secret (exit 78, naming it)',
    async (app) => {
      const { code, stderr } = await start(app, {});
      expect(code).toBe(78);
      expect(stderr).toMatch(/GATEWAY_SHARED_SECRET/);
      expect(stderr).not.toMatch(/\bat .+\.js:\d+/);
    },
    40_000,
  );

  it('the gateway refuses the local token issuer even with private secrets', async () => {
    const { code, stderr } = await start('gateway', {
      GATEWAY_SHARED_SECRET: PRIVATE,
      JWT_SECRET: `${PRIVATE}-jwt`,
      JWKS_URL: 'https://id.example.test/.well-known/jwks.json',
    });
    expect(code).toBe(78);
    expect(stderr).toMatch(/LOCAL_ISSUER_ENABLED/);
    expect(stderr).not.toMatch(/GATEWAY_SHARED_SECRET/);
  }, 40_000);
});
