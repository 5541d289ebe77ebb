import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CreditListEntryEntity } from '@registry/credit/credit-list-entry.entity.js';

/** In force on a day: listed, not yet expired, not removed by then. */
const IN_FORCE = 'e.listed_on <= :on AND e.expires_on > :on AND (e.removed_on IS NULL OR e.removed_on > :on)';

@Injectable()
export class CreditListRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string): Promise<CreditListEntryEntity | null> {
    return this.dataSource.manager.findOneBy(CreditListEntryEntity, { id });
  }

  insert(entry: Partial<CreditListEntryEntity>): Promise<CreditListEntryEntity> {
    return this.dataSource.manager.save(
      CreditListEntryEntity,
      this.dataSource.manager.create(CreditListEntryEntity, entry),
    );
  }

  async update(id: string, changes: Partial<CreditListEntryEntity>): Promise<CreditListEntryEntity | null> {
    await this.dataSource.manager.update(CreditListEntryEntity, { id }, changes);
    return this.findById(id);
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
    const rows: { id: string }[] = await manager.query(
      `SELECT DISTINCT p.id FROM party p JOIN credit_list_entry e ON e.credit_code = p.credit_code
        WHERE p.id = ANY($1::uuid[]) AND ${IN_FORCE.replaceAll(':on', '$2::date')}`,
      [[...partyIds], on],
    );
    return rows.map((r) => r.id);
  }
}
