import type { Session, SessionUser } from '@web/auth/session';
import { ApiCallError, type ApiError } from '@web/errors/human-error';

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  const text = await res.text();
  if (!res.ok) {
    let errors: ApiError[] = [];
    try {
      const body = JSON.parse(text) as { errors?: ApiError[] };
      errors = Array.isArray(body.errors) ? body.errors : [];
    } catch {
      // not JSON (e.g. a proxy's HTML page): the status speaks for it
    }
    throw new ApiCallError(res.status, errors);
  }
  return JSON.parse(text) as T;
}

/** The demo users the gateway's local issuer signs for (404 when it is turned off). */
export async function fetchDemoLogins(): Promise<SessionUser[]> {
  return (await call<{ users: SessionUser[] }>('/auth/demo-logins')).users;
}

export function requestLocalToken(login: string): Promise<Session> {
  return call<Session>('/auth/local-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login }),
  });
}
