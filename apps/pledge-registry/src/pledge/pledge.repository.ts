import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { findByIds } from '@app/database';
import { chainTailsFrom, chainTailsSql, type ChainTail } from '@registry/audit/audit.repository.js';
import { listedPartiesSql } from '@registry/credit/credit-list.repository.js';
import type { IpAssetOwnerEntity } from '@registry/ip-asset/ip-asset-owner.entity.js';
import type { IpAssetEntity } from '@registry/ip-asset/ip-asset.entity.js';
import { PartyEntity } from '@registry/party/party.entity.js';
import type { ViewScope } from '@registry/pledge/domain/pledge-access.js';
import type { PledgeStatus } from '@registry/pledge/domain/pledge-state.js';
import type { ReviewFlag } from '@registry/pledge/domain/refusal-rules.js';
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
  asset: Pick<
    IpAssetEntity,
    | 'id'
    | 'number'
    | 'title'
    | 'kind'
    | 'filingDate'
    | 'grantDate'
    | 'expiryDate'
    | 'legalStatus'
    | 'invalidationPending'
    | 'ownershipDispute'
    | 'courtPreservation'
  >;
  /** In position order; `share` as stored (numeric text). */
  owners: (Pick<IpAssetOwnerEntity, 'partyId' | 'creditCode'> & { share: string })[];
  /** The pledge that holds it on the register, if any. */
  activePledgeId: string | null;
}

/** What to read for the refusal rules. */
export interface RuleFactsQuery {
  assetIds: readonly string[];
  pledgorPartyId: string | null;
  /** Parties whose credit-list entries in force on `on` matter. */
  partyIds: readonly string[];
  on: string | null;
  /** A pledge whose asset list to read as it stands now (see RuleFacts.ownAssetIds). */
  ownPledgeId: string | null;
  /** Also read the audit chain tails of the assets: only under their chain locks. */
  chainTails: boolean;
}

/** Everything the refusal rules need, read in one statement. */
export interface RuleFacts {
  assets: AssetFactsRow[];
  pledgorCreditCode: string | null;
  creditListedPartyIds: string[];
  /** The assets of `ownPledgeId` in position order (empty without one). */
  ownAssetIds: string[];
  /** The chain tails of the assets, when asked for. */
  chainTails: Map<string, ChainTail>;
}

interface RuleFactsRaw {
  assets: (AssetFactsRow['asset'] & { owners: AssetFactsRow['owners']; activePledgeId: string | null })[];
  pledgor_credit_code: string | null;
  listed: string[];
  own_asset_ids: string[];
  tails: Record<string, ChainTail> | null;
}

/** What registration writes besides the columns copied from the pledge row. */
export interface Registration {
  pledgeId: string;
  assetIds: readonly string[];
  status: PledgeStatus;
  /** YYYY-MM-DD: the registration date; its year prefixes the registration number. */
  registeredOn: string;
  examinedAt: Date;
  examinedBy: string | null;
  reviewFlags: readonly ReviewFlag[];
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

  /**
   * {@link lockById} that also returns the pledge's asset ids in position order, in one
   * statement. The asset list is read with the statement's snapshot, taken before any
   * wait for the row lock: a caller that may have waited re-reads it (RuleFacts.ownAssetIds).
   */
  async lockWithAssets(
    manager: EntityManager,
    id: string,
  ): Promise<{ pledge: PledgeEntity; assetIds: string[] } | null> {
    const { entities, raw } = await manager
      .createQueryBuilder(PledgeEntity, 'p')
      .addSelect(
        `(SELECT coalesce(json_agg(pa.asset_id ORDER BY pa.position), '[]'::json) FROM pledge_asset pa WHERE pa.pledge_id = p.id)`,
        'asset_ids',
      )
      .where('p.id = :id', { id })
      .setLock('pessimistic_write')
      .getRawAndEntities<{ asset_ids: string[] }>();
    const [pledge] = entities;
    const [row] = raw;
    return pledge === undefined || row === undefined ? null : { pledge, assetIds: row.asset_ids };
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
    const query = { assetIds, pledgorPartyId: null, partyIds: [], on: null, ownPledgeId: null, chainTails: false };
    return (await this.ruleFacts(manager, query)).assets;
  }

