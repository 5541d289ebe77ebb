import type { IncomingMessage, ServerResponse } from 'node:http';
import { GATEWAY_IDENTITY_HEADER, verifyGatewayIdentity } from './gateway-identity.js';
import type { Identity } from './identity.js';

/**
 * Subgraph middleware for the GraphQL route: a request without a valid gateway-signed
 * identity did not come through the gateway and is rejected with 401 before any
 * GraphQL processing.
 */
export function gatewayIdentityMiddleware(secret: string) {
  return (req: IncomingMessage & { identity?: Identity }, res: ServerResponse, next: () => void): void => {
    const header = req.headers[GATEWAY_IDENTITY_HEADER];
    const token = Array.isArray(header) ? header[0] : header;
    if (token === undefined) {
      reject(res, 'Requests must come through the gateway');
      return;
    }
    verifyGatewayIdentity(token, secret).then(
      (identity) => {
        if (identity === null) {
          reject(res, 'Invalid gateway identity');
          return;
        }
        req.identity = identity;
        next();
      },
      () => reject(res, 'Invalid gateway identity'),
    );
  };
}

function reject(res: ServerResponse, message: string): void {
  res.statusCode = 401;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }));
}
