export { createLogger, PinoNestLogger } from './logger.js';
export type { Logger } from './logger.js';
export { requestIdMiddleware, REQUEST_ID_HEADER, normaliseRequestId } from './request-id.middleware.js';
