import { Role, type Identity } from '@app/auth';
import { arrangesFor, mayRead } from '@registry/securitization/domain/pool-access.js';

const bank = '00000000-0000-4000-8000-000000000201';
const who = (roles: Role[], partyId: string | null = bank): Identity => ({
  userId: 'u',
  login: 'x',
  partyId,
  roles,
  anonymous: false,
});

describe('pool access', () => {
  it("lets only an arranger of the pool's bank change it", () => {
    expect(arrangesFor(who([Role.BANK, Role.ARRANGER]), bank)).toBe(true);
    expect(arrangesFor(who([Role.BANK]), bank)).toBe(false);
    expect(arrangesFor(who([Role.BANK, Role.ARRANGER], 'other'), bank)).toBe(false);
    expect(arrangesFor(who([Role.ADMIN], null), bank)).toBe(false);
  });

  it('lets program staff and admins read any pool, an arranger only its own', () => {
    expect(mayRead(who([Role.PROGRAM_STAFF], 'office'), bank)).toBe(true);
    expect(mayRead(who([Role.ADMIN], null), bank)).toBe(true);
    expect(mayRead(who([Role.BANK, Role.ARRANGER], 'other'), bank)).toBe(false);
    expect(mayRead(who([Role.SME]), bank)).toBe(false);
  });
});
