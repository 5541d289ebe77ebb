import { Injectable } from '@nestjs/common';
import { Role, type Identity } from '@app/auth';
import { isUniqueViolation } from '@app/errors';
import { assertUuid, decodeCursor, pageSize, toConnection, type Connection } from '@app/platform';
import { validateCreditCode } from '@registry/party/domain/credit-code.js';
import type { PartyFilter, RegisterPartyInput, UpdatePartyInput } from '@registry/party/dto/register-party.input.js';
import { PartyKind, type PartyEntity } from '@registry/party/party.entity.js';
import { PartyException } from '@registry/party/party.exception.js';
import { PartyRepository } from '@registry/party/party.repository.js';

const CREDIT_CODE_UNIQUE = 'uq_party_credit_code';

/** A blank park is no park; a park lies in a district, so it needs one. */
function parkOf(raw: string | null | undefined, district: string | null): string | null {
  const park = raw?.trim() ?? '';
  if (park === '') return null;
  if (district === null) throw PartyException.invalid('input.park', 'needs a district: a park lies in one');
  return park;
}

@Injectable()
export class PartyService {
  constructor(private readonly parties: PartyRepository) {}

  async get(id: string, field = 'id'): Promise<PartyEntity> {
    const party = await this.parties.findById(assertUuid(id, field));
    if (party === null) throw PartyException.notFound(id);
    return party;
  }

  findMany(ids: readonly string[]): Promise<PartyEntity[]> {
    return this.parties.findByIds(ids);
  }

  findByCreditCodes(codes: readonly string[]): Promise<PartyEntity[]> {
    return this.parties.findByCreditCodes(codes);
  }

  async list(
    filter: PartyFilter | undefined,
    first: number | undefined,
    after: string | undefined,
  ): Promise<Connection<PartyEntity>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['string', 'uuid']) as [string, string] | null;
    const rows = await this.parties.list({ kind: filter?.kind, city: filter?.city, after: cursor, limit });
    return toConnection(rows, limit, cursor !== null, (p) => [p.name, p.id]);
  }

  async register(kind: PartyKind, input: RegisterPartyInput): Promise<PartyEntity> {
    const creditCode = this.checkCreditCode(kind, input.creditCode ?? null);
    const district = input.district?.trim() ?? null;
    const park = parkOf(input.park, district);
    try {
      return await this.parties.insert({
        kind,
        name: input.name.trim(),
        creditCode,
        city: input.city.trim(),
        district,
        park,
        industryCode: input.industryCode ?? null,
      });
    } catch (error) {
      if (isUniqueViolation(error, CREDIT_CODE_UNIQUE)) throw PartyException.creditCodeTaken('input.creditCode');
      throw error;
    }
  }

  async update(identity: Identity, id: string, input: UpdatePartyInput): Promise<PartyEntity> {
    const party = await this.get(id);
    this.assertMayUpdate(identity, party);
    const changes: Partial<PartyEntity> = {};
    if (input.name !== undefined) changes.name = input.name.trim();
    if (input.city !== undefined) changes.city = input.city.trim();
    if (input.district !== undefined) changes.district = input.district?.trim() ?? null;
    if (input.park !== undefined || input.district !== undefined) {
      const district = input.district === undefined ? party.district : (changes.district ?? null);
      changes.park = parkOf(input.park === undefined ? party.park : input.park, district);
    }
    if (input.industryCode !== undefined) changes.industryCode = input.industryCode;
    const updated = await this.parties.update(id, changes);
    if (updated === null) throw PartyException.notFound(id);
    return updated;
  }

  /** Admins change anyone; program staff onboard enterprises; SMEs and banks only themselves. */
  private assertMayUpdate(identity: Identity, party: PartyEntity): void {
    if (identity.roles.includes(Role.ADMIN)) return;
    if (identity.roles.includes(Role.PROGRAM_STAFF) && party.kind === PartyKind.ENTERPRISE) return;
    if (identity.partyId === party.id) return;
    throw PartyException.notYourParty();
  }

  private checkCreditCode(kind: PartyKind, raw: string | null): string | null {
    if (raw === null || raw.trim() === '') {
      if (kind === PartyKind.PROGRAM_OFFICE) return null;
      throw PartyException.invalidCreditCode('input.creditCode', 'required for enterprises and lenders');
    }
    const result = validateCreditCode(raw);
    if (!result.ok) throw PartyException.invalidCreditCode('input.creditCode', result.reason);
    return result.normalized;
  }
}
