import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Identity } from '@app/auth';
import { isUniqueViolation } from '@app/errors';
import { assertUuid, decodeCursor, pageSize, toConnection, type Connection } from '@app/platform';
import type { AddCreditListEntryInput, CreditListFilter } from '@registry/credit/dto/credit-list.dto.js';
import type { CreditListEntryEntity } from '@registry/credit/credit-list-entry.entity.js';
import { CreditException } from '@registry/credit/credit.exception.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { checkCreditHeader, parseCreditRow, type CreditCsvEntry } from '@registry/credit/domain/credit-list-csv.js';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { CreditListRepository } from '@registry/credit/credit-list.repository.js';
import { addYears, compareIsoDate } from '@registry/ip-asset/domain/iso-date.js';
import { validateCreditCode } from '@registry/party/domain/credit-code.js';
import type { CreditListEffect } from '@registry/pledge/domain/refusal-rules.js';
import type { RegistryConfig } from '@registry/registry.config.js';
import { REGISTRY_CONFIG } from '@registry/tokens.js';

/** Credit lists are published in files of thousands of entries, not millions. */
export const MAX_CREDIT_CSV_BYTES = 4 * 1024 * 1024;
const MAX_REJECTIONS = 1000;
const ENTRY_UNIQUE = 'uq_credit_list_entry_code_conduct_listed';

export interface CreditImportReport {
  rowsRead: number;
  inserted: number;
  unchanged: number;
  rejected: number;
  rejections: { line: number; field: string; message: string }[];
}

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
    const adding = this.once(identity, key, 'addCreditListEntry', input, async (m) => {
      if (await this.entries.exists(m, creditCode, input.conduct, input.listedOn)) throw CreditException.exists();
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
    // The check above answers the usual case; the unique index decides a race between two adds.
    return adding.catch((error: unknown) => {
      throw isUniqueViolation(error, ENTRY_UNIQUE) ? CreditException.exists() : error;
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

  /**
   * Imports entries from CSV (see domain/credit-list-csv.ts), all or nothing: any rejected
   * line and nothing is written, every problem is reported. Re-importing a file adds only
   * the entries it did not have (same credit code, conduct and listing date = same entry).
   */
  async importCsv(identity: Identity, csv: string, key?: string | null): Promise<CreditImportReport> {
    if (Buffer.byteLength(csv, 'utf8') > MAX_CREDIT_CSV_BYTES) {
      throw CreditException.invalid('csv', `at most ${MAX_CREDIT_CSV_BYTES} bytes`);
    }
    let rows: { record: Record<string, string>; info: { lines: number } }[];
    let header: string | null = null;
    try {
      rows = parseCsv(csv, {
        bom: true,
        columns: (names: string[]) => {
          const columns = names.map((n) => n.trim().toLowerCase());
          header = checkCreditHeader(columns);
          return columns;
        },
        info: true,
        skip_empty_lines: true,
      });
    } catch (error) {
      throw CreditException.invalid('csv', `malformed CSV: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (header !== null) throw CreditException.invalid('csv', header);
    const report: CreditImportReport = {
      rowsRead: rows.length,
      inserted: 0,
      unchanged: 0,
      rejected: 0,
      rejections: [],
    };
    const entries: CreditCsvEntry[] = [];
    for (const { record, info } of rows) {
      const parsed = parseCreditRow(record);
      const problems = parsed.ok ? [] : parsed.problems;
      if (parsed.ok) {
        const expiresOn =
          parsed.entry.expiresOn ?? addYears(parsed.entry.listedOn, this.config.CREDIT_LIST_DEFAULT_YEARS);
        const term = this.termProblem(parsed.entry.listedOn, expiresOn);
        if (term === null) entries.push({ ...parsed.entry, expiresOn });
        else problems.push({ field: 'expires_on', message: term });
      }
      if (problems.length > 0) report.rejected++;
      for (const p of problems) {
        if (report.rejections.length < MAX_REJECTIONS) report.rejections.push({ line: info.lines, ...p });
      }
    }
    if (report.rejected > 0) return report;
    const inserted = await this.entries.transaction((m) =>
      this.idempotency.run(
        m,
        {
          identity,
          key,
          operation: 'importCreditList',
          request: { csv },
          toStored: (count) => count,
          fromStored: (stored) => stored as number,
        },
        () => this.entries.insertMany(m, entries, identity.userId),
      ),
    );
    return { ...report, inserted, unchanged: entries.length - inserted };
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
    const problem = this.termProblem(listedOn, expiresOn);
    if (problem !== null) throw CreditException.invalid(field, problem);
  }

  /** What is wrong with an entry's term, if anything (configured maximum). */
  private termProblem(listedOn: string, expiresOn: string): string | null {
    if (compareIsoDate(expiresOn, listedOn) <= 0) return 'must be after the listing date';
    const latest = addYears(listedOn, this.config.CREDIT_LIST_MAX_YEARS);
    if (compareIsoDate(expiresOn, latest) > 0) {
      return `an entry runs at most ${this.config.CREDIT_LIST_MAX_YEARS} years (until ${latest})`;
    }
    return null;
  }

  private code(raw: string, field: string): string {
    const result = validateCreditCode(raw);
    if (!result.ok) throw CreditException.invalid(field, result.reason);
    return result.normalized;
  }
}
