import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Role, type Identity } from '@app/auth';
import { Decimal, decimalOrNull } from '@app/money';
import { assertUuid } from '@app/platform';
import type { JsonValue } from '@registry/audit/domain/audit-chain.js';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import type { IpAssetModel } from '@registry/ip-asset/dto/ip-asset.model.js';
import { registryToday, toIpAssetModel } from '@registry/ip-asset/ip-asset.mapper.js';
import { IpAssetService } from '@registry/ip-asset/ip-asset.service.js';
import { PartyKind } from '@registry/party/party.entity.js';
import { breaches, type Exposure } from '@registry/securitization/domain/concentration.js';
import { arrangesFor, mayRead } from '@registry/securitization/domain/pool-access.js';
import { poolAnalytics, type PoolAnalytics } from '@registry/securitization/domain/pool-analytics.js';
import type {
  CreateSecuritizationPoolInput,
  SetSecuritizationPoolLimitsInput,
} from '@registry/securitization/dto/securitization.input.js';
import type { PoolCandidateEntity } from './pool-candidate.entity.js';
import type { SecuritizationPoolEntity } from './securitization-pool.entity.js';
import { SecuritizationErrorReason, SecuritizationException } from './securitization.exception.js';
import { limitsOf, toPoolItem } from './securitization.mapper.js';
import { SecuritizationRepository } from './securitization.repository.js';

/** Idempotent results are the id of what was written. */
export const storedId = {
  toStored: (id: string): JsonValue => id,
  fromStored: (stored: JsonValue): string => stored as string,
};

/** Refuses, naming every broken limit, when the exposures breach the pool's limits. */
export function assertWithinLimits(exposures: readonly Exposure[], pool: SecuritizationPoolEntity): void {
  const found = breaches(exposures, limitsOf(pool), pool.targetBalance);
  if (found.length === 0) return;
  const first = found[0]!;
  throw SecuritizationException.conflict(
    SecuritizationErrorReason.CONCENTRATION_LIMIT_EXCEEDED,
    `the ${first.limit} limit ${first.max.toFixed()} would be exceeded by ${first.key} at ${first.share.toFixed(8)}`,
    undefined,
    {
      breaches: found.map((b) => ({ limit: b.limit, key: b.key, share: b.share.toFixed(8), max: b.max.toFixed() })),
    },
  );
}

/**
 * Pools: creation, limits, reads and analytics. Every write locks the pool's row first, so
 * the changes to one pool (and their concentration checks) run one at a time.
 */
/** A pool's analytics and the IP assets behind it. */
export interface PoolAnalyticsResult {
  figures: PoolAnalytics;
  assets: IpAssetModel[];
}

@Injectable()
export class SecuritizationPoolService {
  constructor(
    private readonly pools: SecuritizationRepository,
    private readonly idempotency: IdempotencyService,
    private readonly assets: IpAssetService,
  ) {}

  async create(
    identity: Identity,
    input: CreateSecuritizationPoolInput,
    key?: string | null,
  ): Promise<SecuritizationPoolEntity> {
    const name = input.name.trim();
    if (name.length === 0) throw SecuritizationException.invalid('input.name', 'must not be blank');
    const bankPartyId = identity.partyId;
    if (bankPartyId === null || !arrangesFor(identity, bankPartyId)) throw SecuritizationException.notArranger();
    const id = await this.pools.transaction((m) =>
      this.idempotency.run(
        m,
        { identity, key, operation: 'createSecuritizationPool', request: input, ...storedId },
        async () => {
          const bank = await this.pools.party(m, bankPartyId);
          if (bank?.kind !== PartyKind.LENDER) throw SecuritizationException.notArranger();
          const pool = await this.pools.insertPool(m, {
            name,
            currency: input.currency,
            arrangerPartyId: bankPartyId,
            requirePledgeRegistered: input.requirePledgeRegistered,
            requirePatentLifeCoversTerm: input.requirePatentLifeCoversTerm,
            requireNotInDefault: input.requireNotInDefault,
            requireObligorNotCreditListed: input.requireObligorNotCreditListed,
            requireNotInAnotherPool: input.requireNotInAnotherPool,
            maxObligorShare: decimalOrNull(input.maxObligorShare),
            maxIndustryShare: decimalOrNull(input.maxIndustryShare),
            maxCityShare: decimalOrNull(input.maxCityShare),
            targetBalance: decimalOrNull(input.targetBalance),
            createdBy: identity.userId,
          });
          return pool.id;
        },
      ),
    );
    return this.get(identity, id);
  }

