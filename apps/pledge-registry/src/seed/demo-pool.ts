import type { INestApplicationContext } from '@nestjs/common';
import { demoIdentity } from '@app/demo-data';
import { DayCountConvention, RepaymentMethod } from '@registry/loan/domain/repayment-schedule.js';
import type { ApplyForLoanInput } from '@registry/loan/dto/loan.input.js';
import { LoanApplicationService } from '@registry/loan/loan-application.service.js';
import { LoanServicingService } from '@registry/loan/loan-servicing.service.js';
import type { CreateSecuritizationPoolInput } from '@registry/securitization/dto/securitization.input.js';
import { TrancheClass } from '@registry/securitization/pool-tranche.entity.js';
import type { SetSecuritizationPoolStructureInput } from '@registry/securitization/dto/structure.input.js';
import { PoolCandidateService } from '@registry/securitization/pool-candidate.service.js';
import { PoolStructureService } from '@registry/securitization/pool-structure.service.js';
import { SecuritizationPoolService } from '@registry/securitization/securitization-pool.service.js';

/**
 * The demo bank lends on the registered demo pledge (3,000,000 at 3.85 % over 12 months, the
 * accepted offer's terms), disburses it today and pools it: a DRAFT pool aimed at 30 million
 * with a 20 % obligor limit, structured A / B / C with a reserve, fees and a guarantor, so a
 * projection can be run at once. Returns the pool id.
 */
export async function seedDemoPool(app: INestApplicationContext, pledgeId: string, today: string): Promise<string> {
  const bank = demoIdentity('bank');
  const loan = await app.get(LoanApplicationService).apply(
    bank,
    Object.assign({} as ApplyForLoanInput, {
      pledgeId,
      principal: '3000000.00',
      currency: 'CNY',
      annualRate: '0.0385',
      termMonths: 12,
      repaymentMethod: RepaymentMethod.ANNUITY,
      dayCount: DayCountConvention.MONTHLY_30_360,
    }),
  );
  await app.get(LoanApplicationService).decide(bank, loan.id, 'APPROVE');
  await app.get(LoanServicingService).disburse(bank, loan.id, today);

  const pools = app.get(SecuritizationPoolService);
  const pool = await pools.create(
    bank,
    Object.assign({} as CreateSecuritizationPoolInput, {
      name: 'Jiangsu Bank IP loans 2026-1',
      currency: 'CNY',
      requirePledgeRegistered: true,
      requirePatentLifeCoversTerm: true,
      requireNotInDefault: true,
      requireObligorNotCreditListed: true,
      requireNotInAnotherPool: true,
      maxObligorShare: '0.2',
      targetBalance: '30000000.00',
    }),
  );
  await app.get(PoolCandidateService).addLoan(bank, pool.id, loan.id);
  await app.get(PoolStructureService).setStructure(
    bank,
    Object.assign({} as SetSecuritizationPoolStructureInput, {
      poolId: pool.id,
      tranches: [
        { name: 'A', trancheClass: TrancheClass.SENIOR, size: '2000000.00', coupon: '0.028', priority: 1 },
        { name: 'B', trancheClass: TrancheClass.MEZZANINE, size: '100000.00', coupon: '0.045', priority: 2 },
        { name: 'C', trancheClass: TrancheClass.SUBORDINATED, size: '700000.00', coupon: '0.08', priority: 3 },
      ],
      fees: { annualRateOnPool: '0.004', fixedPerPeriod: '500.00' },
      reserve: { initialAmount: '30000.00', targetAmount: null, targetShareOfNotes: '0.015' },
      guarantor: { name: 'Suzhou Credit Guarantee Co.', cap: '100000.00' },
    }),
  );
  return pool.id;
}
