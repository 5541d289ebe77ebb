import type { IncomingMessage, ServerResponse } from 'node:http';
import { ANONYMOUS, GATEWAY_IDENTITY_HEADER, signGatewayIdentity, type Identity } from '@app/auth';

type Verifier = (token: string) => Promise<Identity | null>;

function reject(res: ServerResponse, status: number, code: string, message: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/graphql-response+json; charset=utf-8');
  if (status === 401) res.setHeader('www-authenticate', 'Bearer');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * Establishes who is calling before any GraphQL work: no Authorization header means
 * anonymous; a bearer token must verify (401 otherwise, never a silent downgrade to
 * anonymous). The verified identity replaces any identity header the client sent, and
 * is signed for the subgraphs.
 */
export function authMiddleware(verify: Verifier, sharedSecret: string) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    delete req.headers[GATEWAY_IDENTITY_HEADER];
    const header = req.headers.authorization;
    const run = async (): Promise<void> => {
      let identity: Identity = ANONYMOUS;
      if (header !== undefined) {
        const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header);
        const verified = match?.[1] === undefined ? null : await verify(match[1]);
        if (verified === null) {
          reject(res, 401, 'UNAUTHENTICATED', 'The bearer token is missing, malformed, expired or not trusted');
          return;
        }
        identity = verified;
      }
      req.headers[GATEWAY_IDENTITY_HEADER] = await signGatewayIdentity(identity, sharedSecret);
      next();
    };
    run().catch(() => reject(res, 500, 'INTERNAL_SERVER_ERROR', 'Authentication failed'));
  };
}

/** Refuses bodies over the limit before they are read (413), by their declared Content-Length. */
export function bodyLimitMiddleware(maxBytes: number) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const length = Number(req.headers['content-length'] ?? '0');
    if (Number.isFinite(length) && length > maxBytes) {
      reject(res, 413, 'PAYLOAD_TOO_LARGE', `Request body exceeds ${maxBytes} bytes`);
      return;
    }
    // Chunked bodies without a length are not counted here yet (hardening issue).
    next();
  };
}