  /**
   * The facts of the refusal rules in one statement: assets with owners and active pledge,
   * the pledgor's credit code, credit-listed parties, the own pledge's assets and, when
   * asked, the assets' audit chain tails (the credit and audit modules' SQL, embedded).
   */
  async ruleFacts(manager: EntityManager, q: RuleFactsQuery): Promise<RuleFacts> {
    const [row]: RuleFactsRaw[] = await manager.query(
      `SELECT
         (SELECT coalesce(json_agg(json_build_object(
                   'id', a.id, 'number', a.number, 'title', a.title, 'kind', a.kind,
                   'filingDate', a.filing_date, 'grantDate', a.grant_date, 'expiryDate', a.expiry_date,
                   'legalStatus', a.legal_status, 'invalidationPending', a.invalidation_pending,
                   'ownershipDispute', a.ownership_dispute, 'courtPreservation', a.court_preservation,
                   'activePledgeId', ap.pledge_id,
                   'owners', (SELECT coalesce(json_agg(json_build_object('partyId', o.party_id,
                                'creditCode', o.credit_code, 'share', o.share::text) ORDER BY o.position), '[]'::json)
                                FROM ip_asset_owner o WHERE o.asset_id = a.id))), '[]'::json)
            FROM ip_asset a LEFT JOIN active_pledge ap ON ap.asset_id = a.id
           WHERE a.id = ANY($1::uuid[])) AS assets,
         (SELECT credit_code FROM party WHERE id = $2::uuid) AS pledgor_credit_code,
         ARRAY(SELECT l.id::text FROM (${listedPartiesSql('$3', '$4')}) l) AS listed,
         (SELECT coalesce(json_agg(pa.asset_id ORDER BY pa.position), '[]'::json)
            FROM pledge_asset pa WHERE pa.pledge_id = $5::uuid) AS own_asset_ids,
         CASE WHEN $6::boolean THEN (${chainTailsSql('$1')}) END AS tails`,
      [[...q.assetIds], q.pledgorPartyId, [...q.partyIds], q.on, q.ownPledgeId, q.chainTails],
    );
    if (row === undefined) throw new Error('rule facts query returned no row');
    return {
      assets: row.assets.map(({ owners, activePledgeId, ...asset }) => ({ asset, owners, activePledgeId })),
      pledgorCreditCode: row.pledgor_credit_code,
      creditListedPartyIds: row.listed,
      ownAssetIds: row.own_asset_ids,
      chainTails: chainTailsFrom(row.tails ?? {}),
    };
  }

  parties(manager: EntityManager, ids: readonly string[]): Promise<PartyEntity[]> {
    return findByIds(manager, PartyEntity, ids);
  }

  async releaseActive(manager: EntityManager, pledgeId: string): Promise<void> {
    await manager.delete(ActivePledgeEntity, { pledgeId });
  }

  /**
   * Registers a pledge in one statement. Claims its assets in active_pledge (the primary
   * key decides: an asset already held is skipped, not an error); only if every asset was
   * claimed does it take the next registration serial, set the registration columns and
   * write version 1 of the registered terms from the row itself. Returns the registration
   * number, or null when some asset was already held: the claim is then partial and the
   * caller must roll the transaction back.
   */
  async registerClaimingAssets(manager: EntityManager, r: Registration): Promise<string | null> {
    const [row]: { registration_number: string | null }[] = await manager.query(
      `WITH claimed AS (
         INSERT INTO active_pledge (asset_id, pledge_id)
         SELECT a, $1::uuid FROM unnest($2::uuid[]) AS a ORDER BY a
         ON CONFLICT (asset_id) DO NOTHING RETURNING asset_id),
       serial AS (
         SELECT nextval('pledge_registration_seq')::text AS n
          WHERE (SELECT count(*) FROM claimed) = cardinality($2::uuid[])),
       registered AS (
         UPDATE pledge p SET status = $3, version = 1, registered_on = $4::date,
                registration_number = 'PL-' || to_char($4::date, 'YYYY') || '-' || lpad(s.n, greatest(6, length(s.n)), '0'),
                examined_at = $5, examined_by = $6, refusal_reasons = '[]'::jsonb, review_flags = $7::jsonb,
                updated_at = $5
           FROM serial s WHERE p.id = $1
         RETURNING p.id, p.registration_number, p.pledgor_party_id, p.pledgee_party_id, p.claim_amount,
                   p.claim_currency, p.debtor_due_date, p.guarantee_scope),
       version AS (
         INSERT INTO pledge_version (pledge_id, version, pledgor_party_id, pledgee_party_id, claim_amount,
                                     claim_currency, debtor_due_date, guarantee_scope, change_note, effective_on,
                                     recorded_by)
         SELECT id, 1, pledgor_party_id, pledgee_party_id, claim_amount, claim_currency, debtor_due_date,
                guarantee_scope, NULL, $4::date, $6 FROM registered)
       SELECT (SELECT registration_number FROM registered) AS registration_number`,
      [
        r.pledgeId,
        [...r.assetIds],
        r.status,
        r.registeredOn,
        r.examinedAt,
        r.examinedBy,
        JSON.stringify(r.reviewFlags),
      ],
    );
    return row?.registration_number ?? null;
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
