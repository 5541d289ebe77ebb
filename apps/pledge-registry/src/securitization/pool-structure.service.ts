import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Identity } from '@app/auth';
import { Decimal, decimalOrNull } from '@app/money';
import { assertUuid } from '@app/platform';
import { parseProjectionInput, SecuritizationInputError, type PoolLoanInput } from '@app/securitization-engine';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import {
  apiField,
  poolLoans,
  projectionInput,
  type StoredStructure,
} from '@registry/securitization/domain/projection-input.js';
import type {
  SetSecuritizationPoolStructureInput,
  ProjectionAssumptionsInput,
} from '@registry/securitization/dto/structure.input.js';
import type { PoolProjectionModel } from '@registry/securitization/dto/structure.model.js';
import type { PoolTrancheEntity } from './pool-tranche.entity.js';
import { ProjectionRunner } from './projection-runner.js';
import { SecuritizationPoolService, storedId } from './securitization-pool.service.js';
import { SecuritizationErrorReason, SecuritizationException } from './securitization.exception.js';
import { toPoolItem, type PoolStructure } from './securitization.mapper.js';
import { SecuritizationRepository } from './securitization.repository.js';

/** The stored structure in the engine's terms; thresholds left null run at the engine's defaults. */
export function storedStructure({ structure: s, tranches }: PoolStructure): StoredStructure {
  return { ...s, tranches };
}

const NO_LOSS = { annualDefaultRate: '0', annualPrepaymentRate: '0', lossSeverity: '0', recoveryLagPeriods: 0 };

/**
 * Pool structures (tranches, fees, reserve, guarantor, triggers) and projections of the pool
 * through them. A structure is checked by the engine's own parser against the pool as it
 * stands, so the API refuses exactly what a projection would.
 */
@Injectable()
export class PoolStructureService {
  constructor(
    private readonly pools: SecuritizationRepository,
    private readonly poolService: SecuritizationPoolService,
    private readonly idempotency: IdempotencyService,
    private readonly runner: ProjectionRunner,
  ) {}

  async setStructure(
    identity: Identity,
    input: SetSecuritizationPoolStructureInput,
    key?: string | null,
  ): Promise<string> {
    const poolId = assertUuid(input.poolId, 'input.poolId');
    return this.pools.transaction((m) =>
      this.idempotency.run(
        m,
        { identity, key, operation: 'setSecuritizationPoolStructure', request: input, ...storedId },
        async () => {
          const pool = await this.poolService.lockOwn(m, identity, poolId, 'input.poolId');
          const reserve = input.reserve ?? { initialAmount: '0', targetAmount: '0', targetShareOfNotes: null };
          const structure = {
            poolId: pool.id,
            feeAnnualRateOnPool: new Decimal(input.fees?.annualRateOnPool ?? '0'),
            feeFixedPerPeriod: new Decimal(input.fees?.fixedPerPeriod ?? '0'),
            reserveInitialAmount: new Decimal(reserve.initialAmount),
            reserveTargetAmount: decimalOrNull(reserve.targetAmount),
            reserveTargetShareOfNotes: decimalOrNull(reserve.targetShareOfNotes),
            guarantorCap: new Decimal(input.guarantor?.cap ?? '0'),
            guarantorName: input.guarantor?.name.trim() ?? null,
            trap50Below: decimalOrNull(input.triggers?.trap50Below),
            trap100Below: decimalOrNull(input.triggers?.trap100Below),
            rapidAmortisationBelow: decimalOrNull(input.triggers?.rapidAmortisationBelow),
            cumulativeLossRapidAbove: decimalOrNull(input.triggers?.cumulativeLossRapidAbove),
            updatedBy: identity.userId,
            updatedAt: new Date(),
          };
          const tranches = input.tranches.map((t) => ({
            name: t.name.trim(),
            trancheClass: t.trancheClass,
            size: new Decimal(t.size),
            coupon: new Decimal(t.coupon),
            priority: t.priority,
          }));
          const loans = await this.loansOf(m, pool.id);
          if (loans.length === 0) {
            throw SecuritizationException.conflict(
              SecuritizationErrorReason.POOL_EMPTY,
              'the pool has no included candidates with a balance: add them before structuring it',
              'input.poolId',
            );
          }
          try {
            parseProjectionInput(projectionInput({ ...structure, tranches }, loans, NO_LOSS));
          } catch (error) {
            if (error instanceof SecuritizationInputError) throw invalidStructure(error);
            throw error;
          }
          await this.pools.replaceStructure(m, structure, tranches);
          return pool.id;
        },
      ),
    );
  }

