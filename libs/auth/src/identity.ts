import type { Role } from './role.js';

/** Who is calling, as established by the gateway from a verified bearer token. */
export interface Identity {
  readonly userId: string | null;
  readonly login: string | null;
  /** The enterprise, lender or program office the user acts for. */
  readonly partyId: string | null;
  readonly roles: readonly Role[];
  readonly anonymous: boolean;
}

export const ANONYMOUS: Identity = Object.freeze({
  userId: null,
  login: null,
  partyId: null,
  roles: [],
  anonymous: true,
});
