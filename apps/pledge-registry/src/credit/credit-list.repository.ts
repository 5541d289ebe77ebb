import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { withTransaction } from '@app/database';
import { CreditListEntryEntity } from '@registry/credit/credit-list-entry.entity.js';
import type { CreditCsvEntry } from '@registry/credit/domain/credit-list-csv.js';

/** In force on a day: listed, not yet expired, not removed by then. */
const IN_FORCE = 'e.listed_on <= :on AND e.expires_on > :on AND (e.removed_on IS NULL OR e.removed_on > :on)';

/**
 * SQL selecting `id`: the parties among the uuid[] expression `partyIds` whose credit code
 * has an entry in force on the date expression `on`. Other modules embed it in a larger
 * statement to save a round trip.
 */
export function listedPartiesSql(partyIds: string, on: string): string {
  return `SELECT DISTINCT p.id FROM party p JOIN credit_list_entry e ON e.credit_code = p.credit_code
           WHERE p.id = ANY(${partyIds}::uuid[]) AND ${IN_FORCE.replaceAll(':on', `${on}::date`)}`;
}

@Injectable()
export class CreditListRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return withTransaction(this.dataSource, work);
  }

  /** With `lock`, the row stays locked until the transaction ends (two extensions cannot interleave). */
  findById(manager: EntityManager, id: string, lock = false): Promise<CreditListEntryEntity | null> {
    return manager.findOne(CreditListEntryEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  insert(manager: EntityManager, entry: Partial<CreditListEntryEntity>): Promise<CreditListEntryEntity> {
    return manager.save(CreditListEntryEntity, manager.create(CreditListEntryEntity, entry));
  }

  /** Whether the list already has this entry (same credit code, conduct and listing date). */
  async exists(manager: EntityManager, creditCode: string, conduct: string, listedOn: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      'SELECT 1 FROM credit_list_entry WHERE credit_code = $1 AND conduct = $2 AND listed_on = $3',
      [creditCode, conduct, listedOn],
    );
    return rows.length > 0;
  }

  /** Inserts entries, skipping ones already on the list; returns how many were new. */
  async insertMany(
    manager: EntityManager,
    entries: readonly CreditCsvEntry[],
    recordedBy: string | null,
  ): Promise<number> {
    if (entries.length === 0) return 0;
    const column = <K extends keyof CreditCsvEntry>(k: K) => entries.map((e) => e[k]);
    const rows: unknown[] = await manager.query(
      `INSERT INTO credit_list_entry (credit_code, entity_name, conduct, issuing_authority, listed_on, expires_on, recorded_by)
       SELECT *, $7::uuid FROM unnest($1::char(18)[], $2::varchar[], $3::varchar[], $4::varchar[], $5::date[], $6::date[])
       ON CONFLICT (credit_code, conduct, listed_on) DO NOTHING RETURNING id`,
      [
        column('creditCode'),
        column('entityName'),
        column('conduct'),
        column('issuingAuthority'),
        column('listedOn'),
        column('expiresOn'),
        recordedBy,
      ],
    );
    return rows.length;
  }

  async update(manager: EntityManager, id: string, changes: Partial<CreditListEntryEntity>): Promise<void> {
    await manager.update(CreditListEntryEntity, { id }, changes);
  }

  list(filter: { creditCode?: string; inForceOn?: string }, limit: number, after: [string, string] | null) {
    const qb = this.dataSource.manager.createQueryBuilder(CreditListEntryEntity, 'e');
    if (filter.creditCode !== undefined) qb.andWhere('e.credit_code = :code', { code: filter.creditCode });
    if (filter.inForceOn !== undefined) qb.andWhere(IN_FORCE, { on: filter.inForceOn });
    if (after !== null) qb.andWhere('(e.credit_code, e.id) > (:c, :i)', { c: after[0], i: after[1] });
    return qb
      .orderBy('e.credit_code')
      .addOrderBy('e.id')
      .limit(limit + 1)
      .getMany();
  }

  /** Parties among `partyIds` whose credit code has an entry in force on `on`. */
  async listedParties(manager: EntityManager, partyIds: readonly string[], on: string): Promise<string[]> {
    if (partyIds.length === 0) return [];
    const rows: { id: string }[] = await manager.query(listedPartiesSql('$1', '$2'), [[...partyIds], on]);
    return rows.map((r) => r.id);
  }
}
