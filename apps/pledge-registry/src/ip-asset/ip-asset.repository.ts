import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { findByIds, withTransaction } from '@app/database';
import type { AssetRecord } from '@registry/ip-asset/domain/asset-record.js';
import { IpAssetOwnerEntity } from '@registry/ip-asset/ip-asset-owner.entity.js';
import { IpAssetEntity } from '@registry/ip-asset/ip-asset.entity.js';
import type { IpKind, IpLegalStatus } from '@registry/ip-asset/domain/ip-term.js';

export interface IpAssetQuery {
  ownerPartyId?: string;
  kind?: IpKind;
  legalStatus?: IpLegalStatus;
  /** The registry's today, for the effective status. */
  today: string;
  ipcPrefix?: string;
  expiringBefore?: string;
  after: [string, string, string] | null;
  limit: number;
}

export interface UpsertOutcome {
  id: string;
  number: string;
  inserted: boolean;
}

const ASSET_COLUMNS = [
  ['id', 'uuid'],
  ['register', 'varchar'],
  ['kind', 'varchar'],
  ['number', 'varchar'],
  ['title', 'varchar'],
  ['filing_date', 'date'],
  ['grant_date', 'date'],
  ['expiry_date', 'date'],
  ['legal_status', 'varchar'],
  ['ipc', 'text'],
  ['main_ipc', 'varchar'],
  ['invalidation_pending', 'boolean'],
  ['ownership_dispute', 'boolean'],
  ['court_preservation', 'boolean'],
  ['claims_count', 'integer'],
  ['independent_claims', 'integer'],
  ['forward_citations', 'integer'],
  ['family_size', 'integer'],
  ['licences_granted', 'integer'],
] as const;

const RISK_COLUMNS = ['legal_status', 'invalidation_pending', 'ownership_dispute', 'court_preservation'];

// IPC lists travel as one delimited string per row because unnest() flattens 2-D arrays.
const IPC_SEPARATOR = ';';

