import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Identity } from '@app/auth';
import { assertUuid, decodeCursor, pageSize, toConnection, type Connection } from '@app/platform';
import type { AddCreditListEntryInput, CreditListFilter } from '@registry/credit/dto/credit-list.dto.js';
import type { CreditListEntryEntity } from '@registry/credit/credit-list-entry.entity.js';
import { CreditException } from '@registry/credit/credit.exception.js';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { CreditListRepository } from '@registry/credit/credit-list.repository.js';
import { addYears, compareIsoDate } from '@registry/ip-asset/domain/iso-date.js';
import { validateCreditCode } from '@registry/party/domain/credit-code.js';
import type { CreditListEffect } from '@registry/pledge/domain/refusal-rules.js';
import type { RegistryConfig } from '@registry/registry.config.js';
import { REGISTRY_CONFIG } from '@registry/tokens.js';

/**
 * The IP credit-loss (dishonest entity) list: entries by credit code, in force for a
 * configured term, extendable up to a configured maximum, removable. Its effect on pledge
 * registration is program policy (config), read by the pledge rules.
 */
@Injectable()
export class CreditListService {
  constructor(
    private readonly entries: CreditListRepository,
    private readonly idempotency: IdempotencyService,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {}

  pledgeEffect(): CreditListEffect {
    return this.config.CREDIT_LIST_PLEDGE_EFFECT;
  }

  /** Parties among `partyIds` with an entry in force on `onDate`, read in the caller's transaction. */
  listedParties(manager: EntityManager, partyIds: readonly string[], onDate: string): Promise<string[]> {
    return this.entries.listedParties(manager, partyIds, onDate);
  }

  async list(
    filter: CreditListFilter | undefined,
    first?: number,
    after?: string,
  ): Promise<Connection<CreditListEntryEntity>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['string', 'uuid']) as [string, string] | null;
    const code = filter?.creditCode === undefined ? undefined : this.code(filter.creditCode, 'filter.creditCode');
    const rows = await this.entries.list({ creditCode: code, inForceOn: filter?.inForceOn }, limit, cursor);
    return toConnection(rows, limit, cursor !== null, (e) => [e.creditCode, e.id]);
  }

  add(identity: Identity, input: AddCreditListEntryInput, key?: string | null): Promise<CreditListEntryEntity> {
    const expiresOn = input.expiresOn ?? addYears(input.listedOn, this.config.CREDIT_LIST_DEFAULT_YEARS);
    this.checkTerm(input.listedOn, expiresOn, 'input.expiresOn');
    const creditCode = this.code(input.creditCode, 'input.creditCode');
    return this.once(identity, key, 'addCreditListEntry', input, async (m) => {
      const entry = await this.entries.insert(m, {
        creditCode,
        entityName: input.entityName.trim(),
        conduct: input.conduct,
        issuingAuthority: input.issuingAuthority.trim(),
        listedOn: input.listedOn,
        expiresOn,
        recordedBy: identity.userId,
      });
      return entry.id;
    });
  }

  extend(identity: Identity, id: string, expiresOn: string, key?: string | null): Promise<CreditListEntryEntity> {
    return this.once(identity, key, 'extendCreditListEntry', { id, expiresOn }, async (m) => {
      const entry = await this.get(m, id);
      if (compareIsoDate(expiresOn, entry.expiresOn) <= 0) {
        throw CreditException.invalid('expiresOn', `must be after the current expiry ${entry.expiresOn}`);
      }
      this.checkTerm(entry.listedOn, expiresOn, 'expiresOn');
      await this.entries.update(m, entry.id, { expiresOn });
      return entry.id;
    });
  }

  remove(
    identity: Identity,
    id: string,
    removedOn: string,
    note: string,
    key?: string | null,
  ): Promise<CreditListEntryEntity> {
    return this.once(identity, key, 'removeCreditListEntry', { id, removedOn, note }, async (m) => {
      const entry = await this.get(m, id);
      if (compareIsoDate(removedOn, entry.listedOn) < 0) {
        throw CreditException.invalid('removedOn', `must not be before the listing date ${entry.listedOn}`);
      }
      await this.entries.update(m, entry.id, { removedOn, removalNote: note.trim() });
      return entry.id;
    });
  }

  /** Runs one write under the caller's idempotency key; a replay returns the entry as it is now. */
  private async once(
    identity: Identity,
    key: string | null | undefined,
    operation: string,
    request: unknown,
    work: (manager: EntityManager) => Promise<string>,
  ): Promise<CreditListEntryEntity> {
    const id = await this.entries.transaction((m) =>
      this.idempotency.run(
        m,
        { identity, key, operation, request, toStored: (entryId) => entryId, fromStored: (stored) => stored as string },
        () => work(m),
      ),
    );
    const entry = await this.entries.findById(this.entries.manager, id);
    if (entry === null) throw CreditException.notFound(id);
    return entry;
  }

  private async get(manager: EntityManager, id: string): Promise<CreditListEntryEntity> {
    const entry = await this.entries.findById(manager, assertUuid(id, 'id'), true);
    if (entry === null) throw CreditException.notFound(id);
    if (entry.removedOn !== null) throw CreditException.removed(id);
    return entry;
  }

  private checkTerm(listedOn: string, expiresOn: string, field: string): void {
    if (compareIsoDate(expiresOn, listedOn) <= 0)
      throw CreditException.invalid(field, 'must be after the listing date');
    const latest = addYears(listedOn, this.config.CREDIT_LIST_MAX_YEARS);
    if (compareIsoDate(expiresOn, latest) > 0) {
      throw CreditException.invalid(
        field,
        `an entry runs at most ${this.config.CREDIT_LIST_MAX_YEARS} years (until ${latest})`,
      );
    }
  }

  private code(raw: string, field: string): string {
    const result = validateCreditCode(raw);
    if (!result.ok) throw CreditException.invalid(field, result.reason);
    return result.normalized;
  }
}
