import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestContext } from '@app/errors';
import type { Logger } from 'pino';

export const REQUEST_ID_HEADER = 'x-request-id';

const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Accepts a caller's correlation id only when it is safe to echo into logs and headers. */
export function normaliseRequestId(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value !== undefined && SAFE_ID.test(value) ? value : randomUUID();
}

/**
 * Assigns the correlation id (reusing the gateway's), exposes it in the response header,
 * runs the rest of the request inside the request context, and logs one line per request.
 */
export function requestIdMiddleware(logger: Logger) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const requestId = normaliseRequestId(req.headers[REQUEST_ID_HEADER]);
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info(
        { requestId, method: req.method, url: req.url, status: res.statusCode, ms: Math.round(ms * 10) / 10 },
        'request',
      );
    });
    requestContext.run({ requestId }, next);
  };
}
