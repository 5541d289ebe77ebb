import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { IpAssetOwnerEntity } from '@registry/ip-asset/ip-asset-owner.entity.js';
import { IpAssetEntity } from '@registry/ip-asset/ip-asset.entity.js';
import { PartyEntity } from '@registry/party/party.entity.js';
import type { ViewScope } from '@registry/pledge/domain/pledge-access.js';
import type { PledgeStatus } from '@registry/pledge/domain/pledge-state.js';
import { ActivePledgeEntity } from '@registry/pledge/active-pledge.entity.js';
import { PledgeAssetEntity } from '@registry/pledge/pledge-asset.entity.js';
import { PledgeDisposalEntity } from '@registry/pledge/pledge-disposal.entity.js';
import { PledgeVersionEntity } from '@registry/pledge/pledge-version.entity.js';
import { PledgeEntity } from '@registry/pledge/pledge.entity.js';

export type PledgeAssetParticulars = Omit<PledgeAssetEntity, 'pledgeId' | 'pledge' | 'asset'>;

export interface PledgeListQuery {
  scope: ViewScope;
  status?: PledgeStatus;
  pledgorPartyId?: string;
  pledgeePartyId?: string;
  assetId?: string;
  /** (created_at to the millisecond as ISO text, id) of the last row seen. */
  after: [string, string] | null;
  limit: number;
}

export interface RegisterQuery {
  patentNumber?: string;
  partyName?: string;
  registeredFrom?: string;
  registeredTo?: string;
  status?: PledgeStatus;
  after: [string, string] | null;
  limit: number;
}

export interface RegisterRow {
  id: string;
  registrationNumber: string;
  status: PledgeStatus;
  pledgorName: string;
  pledgeeName: string;
  registeredOn: string;
  endedOn: string | null;
}

export interface StatisticsRow {
  byStatus: { status: PledgeStatus; count: number }[];
  registrations: number;
  secured: { currency: string; amount: string }[];
  distinctPledgors: number;
  assetsPledged: number;
}

/** The stored facts about one asset that the refusal rules need. */
export interface AssetFactsRow {
  asset: IpAssetEntity;
  owners: IpAssetOwnerEntity[];
  /** The pledge that holds it on the register, if any. */
  activePledgeId: string | null;
}

/**
 * SQL for pledges. Everything a transaction reads or writes takes its manager: holding a
 * pooled connection while asking the pool for another could starve the pool when many
 * registrations wait on the same asset lock.
 */
@Injectable()
export class PledgeRepository {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<PledgeEntity | null> {
    return manager.findOneBy(PledgeEntity, { id });
  }

