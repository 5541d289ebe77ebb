/** The signed-in user as the local login returned it; the token is the proof, the rest is display. */
export interface SessionUser {
  login: string;
  displayName: string;
  roles: string[];
}

export interface Session {
  token: string;
  user: SessionUser;
}

const KEY = 'ipfin.session';

/** Seconds since the epoch at which a JWT expires; null when it cannot be read. */
export function tokenExpiry(token: string): number | null {
  const payload = token.split('.')[1];
  if (payload === undefined) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp : null;
  } catch {
    return null;
  }
}

/** The stored session, or null when there is none, it is malformed or its token has expired. */
export function loadSession(storage: Storage = window.localStorage, now = Date.now()): Session | null {
  const raw = storage.getItem(KEY);
  if (raw === null) return null;
  try {
    const session = JSON.parse(raw) as Partial<Session>;
    const user = session.user;
    if (typeof session.token !== 'string' || user === undefined || !Array.isArray(user.roles)) return null;
    const exp = tokenExpiry(session.token);
    if (exp === null || exp * 1000 <= now) {
      storage.removeItem(KEY);
      return null;
    }
    return { token: session.token, user };
  } catch {
    return null;
  }
}

export function saveSession(session: Session, storage: Storage = window.localStorage): void {
  storage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(storage: Storage = window.localStorage): void {
  storage.removeItem(KEY);
}
