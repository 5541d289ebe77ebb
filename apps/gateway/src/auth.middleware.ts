import type { IncomingMessage, ServerResponse } from 'node:http';
import { setRateLimitSubject } from '@gateway/limits.plugin.js';
import { responseMediaType } from '@gateway/media-type.js';
import { ANONYMOUS, GATEWAY_IDENTITY_HEADER, signGatewayIdentity, type Identity } from '@app/auth';

type Verifier = (token: string) => Promise<Identity | null>;

function reject(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string): void {
  res.statusCode = status;
  res.setHeader('content-type', `${responseMediaType(req.headers.accept)}; charset=utf-8`);
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
          reject(req, res, 401, 'UNAUTHENTICATED', 'The bearer token is missing, malformed, expired or not trusted');
          return;
        }
        identity = verified;
      }
      req.headers[GATEWAY_IDENTITY_HEADER] = await signGatewayIdentity(identity, sharedSecret);
      setRateLimitSubject(req, identity.anonymous ? null : identity.userId);
      next();
    };
    run().catch(() => reject(req, res, 500, 'INTERNAL_SERVER_ERROR', 'Authentication failed'));
  };
}

/**
 * Refuses bodies over the limit with 413 PAYLOAD_TOO_LARGE: by the declared Content-Length
 * before anything is read, and a body sent without one (chunked) by counting it as it
 * arrives; such a body is buffered here (at most the limit) and handed on to the runtime.
 */
/** How far past the limit a chunked upload is still read (and dropped) before the refusal. */
const DRAIN_FACTOR = 4;

export function bodyLimitMiddleware(maxBytes: number) {
  const tooLarge = (req: IncomingMessage, res: ServerResponse): void => {
    // The rest of an oversized body is not read: the connection closes after the answer.
    res.setHeader('connection', 'close');
    reject(req, res, 413, 'PAYLOAD_TOO_LARGE', `Request body exceeds ${maxBytes} bytes`);
  };
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const declared = req.headers['content-length'];
    if (declared !== undefined) {
      const length = Number(declared);
      if (Number.isFinite(length) && length > maxBytes) tooLarge(req, res);
      else next();
      return;
    }
    if (req.headers['transfer-encoding'] === undefined) {
      next();
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    let refused = false;
    // Past the limit the rest is read and dropped, and the answer goes out when the client has
    // sent it all: answering (and closing) mid-upload makes the client's next write fail
    // (EPIPE) and it never sees the 413. A client that keeps sending far past the limit is
    // answered at once and cut off.
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (refused) {
        if (received > maxBytes * DRAIN_FACTOR && !res.headersSent) tooLarge(req, res);
        return;
      }
      if (received > maxBytes) {
        refused = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (refused) {
        if (!res.headersSent) tooLarge(req, res);
        return;
      }
      // The runtime takes an already-read body from `req.body` (as body-parser would leave it).
      (req as IncomingMessage & { body?: Buffer }).body = Buffer.concat(chunks);
      next();
    });
    req.on('error', () => undefined);
  };
}