  /** Reads and row-locks a pledge until the transaction ends: one decision at a time per file. */
  lockById(manager: EntityManager, id: string): Promise<PledgeEntity | null> {
    return manager.findOne(PledgeEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  assetsOf(
    pledgeIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PledgeAssetEntity[]> {
    if (pledgeIds.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(PledgeAssetEntity, 'pa')
      .where('pa.pledge_id = ANY(:ids)', { ids: [...pledgeIds] })
      .orderBy('pa.pledge_id')
      .addOrderBy('pa.position')
      .getMany();
  }

  async insert(
    manager: EntityManager,
    pledge: Partial<PledgeEntity>,
    assets: readonly PledgeAssetParticulars[],
  ): Promise<PledgeEntity> {
    const saved = await manager.save(PledgeEntity, manager.create(PledgeEntity, pledge));
    await this.insertAssets(manager, saved.id, assets);
    return saved;
  }

  async update(manager: EntityManager, id: string, changes: Partial<PledgeEntity>): Promise<void> {
    await manager.update(PledgeEntity, { id }, { ...changes, updatedAt: new Date() });
  }

  async replaceAssets(manager: EntityManager, pledgeId: string, assets: readonly PledgeAssetParticulars[]) {
    await manager.delete(PledgeAssetEntity, { pledgeId });
    await this.insertAssets(manager, pledgeId, assets);
  }

  private async insertAssets(manager: EntityManager, pledgeId: string, assets: readonly PledgeAssetParticulars[]) {
    if (assets.length === 0) return;
    await manager.insert(
      PledgeAssetEntity,
      assets.map((a) => ({ ...a, pledgeId })),
    );
  }

  /** Assets with their owners and active pledge, read in the caller's transaction. */
  async assetFacts(manager: EntityManager, assetIds: readonly string[]): Promise<AssetFactsRow[]> {
    if (assetIds.length === 0) return [];
    const ids = [...assetIds];
    const [assets, owners, active] = [
      await manager.createQueryBuilder(IpAssetEntity, 'a').where('a.id = ANY(:ids)', { ids }).getMany(),
      await manager
        .createQueryBuilder(IpAssetOwnerEntity, 'o')
        .where('o.asset_id = ANY(:ids)', { ids })
        .orderBy('o.asset_id')
        .addOrderBy('o.position')
        .getMany(),
      await manager.createQueryBuilder(ActivePledgeEntity, 'ap').where('ap.asset_id = ANY(:ids)', { ids }).getMany(),
    ];
    const activeBy = new Map(active.map((a) => [a.assetId, a.pledgeId]));
    return assets.map((asset) => ({
      asset,
      owners: owners.filter((o) => o.assetId === asset.id),
      activePledgeId: activeBy.get(asset.id) ?? null,
    }));
  }

  parties(manager: EntityManager, ids: readonly string[]): Promise<PartyEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(PartyEntity, 'p')
      .where('p.id = ANY(:ids)', { ids: [...ids] })
      .getMany();
  }

  /**
   * Puts the pledge on the register for these assets, in asset order. The primary key of
   * active_pledge decides: an asset already held is skipped, not an error; the caller
   * compares the returned ids with what it asked for.
   */
  async claimActive(manager: EntityManager, pledgeId: string, assetIds: readonly string[]): Promise<string[]> {
    const rows: { asset_id: string }[] = await manager.query(
      `INSERT INTO active_pledge (asset_id, pledge_id)
       SELECT a, $2::uuid FROM unnest($1::uuid[]) AS a ORDER BY a
       ON CONFLICT (asset_id) DO NOTHING RETURNING asset_id`,
      [[...assetIds], pledgeId],
    );
    return rows.map((r) => r.asset_id);
  }

  async releaseActive(manager: EntityManager, pledgeId: string): Promise<void> {
    await manager.delete(ActivePledgeEntity, { pledgeId });
  }

  async nextRegistrationSerial(manager: EntityManager): Promise<string> {
    const [row]: { n: string }[] = await manager.query(`SELECT nextval('pledge_registration_seq')::text AS n`);
    if (row === undefined) throw new Error('pledge_registration_seq returned no value');
    return row.n;
  }

  async insertVersion(manager: EntityManager, version: Partial<PledgeVersionEntity>): Promise<void> {
    await manager.insert(PledgeVersionEntity, version);
  }

  versionsOf(pledgeIds: readonly string[]): Promise<PledgeVersionEntity[]> {
    if (pledgeIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(PledgeVersionEntity, 'v')
      .where('v.pledge_id = ANY(:ids)', { ids: [...pledgeIds] })
      .orderBy('v.pledge_id')
      .addOrderBy('v.version')
      .getMany();
  }

  /** Newest first, keyset on (created_at to the millisecond, id). */
  list(query: PledgeListQuery): Promise<PledgeEntity[]> {
    const qb = this.dataSource.manager.createQueryBuilder(PledgeEntity, 'p');
    applyScope(qb, query.scope);
    if (query.status !== undefined) qb.andWhere('p.status = :status', { status: query.status });
    if (query.pledgorPartyId !== undefined) qb.andWhere('p.pledgor_party_id = :pr', { pr: query.pledgorPartyId });
    if (query.pledgeePartyId !== undefined) qb.andWhere('p.pledgee_party_id = :pe', { pe: query.pledgeePartyId });
    if (query.assetId !== undefined) {
      qb.andWhere('EXISTS (SELECT 1 FROM pledge_asset pa WHERE pa.pledge_id = p.id AND pa.asset_id = :asset)', {
        asset: query.assetId,
      });
    }
    const created = `date_trunc('milliseconds', p.created_at)`;
    if (query.after !== null) {
      qb.andWhere(`(${created}, p.id) < (:t::timestamptz, :i::uuid)`, { t: query.after[0], i: query.after[1] });
    }
    return qb
      .orderBy(created, 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(query.limit + 1)
      .getMany();
  }

  /** SUBMITTED files whose deadline passed, the longest overdue first. */
  overdue(today: string, after: [string, string] | null, limit: number): Promise<PledgeEntity[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(PledgeEntity, 'p')
      .where(`p.status = 'SUBMITTED' AND p.examination_due_date < :today`, { today });
    if (after !== null) qb.andWhere('(p.examination_due_date, p.id) > (:d, :i)', { d: after[0], i: after[1] });
    return qb
      .orderBy('p.examination_due_date', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit + 1)
      .getMany();
  }

  /** Registrations, newest first, keyset on (registered_on, registration_number). */
  async register(query: RegisterQuery): Promise<RegisterRow[]> {
    const where = ['p.registration_number IS NOT NULL'];
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.patentNumber !== undefined) {
      where.push(
        `EXISTS (SELECT 1 FROM pledge_asset pa WHERE pa.pledge_id = p.id AND pa.number = ${param(query.patentNumber)})`,
      );
    }
    if (query.partyName !== undefined) {
      const like = param(`%${query.partyName.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
      where.push(`(pr.name ILIKE ${like} OR pe.name ILIKE ${like})`);
    }
    if (query.registeredFrom !== undefined) where.push(`p.registered_on >= ${param(query.registeredFrom)}::date`);
    if (query.registeredTo !== undefined) where.push(`p.registered_on <= ${param(query.registeredTo)}::date`);
    if (query.status !== undefined) where.push(`p.status = ${param(query.status)}`);
    if (query.after !== null) {
      where.push(
        `(p.registered_on, p.registration_number) < (${param(query.after[0])}::date, ${param(query.after[1])})`,
      );
    }
    const rows: {
      id: string;
      registration_number: string;
      status: PledgeStatus;
      pledgor_name: string;
      pledgee_name: string;
      registered_on: string;
      ended_on: string | null;
    }[] = await this.dataSource.query(
      `SELECT p.id, p.registration_number, p.status, pr.name AS pledgor_name, pe.name AS pledgee_name,
              p.registered_on::text AS registered_on, p.ended_on::text AS ended_on
         FROM pledge p JOIN party pr ON pr.id = p.pledgor_party_id JOIN party pe ON pe.id = p.pledgee_party_id
        WHERE ${where.join(' AND ')}
        ORDER BY p.registered_on DESC, p.registration_number DESC
        LIMIT ${param(query.limit + 1)}`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      registrationNumber: r.registration_number,
      status: r.status,
      pledgorName: r.pledgor_name,
      pledgeeName: r.pledgee_name,
      registeredOn: r.registered_on,
      endedOn: r.ended_on,
    }));
  }

  /** Main IPC class per asset, for the register's patent lines. */
  async mainIpcOf(assetIds: readonly string[]): Promise<Map<string, string | null>> {
    if (assetIds.length === 0) return new Map();
    const rows: { id: string; main_ipc: string | null }[] = await this.dataSource.query(
      'SELECT id, main_ipc FROM ip_asset WHERE id = ANY($1::uuid[])',
      [[...assetIds]],
    );
    return new Map(rows.map((r) => [r.id, r.main_ipc]));
  }

  /** Aggregates over applications filed and registrations made between the dates (inclusive). */
  async statistics(from: string | null, to: string | null): Promise<StatisticsRow> {
    const filed = `($1::date IS NULL OR (p.created_at AT TIME ZONE 'Asia/Shanghai')::date >= $1::date)
               AND ($2::date IS NULL OR (p.created_at AT TIME ZONE 'Asia/Shanghai')::date <= $2::date)`;
    const registered = `p.registered_on IS NOT NULL AND ($1::date IS NULL OR p.registered_on >= $1::date)
                    AND ($2::date IS NULL OR p.registered_on <= $2::date)`;
    const params = [from, to];
    const byStatus: { status: PledgeStatus; count: number }[] = await this.dataSource.query(
      `SELECT p.status, count(*)::int AS count FROM pledge p WHERE ${filed} GROUP BY p.status ORDER BY p.status`,
      params,
    );
    const [totals]: { registrations: number; pledgors: number; assets: number }[] = await this.dataSource.query(
      `SELECT count(DISTINCT p.id)::int AS registrations, count(DISTINCT p.pledgor_party_id)::int AS pledgors,
              count(DISTINCT pa.asset_id)::int AS assets
         FROM pledge p LEFT JOIN pledge_asset pa ON pa.pledge_id = p.id WHERE ${registered}`,
      params,
    );
    const secured: { currency: string; amount: string }[] = await this.dataSource.query(
      `SELECT v.claim_currency AS currency, sum(v.claim_amount)::text AS amount
         FROM pledge p JOIN pledge_version v ON v.pledge_id = p.id AND v.version = 1
        WHERE ${registered} GROUP BY v.claim_currency ORDER BY v.claim_currency`,
      params,
    );
    return {
      byStatus,
      registrations: totals?.registrations ?? 0,
      secured,
      distinctPledgors: totals?.pledgors ?? 0,
      assetsPledged: totals?.assets ?? 0,
    };
  }

  insertDisposal(manager: EntityManager, disposal: Partial<PledgeDisposalEntity>): Promise<PledgeDisposalEntity> {
    return manager.save(PledgeDisposalEntity, manager.create(PledgeDisposalEntity, disposal));
  }

  lockDisposal(manager: EntityManager, id: string): Promise<PledgeDisposalEntity | null> {
    return manager.findOne(PledgeDisposalEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findDisposal(id: string, manager: EntityManager = this.dataSource.manager): Promise<PledgeDisposalEntity | null> {
    return manager.findOneBy(PledgeDisposalEntity, { id });
  }

  async updateDisposal(manager: EntityManager, id: string, changes: Partial<PledgeDisposalEntity>): Promise<void> {
    await manager.update(PledgeDisposalEntity, { id }, { ...changes, updatedAt: new Date() });
  }

  disposalsOf(pledgeIds: readonly string[]): Promise<PledgeDisposalEntity[]> {
    if (pledgeIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(PledgeDisposalEntity, 'd')
      .where('d.pledge_id = ANY(:ids)', { ids: [...pledgeIds] })
      .orderBy('d.created_at', 'ASC')
      .getMany();
  }
}

/** The who-sees-what rule (domain/pledge-access.ts) as a WHERE clause. */
function applyScope(qb: SelectQueryBuilder<PledgeEntity>, scope: ViewScope): void {
  if (scope.all) return;
  const any: string[] = [];
  if (scope.pledgorPartyId !== null) any.push('p.pledgor_party_id = :scopePledgor');
  if (scope.pledgeePartyId !== null) any.push('p.pledgee_party_id = :scopePledgee');
  if (scope.submitted) any.push('p.submitted_at IS NOT NULL');
  qb.andWhere(any.length === 0 ? 'false' : `(${any.join(' OR ')})`, {
    scopePledgor: scope.pledgorPartyId,
    scopePledgee: scope.pledgeePartyId,
  });
}
