import { Role, type Identity } from '@app/auth';

/** An arranger of the bank: holds ARRANGER and acts for that bank's party. */
export function arrangesFor(identity: Identity, bankPartyId: string): boolean {
  return identity.roles.includes(Role.ARRANGER) && identity.partyId === bankPartyId;
}

/** Program staff and admins read every pool; an arranger only its bank's. */
export function mayRead(identity: Identity, bankPartyId: string): boolean {
  return (
    identity.roles.includes(Role.ADMIN) ||
    identity.roles.includes(Role.PROGRAM_STAFF) ||
    arrangesFor(identity, bankPartyId)
  );
}
