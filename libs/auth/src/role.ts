export enum Role {
  SME = 'SME',
  BANK = 'BANK',
  REGISTRAR = 'REGISTRAR',
  PROGRAM_STAFF = 'PROGRAM_STAFF',
  ADMIN = 'ADMIN',
  /** Held by a BANK user in addition to BANK: may build securitization pools of its bank's loans. */
  ARRANGER = 'ARRANGER',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ALL_ROLES as readonly string[]).includes(value);
}
