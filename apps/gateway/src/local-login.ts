import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEMO_USERS, issueDemoToken, type LocalSigner } from '@app/demo-data';

/** A login request is one short JSON object; anything longer is refused unread. */
const MAX_BODY_BYTES = 1024;

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

/** The same error shape as GraphQL errors, so the console maps both the same way. */
function refuse(res: ServerResponse, status: number, code: string, message: string, field?: string): void {
  send(res, status, { errors: [{ message, extensions: field === undefined ? { code } : { code, field } }] });
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function localToken(req: IncomingMessage, res: ServerResponse, signer: LocalSigner): Promise<void> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    refuse(res, 415, 'BAD_REQUEST', 'Send the login as application/json: {"login": "..."}');
    return;
  }
  const text = await readBody(req);
  if (text === null) {
    res.setHeader('connection', 'close');
    refuse(res, 413, 'PAYLOAD_TOO_LARGE', `Request body exceeds ${MAX_BODY_BYTES} bytes`);
    return;
  }
  let login: unknown;
  try {
    login = (JSON.parse(text) as { login?: unknown } | null)?.login;
  } catch {
    refuse(res, 400, 'BAD_USER_INPUT', 'The body is not valid JSON', 'login');
    return;
  }
  const user = typeof login === 'string' ? DEMO_USERS.find((u) => u.login === login) : undefined;
  if (user === undefined) {
    refuse(res, 400, 'BAD_USER_INPUT', 'No demo user has this login', 'login');
    return;
  }
  const token = await issueDemoToken(user.login, signer);
  send(res, 200, { token, user: { login: user.login, displayName: user.displayName, roles: user.roles } });
}

/**
 * The local login of the web console, mounted only while the local issuer is enabled
 * (production refuses to start with it): `GET /auth/demo-logins` lists the demo users,
 * `POST /auth/local-token {"login"}` signs a token for one of them exactly like
 * `npm run token`. Other paths pass through.
 */
export function localLoginMiddleware(signer: LocalSigner) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const path = (req.url ?? '').split('?')[0];
    if (path === '/auth/demo-logins') {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('allow', 'GET, HEAD');
        refuse(res, 405, 'METHOD_NOT_ALLOWED', 'Use GET');
        return;
      }
      send(res, 200, {
        users: DEMO_USERS.map(({ login, displayName, roles }) => ({ login, displayName, roles })),
      });
      return;
    }
    if (path === '/auth/local-token') {
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        refuse(res, 405, 'METHOD_NOT_ALLOWED', 'Use POST');
        return;
      }
      localToken(req, res, signer).catch(() =>
        refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'The token could not be issued'),
      );
      return;
    }
    next();
  };
}
