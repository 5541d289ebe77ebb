import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { findByIds } from '@app/database';
import { AppUserEntity } from '@registry/party/app-user.entity.js';
import { PartyEntity, type PartyKind } from '@registry/party/party.entity.js';

export interface PartyQuery {
  kind?: PartyKind;
  city?: string;
  after: [string, string] | null;
  limit: number;
}

/** SQL for parties and users; returns entities or null, never throws domain errors. */
@Injectable()
export class PartyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findById(id: string, manager?: EntityManager): Promise<PartyEntity | null> {
    return this.manager(manager).findOneBy(PartyEntity, { id });
  }

  findByIds(ids: readonly string[]): Promise<PartyEntity[]> {
    return findByIds(this.dataSource.manager, PartyEntity, ids);
  }

  findByCreditCodes(codes: readonly string[], manager?: EntityManager): Promise<PartyEntity[]> {
    if (codes.length === 0) return Promise.resolve([]);
    return this.manager(manager)
      .createQueryBuilder(PartyEntity, 'p')
      .where('p.credit_code = ANY(:codes)', { codes: [...codes] })
      .getMany();
  }

  /** Keyset page ordered by (name, id). Fetches limit+1 rows to know whether more exist. */
  list(query: PartyQuery): Promise<PartyEntity[]> {
    const qb = this.dataSource.manager.createQueryBuilder(PartyEntity, 'p');
    if (query.kind !== undefined) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.city !== undefined) qb.andWhere('p.city = :city', { city: query.city });
    if (query.after !== null) {
      qb.andWhere('(p.name, p.id) > (:name, :id)', { name: query.after[0], id: query.after[1] });
    }
    return qb
      .orderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(query.limit + 1)
      .getMany();
  }

  insert(values: Partial<PartyEntity>, manager?: EntityManager): Promise<PartyEntity> {
    const m = this.manager(manager);
    return m.save(m.create(PartyEntity, values));
  }

  async update(id: string, values: Partial<PartyEntity>, manager?: EntityManager): Promise<PartyEntity | null> {
    const m = this.manager(manager);
    await m.update(PartyEntity, { id }, values);
    return m.findOneBy(PartyEntity, { id });
  }

  findUserById(id: string): Promise<AppUserEntity | null> {
    return this.dataSource.manager.findOneBy(AppUserEntity, { id });
  }

  upsertUser(values: Partial<AppUserEntity>, manager?: EntityManager): Promise<unknown> {
    return this.manager(manager).upsert(AppUserEntity, values, ['id']);
  }

  upsertParty(values: Partial<PartyEntity>, manager?: EntityManager): Promise<unknown> {
    return this.manager(manager).upsert(PartyEntity, values, ['id']);
  }

  count(): Promise<number> {
    return this.dataSource.manager.count(PartyEntity);
  }
}