  /** The structure of each pool asked for, two queries for all of them. */
  async structuresOf(poolIds: readonly string[]): Promise<Map<string, PoolStructure>> {
    const [structures, tranches] = await Promise.all([
      this.pools.structures(this.pools.manager, poolIds),
      this.pools.tranches(this.pools.manager, poolIds),
    ]);
    const byPool = new Map(structures.map((s) => [s.poolId, { structure: s, tranches: [] as PoolTrancheEntity[] }]));
    for (const t of tranches) byPool.get(t.poolId)?.tranches.push(t);
    return byPool;
  }

  /** Runs the pool's INCLUDED underlyings, as they stand today, through its structure. */
  async project(
    identity: Identity,
    poolId: string,
    assumptions: ProjectionAssumptionsInput,
  ): Promise<PoolProjectionModel> {
    const pool = await this.poolService.get(identity, poolId, 'poolId');
    const asOf = registryToday();
    const [structure, loans] = await Promise.all([
      this.structuresOf([pool.id]).then((all) => all.get(pool.id)),
      this.loansOf(this.pools.manager, pool.id, asOf),
    ]);
    if (structure === undefined) {
      throw SecuritizationException.conflict(
        SecuritizationErrorReason.STRUCTURE_NOT_SET,
        'the pool has no structure yet (setSecuritizationPoolStructure)',
        'poolId',
      );
    }
    if (loans.length === 0) {
      throw SecuritizationException.conflict(
        SecuritizationErrorReason.POOL_EMPTY,
        'the pool has no included candidates with a balance',
        'poolId',
      );
    }
    const { periods, ...rates } = assumptions;
    const input = projectionInput(storedStructure(structure), loans, rates, periods ?? undefined);
    let data;
    try {
      data = await this.runner.run(input);
    } catch (error) {
      if (!(error instanceof SecuritizationInputError)) throw error;
      // Assumptions were checked by the validation pipe; what is left is the pool having
      // shrunk (repayments, removals) below its notes since the structure was set.
      if (error.code === 'TRANCHES_EXCEED_POOL') {
        throw SecuritizationException.conflict(SecuritizationErrorReason.TRANCHES_EXCEED_POOL, error.detail, 'poolId');
      }
      throw SecuritizationException.invalid(apiField(error.field, 'assumptions'), error.detail);
    }
    const noteTotal = structure.tranches.reduce((s, t) => s.plus(t.size), new Decimal(0));
    return {
      poolId: pool.id,
      asOf,
      loanCount: loans.length,
      noteTotal: noteTotal.toFixed(2),
      overcollateralisation: new Decimal(data.initialPoolBalance).minus(noteTotal).toFixed(2),
      ...data,
    };
  }

  /** The pool's INCLUDED underlyings with a balance, as the engine's loans. */
  private async loansOf(m: EntityManager, poolId: string, today = registryToday()): Promise<PoolLoanInput[]> {
    const facts = await this.pools.includedFacts(m, poolId);
    return poolLoans(
      facts.map((f) => ({
        repaymentMethod: f.repaymentMethod,
        balance: f.balance,
        annualRate: f.annualRate,
        remainingMonths: toPoolItem(f, today).remainingMonths,
      })),
    );
  }
}

/** An engine refusal as BAD_USER_INPUT naming the input path; tranches above the pool keep their own reason. */
function invalidStructure(error: SecuritizationInputError): SecuritizationException {
  return SecuritizationException.invalid(
    apiField(error.field, 'input'),
    error.detail,
    error.code === 'TRANCHES_EXCEED_POOL' ? SecuritizationErrorReason.TRANCHES_EXCEED_POOL : undefined,
  );
}
