import { Role, type Identity } from '@app/auth';

/** The two signing sides of a joint application. */
export enum PledgeSide {
  PLEDGOR = 'PLEDGOR',
  PLEDGEE = 'PLEDGEE',
}

/** The parties of a pledge and whether its file has reached the registrar. */
export interface PledgeParties {
  pledgorPartyId: string;
  pledgeePartyId: string;
  /** False while the file was never submitted (a draft, or a draft withdrawn). */
  submitted: boolean;
}

/**
 * Which pledges a caller may see: all of them (admin), or those matching any of the
 * given conditions (a user may hold several roles). Program staff get none: they see
 * aggregates only.
 */
export type ViewScope =
  { all: true } | { all: false; pledgorPartyId: string | null; pledgeePartyId: string | null; submitted: boolean };

export function viewScope(identity: Identity): ViewScope {
  if (identity.roles.includes(Role.ADMIN)) return { all: true };
  return {
    all: false,
    pledgorPartyId: identity.roles.includes(Role.SME) ? identity.partyId : null,
    pledgeePartyId: identity.roles.includes(Role.BANK) ? identity.partyId : null,
    submitted: identity.roles.includes(Role.REGISTRAR),
  };
}

/** SME users see their enterprise's pledges, bank users their bank's, registrars every submitted file. */
export function canView(identity: Identity, pledge: PledgeParties): boolean {
  const scope = viewScope(identity);
  if (scope.all) return true;
  return (
    (scope.pledgorPartyId !== null && scope.pledgorPartyId === pledge.pledgorPartyId) ||
    (scope.pledgeePartyId !== null && scope.pledgeePartyId === pledge.pledgeePartyId) ||
    (scope.submitted && pledge.submitted)
  );
}

/**
 * The side the caller signs for: an SME user of the pledgor or a bank user of the
 * pledgee; null for anyone else (registrars and admins do not sign applications).
 */
export function sideOf(
  identity: Identity,
  pledge: Pick<PledgeParties, 'pledgorPartyId' | 'pledgeePartyId'>,
): PledgeSide | null {
  if (identity.partyId === null) return null;
  if (identity.roles.includes(Role.SME) && identity.partyId === pledge.pledgorPartyId) return PledgeSide.PLEDGOR;
  if (identity.roles.includes(Role.BANK) && identity.partyId === pledge.pledgeePartyId) return PledgeSide.PLEDGEE;
  return null;
}
