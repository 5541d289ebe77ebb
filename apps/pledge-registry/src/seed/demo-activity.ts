import { NestFactory } from '@nestjs/core';
import { DEMO_ASSETS, DEMO_PARTIES, demoIdentity } from '@app/demo-data';
import { addYears } from '@registry/ip-asset/domain/iso-date.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import { ListingVisibility, RepaymentMethod } from '@registry/listing/domain/listing-rules.js';
import type { CreateListingInput } from '@registry/listing/dto/listing.input.js';
import type { MakeOfferInput } from '@registry/listing/dto/offer.input.js';
import { ListingService } from '@registry/listing/listing.service.js';
import { OfferService } from '@registry/listing/offer.service.js';
import { ExaminationOutcome, type SubmitPledgeApplicationInput } from '@registry/pledge/dto/pledge.input.js';
import { DEFAULT_GUARANTEE_SCOPE, PledgeApplicationService } from '@registry/pledge/pledge-application.service.js';
import { PledgeExaminationService } from '@registry/pledge/pledge-examination.service.js';
import { PledgeStatus } from '@registry/pledge/domain/pledge-state.js';
import { FilingChannel } from '@registry/pledge/pledge.entity.js';
import { RegistryServicesModule } from '@registry/registry-services.module.js';
import { RiskFundService } from '@registry/risk-fund/risk-fund.service.js';
import { seedDemoPool } from '@registry/seed/demo-pool.js';
import { seedDemoRiskFund } from '@registry/seed/demo-risk-fund.js';
import type { RegistryConfig } from '@registry/registry.config.js';

const asset = (number: string): string => {
  const found = DEMO_ASSETS.find((a) => a.number === number);
  if (found === undefined) throw new Error(`demo asset ${number} missing`);
  return found.id;
};

/**
 * Demo marketplace and register activity, made through the registry's own services (so
 * every step has its audit events): Lianxin's SRAM patent listed, financed by the demo
 * bank's accepted offer and registered; its SerDes patent filed jointly and waiting for
 * the registrar; Qingyuan's cathode patent listed with an open offer; the Suzhou
 * risk-compensation fund, capitalised; the SRAM loan disbursed and pooled.
 */
export async function seedDemoActivity(config: RegistryConfig): Promise<string> {
  const app = await NestFactory.createApplicationContext(RegistryServicesModule.forConfig(config), {
    logger: ['error'],
  });
  try {
    const listings = app.get(ListingService);
    const offers = app.get(OfferService);
    const applications = app.get(PledgeApplicationService);
    const examination = app.get(PledgeExaminationService);
    const sme = demoIdentity('sme');
    const sme2 = demoIdentity('sme2');
    const bank = demoIdentity('bank');
    const registrar = demoIdentity('registrar');
    const today = registryToday();
    const expiresAt = new Date(Date.now() + 30 * 24 * 3600 * 1000);

    const listingInput = (assetIds: string[], amountSought: string, purpose: string): CreateListingInput =>
      Object.assign({} as CreateListingInput, {
        assetIds,
        amountSought,
        currency: 'CNY',
        termMonths: 12,
        purpose,
        visibility: ListingVisibility.PUBLIC,
      });
    const offerInput = (listingId: string, amount: string, annualRate: string): MakeOfferInput =>
      Object.assign({} as MakeOfferInput, {
        listingId,
        amount,
        currency: 'CNY',
        annualRate,
        termMonths: 12,
        repaymentMethod: RepaymentMethod.ANNUITY,
        ltv: '0.5',
        conditions: 'Quarterly covenant report; valuation refreshed yearly',
        expiresAt,
      });

    // 1. Listed, offered, accepted, signed by both, registered.
    const sram = asset('CN201810123456.5');
    const listed = await listings.create(sme, listingInput([sram], '3000000', 'Working capital for 28 nm tape-out'));
    const offer = await offers.make(bank, offerInput(listed.id, '3000000', '0.0385'));
    const accepted = await offers.accept(sme, offer.id);
    const draftId = accepted.pledgeId as string;
    const content = (applicationId: string | null, assetId: string, amount: string, dueDate: string) =>
      Object.assign({} as SubmitPledgeApplicationInput, {
        applicationId,
        pledgorPartyId: DEMO_PARTIES.lianxin.id,
        pledgeePartyId: DEMO_PARTIES.jiangsuBank.id,
        securedClaim: { type: 'LOAN', amount, currency: 'CNY' },
        debtorDueDate: dueDate,
        assetIds: [assetId],
        guaranteeScope: DEFAULT_GUARANTEE_SCOPE,
        coOwnerConsents: [],
        acknowledgedRisks: [],
        forfeitureClause: false,
        filingChannel: FilingChannel.ONLINE,
      });
    const dueDate = addYears(today, 1);
    const financed = content(draftId, sram, '3000000', dueDate);
    await applications.submit(sme, financed);
    await applications.submit(bank, financed);
    const registered = await examination.examine(registrar, draftId, { outcome: ExaminationOutcome.REGISTER });
    if (registered.status !== PledgeStatus.REGISTERED) {
      throw new Error(`demo pledge not registered: ${JSON.stringify(registered.reasons)}`);
    }

    // 2. Filed jointly without the marketplace, waiting for the registrar.
    const serdes = content(null, asset('CN202010345678.9'), '2000000', dueDate);
    const signed = await applications.submit(sme, serdes);
    if (signed.pledgeId === null) throw new Error(`demo application refused: ${JSON.stringify(signed.reasons)}`);
    await applications.submit(bank, { ...serdes, applicationId: signed.pledgeId });

    // 3. An open listing with an open offer.
    const cathode = await listings.create(
      sme2,
      listingInput([asset('CN202110456789.1')], '5000000', 'Pilot line for boron-coated cathode'),
    );
    await offers.make(bank, offerInput(cathode.id, '4000000', '0.042'));

    // 4. The Suzhou risk-compensation fund, capitalised, with the 54:26:16:4 sharing ratio.
    await seedDemoRiskFund(app.get(RiskFundService), today);

    // 5. A loan on the registered pledge, disbursed and pooled in a structured securitization pool.
    await seedDemoPool(app, draftId, today);
    return 'demo activity: 1 registered pledge with an active loan, 1 application awaiting examination, 1 open listing with an offer, 1 risk-compensation fund, 1 structured securitization pool';
  } finally {
    await app.close();
  }
}
