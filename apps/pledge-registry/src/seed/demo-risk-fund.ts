import { DEMO_PARTIES, demoIdentity } from '@app/demo-data';
import type {
  AddRiskFundRatioVersionInput,
  ContributeToRiskFundInput,
  CreateRiskFundInput,
} from '@registry/risk-fund/dto/risk-fund.input.js';
import type { RiskFundService } from '@registry/risk-fund/risk-fund.service.js';

/**
 * The Suzhou program office's risk-compensation fund: 5,000,000 paid in, losses shared
 * fund:bank:insurer:appraiser = 54:26:16:4 from 1 January of this year, leverage up to 10x,
 * so the demo bank can enrol Suzhou loans at once. Returns the fund id.
 */
export async function seedDemoRiskFund(funds: RiskFundService, today: string): Promise<string> {
  const program = demoIdentity('program');
  const fund = await funds.create(
    program,
    Object.assign({} as CreateRiskFundInput, {
      city: DEMO_PARTIES.suzhouProgram.city,
      name: 'Suzhou IP Pledge Financing Risk-Compensation Fund',
      ownerPartyId: DEMO_PARTIES.suzhouProgram.id,
      currency: 'CNY',
      leverageLimit: '10',
      perLoanCap: null,
    }),
  );
  await funds.addRatioVersion(
    program,
    Object.assign({} as AddRiskFundRatioVersionInput, {
      fundId: fund.id,
      effectiveFrom: `${today.slice(0, 4)}-01-01`,
      effectiveTo: null,
      fundPart: '54',
      bankPart: '26',
      insurerPart: '16',
      appraiserPart: '4',
    }),
  );
  await funds.contribute(
    program,
    Object.assign({} as ContributeToRiskFundInput, {
      fundId: fund.id,
      amount: '5000000.00',
      bookedOn: today,
      note: 'City budget allocation, first tranche',
    }),
  );
  return fund.id;
}
