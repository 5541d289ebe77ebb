import type { Decimal } from '@app/money';
import type {
  Amortisation,
  AssumptionsInput,
  PoolLoanInput,
  PoolProjectionInput,
  TrancheInput,
} from '@app/securitization-engine';

/** A pool's stored structure as the engine needs it (decimals as stored). */
export interface StoredStructure {
  tranches: readonly {
    name: string;
    trancheClass: TrancheInput['trancheClass'];
    size: Decimal;
    coupon: Decimal;
    priority: number;
  }[];
  feeAnnualRateOnPool: Decimal;
  feeFixedPerPeriod: Decimal;
  reserveInitialAmount: Decimal;
  reserveTargetAmount: Decimal | null;
  reserveTargetShareOfNotes: Decimal | null;
  guarantorCap: Decimal;
  trap50Below: Decimal | null;
  trap100Below: Decimal | null;
  rapidAmortisationBelow: Decimal | null;
  cumulativeLossRapidAbove: Decimal | null;
}

/** An included candidate as the projection sees it. */
export interface ProjectedUnderlying {
  /** The loan's repayment method; null for a royalty receivable. */
  repaymentMethod: string | null;
  balance: Decimal;
  annualRate: Decimal;
  remainingMonths: number;
}

/**
 * How an underlying amortises in the projection. FLAT loans charge interest on the original
 * principal; the engine has no flat method, so they run as EQUAL_PRINCIPAL (same principal
 * path, interest on the falling balance: less interest than contracted, the cautious side).
 * Interest-only loans and royalty receivables (paid when due) are BULLET.
 */
export function amortisationOf(repaymentMethod: string | null): Amortisation {
  switch (repaymentMethod) {
    case 'ANNUITY':
      return 'ANNUITY';
    case 'EQUAL_PRINCIPAL':
    case 'FLAT':
      return 'EQUAL_PRINCIPAL';
    default:
      return 'BULLET';
  }
}

/**
 * The engine's loans: one per underlying with a balance left. An underlying past its last due
 * date still owes its balance: it runs as one month to go.
 */
export function poolLoans(underlyings: readonly ProjectedUnderlying[]): PoolLoanInput[] {
  return underlyings
    .filter((u) => u.balance.gt(0))
    .map((u) => ({
      principal: u.balance.toFixed(2),
      annualRate: u.annualRate.toFixed(),
      remainingTermMonths: Math.max(1, u.remainingMonths),
      amortisation: amortisationOf(u.repaymentMethod),
    }));
}

const optional = (d: Decimal | null): string | undefined => (d === null ? undefined : d.toFixed());

/** The engine input for the stored structure, the pool's loans and the given assumptions. */
export function projectionInput(
  structure: StoredStructure,
  loans: readonly PoolLoanInput[],
  assumptions: AssumptionsInput,
  periods?: number,
): PoolProjectionInput {
  return {
    loans,
    assumptions,
    tranches: structure.tranches.map((t) => ({
      name: t.name,
      trancheClass: t.trancheClass,
      size: t.size.toFixed(2),
      coupon: t.coupon.toFixed(),
      priority: t.priority,
    })),
    fees: {
      annualRateOnPool: structure.feeAnnualRateOnPool.toFixed(),
      fixedPerPeriod: structure.feeFixedPerPeriod.toFixed(2),
    },
    reserve: {
      initialAmount: structure.reserveInitialAmount.toFixed(2),
      targetAmount: optional(structure.reserveTargetAmount),
      targetShareOfNotes: optional(structure.reserveTargetShareOfNotes),
    },
    guarantor: { cap: structure.guarantorCap.toFixed(2) },
    triggers: {
      trap50Below: optional(structure.trap50Below),
      trap100Below: optional(structure.trap100Below),
      rapidAmortisationBelow: optional(structure.rapidAmortisationBelow),
      cumulativeLossRapidAbove: optional(structure.cumulativeLossRapidAbove),
    },
    ...(periods === undefined ? {} : { periods }),
  };
}

/** The engine names fields `tranches[1].size`; the API names input paths `input.tranches.1.size`. */
export function apiField(engineField: string, prefix: string): string {
  return `${prefix}.${engineField.replace(/\[(\d+)\]/g, '.$1')}`;
}