  /** New limits, refused (nothing written) if the pool as it stands would breach them. */
  async setLimits(
    identity: Identity,
    input: SetSecuritizationPoolLimitsInput,
    key?: string | null,
  ): Promise<SecuritizationPoolEntity> {
    const poolId = assertUuid(input.poolId, 'input.poolId');
    await this.pools.transaction((m) =>
      this.idempotency.run(
        m,
        { identity, key, operation: 'setSecuritizationPoolLimits', request: input, ...storedId },
        async () => {
          const pool = await this.lockOwn(m, identity, poolId, 'input.poolId');
          pool.maxObligorShare = decimalOrNull(input.maxObligorShare);
          pool.maxIndustryShare = decimalOrNull(input.maxIndustryShare);
          pool.maxCityShare = decimalOrNull(input.maxCityShare);
          pool.targetBalance = decimalOrNull(input.targetBalance);
          assertWithinLimits(await this.exposures(m, pool.id), pool);
          await this.pools.savePool(m, pool);
          return pool.id;
        },
      ),
    );
    return this.get(identity, poolId);
  }

  /** The pool locked for a change by an arranger of its bank; anyone else is told it does not exist. */
  async lockOwn(
    m: EntityManager,
    identity: Identity,
    poolId: string,
    field: string,
  ): Promise<SecuritizationPoolEntity> {
    const pool = await this.pools.pool(m, poolId, true);
    if (pool === null || !arrangesFor(identity, pool.arrangerPartyId)) {
      throw SecuritizationException.poolNotFound(poolId, field);
    }
    return pool;
  }

  /** Refuses (CONFLICT TRANCHES_EXCEED_POOL) when the pool's notes are above what the exposures add up to. */
  async assertNotesCovered(m: EntityManager, poolId: string, exposures: readonly Exposure[]): Promise<void> {
    const notes = await this.pools.noteTotal(m, poolId);
    const balance = exposures.reduce((s, e) => s.plus(e.balance), new Decimal(0));
    if (notes.gt(balance)) {
      throw SecuritizationException.conflict(
        SecuritizationErrorReason.TRANCHES_EXCEED_POOL,
        `the tranches (${notes.toFixed(2)}) would exceed the pool balance ${balance.toFixed(2)}`,
      );
    }
  }

  /** The INCLUDED candidates as the limits see them, on today's facts. */
  async exposures(m: EntityManager, poolId: string): Promise<Exposure[]> {
    const today = registryToday();
    return (await this.pools.includedFacts(m, poolId)).map((f) => toPoolItem(f, today));
  }

  async get(identity: Identity, id: string, field = 'id'): Promise<SecuritizationPoolEntity> {
    assertUuid(id, field);
    const pool = await this.pools.pool(this.pools.manager, id);
    if (pool === null || !mayRead(identity, pool.arrangerPartyId))
      throw SecuritizationException.poolNotFound(id, field);
    return pool;
  }

  /** Program staff and admins see every pool; an arranger its bank's. */
  list(identity: Identity): Promise<SecuritizationPoolEntity[]> {
    if (identity.roles.includes(Role.ADMIN) || identity.roles.includes(Role.PROGRAM_STAFF)) {
      return this.pools.pools(this.pools.manager, null);
    }
    const party = identity.partyId;
    return party !== null && arrangesFor(identity, party)
      ? this.pools.pools(this.pools.manager, party)
      : Promise.resolve([]);
  }

  /** The candidates of every pool asked for, in one query. */
  candidatesOf(poolIds: readonly string[]): Promise<PoolCandidateEntity[]> {
    return this.pools.candidates(this.pools.manager, poolIds);
  }

  /**
   * Each pool's figures of its INCLUDED candidates and the IP behind them, computed now, for
   * every pool asked for at once (three queries whatever the number of pools).
   */
  async analyticsOf(poolIds: readonly string[]): Promise<Map<string, PoolAnalyticsResult>> {
    const today = registryToday();
    const facts = await this.pools.includedFactsOf(this.pools.manager, poolIds);
    const assets = new Map(
      (await this.assets.findMany([...new Set(facts.flatMap((f) => f.assetIds))])).map((a) => [a.id, a]),
    );
    const byPool = new Map<string, typeof facts>(poolIds.map((id) => [id, []]));
    for (const f of facts) byPool.get(f.poolId)?.push(f);
    return new Map(
      poolIds.map((poolId) => {
        const mine = byPool.get(poolId) ?? [];
        const ids = [...new Set(mine.flatMap((f) => f.assetIds))];
        return [
          poolId,
          {
            figures: poolAnalytics(mine.map((f) => toPoolItem(f, today))),
            assets: ids.flatMap((id) => {
              const a = assets.get(id);
              return a === undefined ? [] : [toIpAssetModel(a, today)];
            }),
          },
        ];
      }),
    );
  }
}