/** SQL for IP assets; every write here runs inside the caller's transaction. */
@Injectable()
export class IpAssetRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return withTransaction(this.dataSource, work);
  }

  findById(id: string): Promise<IpAssetEntity | null> {
    return this.dataSource.manager.findOneBy(IpAssetEntity, { id });
  }

  findByIds(ids: readonly string[]): Promise<IpAssetEntity[]> {
    return findByIds(this.dataSource.manager, IpAssetEntity, ids);
  }

  ownersOf(assetIds: readonly string[]): Promise<IpAssetOwnerEntity[]> {
    if (assetIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(IpAssetOwnerEntity, 'o')
      .where('o.asset_id = ANY(:ids)', { ids: [...assetIds] })
      .orderBy('o.asset_id')
      .addOrderBy('o.position')
      .getMany();
  }

  /** Keyset page ordered by (register, number, id): stable and index-friendly. */
  list(query: IpAssetQuery): Promise<IpAssetEntity[]> {
    const qb = this.dataSource.manager.createQueryBuilder(IpAssetEntity, 'a');
    if (query.ownerPartyId !== undefined) {
      qb.andWhere('EXISTS (SELECT 1 FROM ip_asset_owner o WHERE o.asset_id = a.id AND o.party_id = :owner)', {
        owner: query.ownerPartyId,
      });
    }
    if (query.kind !== undefined) qb.andWhere('a.kind = :kind', { kind: query.kind });
    if (query.legalStatus !== undefined) {
      // Filter on the status the API shows: in-force rights past their expiry are EXPIRED.
      qb.andWhere(
        `(CASE WHEN a.legal_status IN ('GRANTED', 'FEE_GRACE') AND a.expiry_date IS NOT NULL AND a.expiry_date <= :today
               THEN 'EXPIRED' ELSE a.legal_status END) = :status`,
        { status: query.legalStatus, today: query.today },
      );
    }
    if (query.ipcPrefix !== undefined) {
      qb.andWhere("EXISTS (SELECT 1 FROM unnest(a.ipc_classes) c WHERE c LIKE :ipc ESCAPE '\\')", {
        ipc: `${query.ipcPrefix.replace(/[\\%_]/g, (m) => `\\${m}`)}%`,
      });
    }
    if (query.expiringBefore !== undefined) {
      qb.andWhere('a.expiry_date < :before', { before: query.expiringBefore });
    }
    if (query.after !== null) {
      qb.andWhere('(a.register, a.number, a.id) > (:r, :n, :i)', {
        r: query.after[0],
        n: query.after[1],
        i: query.after[2],
      });
    }
    return qb
      .orderBy('a.register', 'ASC')
      .addOrderBy('a.number', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(query.limit + 1)
      .getMany();
  }

  /**
   * Inserts or updates many assets and replaces their owners, in three statements. The
   * caller's transaction makes each batch all-or-nothing. A changed legal status or risk
   * flag moves `status_changed_at`, which is what makes older valuations stale.
   * With `onConflict: 'skip'`, existing numbers are left alone and not returned.
   */
  async upsertMany(
    manager: EntityManager,
    records: readonly (AssetRecord & { id?: string })[],
    onConflict: 'update' | 'skip' = 'update',
  ): Promise<UpsertOutcome[]> {
    if (records.length === 0) return [];
    const columns = ASSET_COLUMNS.map(([name]) => name);
    const arrays: unknown[][] = columns.map(() => []);
    for (const r of records) {
      const values: unknown[] = [
        r.id ?? null,
        r.register,
        r.kind,
        r.number,
        r.title,
        r.filingDate,
        r.grantDate,
        r.expiryDate,
        r.legalStatus,
        r.ipcClasses.join(IPC_SEPARATOR),
        r.mainIpc,
        r.invalidationPending,
        r.ownershipDispute,
        r.courtPreservation,
        r.claimsCount,
        r.independentClaims,
        r.forwardCitations,
        r.familySize,
        r.licencesGranted,
      ];
      values.forEach((v, i) => arrays[i]?.push(v));
    }
    const unnestArgs = ASSET_COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
    const targetColumns = columns.map((c) => (c === 'ipc' ? 'ipc_classes' : c));
    const selectColumns = columns.map((c) =>
      c === 'id'
        ? 'coalesce(u.id, gen_random_uuid())'
        : c === 'ipc'
          ? `CASE WHEN u.ipc = '' THEN '{}'::varchar[] ELSE string_to_array(u.ipc, '${IPC_SEPARATOR}')::varchar[] END`
          : `u.${c}`,
    );
    const updates = targetColumns
      .filter((c) => c !== 'id' && c !== 'register' && c !== 'number')
      .map((c) => `${c} = EXCLUDED.${c}`);
    const riskChanged = `(${RISK_COLUMNS.map((c) => `ip_asset.${c}`).join(', ')}) IS DISTINCT FROM (${RISK_COLUMNS.map((c) => `EXCLUDED.${c}`).join(', ')})`;
    const conflict =
      onConflict === 'skip'
        ? 'DO NOTHING'
        : `DO UPDATE SET ${updates.join(', ')}, updated_at = now(),
             status_changed_at = CASE WHEN ${riskChanged} THEN now() ELSE ip_asset.status_changed_at END`;
    const rows: { id: string; number: string; inserted: boolean }[] = await manager.query(
      `INSERT INTO ip_asset AS ip_asset (${targetColumns.join(', ')})
       SELECT ${selectColumns.join(', ')} FROM unnest(${unnestArgs}) AS u(${columns.join(', ')})
       ON CONFLICT (register, number) ${conflict}
       RETURNING id, number, (xmax = 0) AS inserted`,
      arrays,
    );

    const idByNumber = new Map(rows.map((r) => [r.number, r.id]));
    const touched = records.filter((r) => idByNumber.has(r.number));
    const ids = touched.map((r) => idByNumber.get(r.number) as string);
    await manager.query('DELETE FROM ip_asset_owner WHERE asset_id = ANY($1::uuid[])', [ids]);
    const owner: { asset: string[]; position: number[]; name: string[]; code: (string | null)[]; share: string[] } = {
      asset: [],
      position: [],
      name: [],
      code: [],
      share: [],
    };
    for (const r of touched) {
      r.owners.forEach((o, position) => {
        owner.asset.push(idByNumber.get(r.number) as string);
        owner.position.push(position);
        owner.name.push(o.name);
        owner.code.push(o.creditCode);
        owner.share.push(o.share);
      });
    }
    // Owners are linked to platform parties by credit code, in the same statement.
    await manager.query(
      `INSERT INTO ip_asset_owner (asset_id, position, name, credit_code, party_id, share)
       SELECT u.asset_id, u.position, u.name, u.credit_code, p.id, u.share
       FROM unnest($1::uuid[], $2::smallint[], $3::varchar[], $4::char(18)[], $5::numeric[])
            AS u(asset_id, position, name, credit_code, share)
       LEFT JOIN party p ON p.credit_code = u.credit_code`,
      [owner.asset, owner.position, owner.name, owner.code, owner.share],
    );
    return rows.map((r) => ({ id: r.id, number: r.number, inserted: r.inserted }));
  }

  /** Locks the row, lets `check` refuse the change against the current state, then writes it. */
  async updateRisk(
    id: string,
    changes: Partial<
      Pick<IpAssetEntity, 'legalStatus' | 'invalidationPending' | 'ownershipDispute' | 'courtPreservation'>
    >,
    check: (current: IpAssetEntity) => void,
  ): Promise<IpAssetEntity | null> {
    return withTransaction(this.dataSource, async (manager) => {
      const current = await manager.findOne(IpAssetEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (current === null) return null;
      check(current);
      const changed = (Object.keys(changes) as (keyof typeof changes)[]).some((k) => changes[k] !== current[k]);
      await manager.update(IpAssetEntity, { id }, { ...changes, ...(changed ? { statusChangedAt: new Date() } : {}) });
      return manager.findOneBy(IpAssetEntity, { id });
    });
  }

  count(): Promise<number> {
    return this.dataSource.manager.count(IpAssetEntity);
  }
}
