import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContextStore {
  requestId: string;
}

/**
 * Carries the correlation id through the async call tree of one request, so the error
 * formatter and the logger can name it without threading it through every call.
 */
export const requestContext = new AsyncLocalStorage<RequestContextStore>();

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}
