import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Role, Roles, type Identity } from '@app/auth';
import type { Connection } from '@app/platform';
import {
  EnrolLoanInRiskFundInput,
  FileRiskFundClaimInput,
  RecordRiskFundRecoveryInput,
  RiskFundClaimFilter,
  RiskFundEnrolmentFilter,
} from '@registry/risk-fund/dto/risk-fund.input.js';
import {
  RiskFundClaimConnection,
  RiskFundClaimModel,
  RiskFundEnrolmentConnection,
  RiskFundEnrolmentModel,
  RiskFundEntryModel,
} from '@registry/risk-fund/dto/risk-fund.model.js';
import { RiskFundClaimService } from '@registry/risk-fund/risk-fund-claim.service.js';
import { RiskFundEnrolmentService } from '@registry/risk-fund/risk-fund-enrolment.service.js';
import { RiskFundPayoutService } from '@registry/risk-fund/risk-fund-payout.service.js';
import { toClaimModel, toEnrolmentModel, toEntryModel } from '@registry/risk-fund/risk-fund.mapper.js';
import { FUND_ADMINS, FUND_READERS, keyArg } from '@registry/risk-fund/risk-fund.resolver.js';

const idArg = { type: () => ID };
const pageArgs = {
  first: { type: () => Int, nullable: true },
  after: { type: () => String, nullable: true },
} as const;

/** Enrolments and loss claims: banks for their own loans, the fund's program office for its fund. */
@Resolver()
export class RiskFundCoverResolver {
  constructor(
    private readonly enrolments: RiskFundEnrolmentService,
    private readonly claims: RiskFundClaimService,
    private readonly payouts: RiskFundPayoutService,
  ) {}

  @Roles(Role.BANK)
  @Mutation(() => RiskFundEnrolmentModel, {
    description:
      "Enrol an ACTIVE loan your bank lent in the fund of the borrower's city (credit-list screening, leverage limit)",
  })
  async enrolLoanInRiskFund(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: EnrolLoanInRiskFundInput,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<RiskFundEnrolmentModel> {
    return toEnrolmentModel(await this.enrolments.enrol(identity, input, idempotencyKey));
  }

  @Roles(...FUND_ADMINS)
  @Mutation(() => RiskFundEnrolmentModel, { description: 'Accept or decline an enrolment held for review' })
  async reviewRiskFundEnrolment(
    @CurrentIdentity() identity: Identity,
    @Args('id', idArg) id: string,
    @Args('accept') accept: boolean,
    @Args('note', { type: () => String, nullable: true }) note?: string,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<RiskFundEnrolmentModel> {
    return toEnrolmentModel(await this.enrolments.review(identity, id, accept, note, idempotencyKey));
  }

  @Roles(Role.BANK)
  @Mutation(() => RiskFundClaimModel, {
    description: 'File the loss claim of an enrolled loan whose pledge was realised (one per loan)',
  })
  async fileRiskFundClaim(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: FileRiskFundClaimInput,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<RiskFundClaimModel> {
    return toClaimModel(await this.claims.file(identity, input, idempotencyKey));
  }

  @Roles(...FUND_ADMINS)
  @Mutation(() => RiskFundClaimModel, {
    description: "Approve a FILED claim: the fund's part is paid from the balance (refused if the balance is short)",
  })
  async approveRiskFundClaim(
    @CurrentIdentity() identity: Identity,
    @Args('id', idArg) id: string,
    @Args('note', { type: () => String, nullable: true }) note?: string,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<RiskFundClaimModel> {
    return toClaimModel(await this.payouts.approve(identity, id, note, idempotencyKey));
  }

  @Roles(...FUND_ADMINS)
  @Mutation(() => RiskFundClaimModel, { description: 'Reject a FILED claim, saying why' })
  async rejectRiskFundClaim(
    @CurrentIdentity() identity: Identity,
    @Args('id', idArg) id: string,
    @Args('note') note: string,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<RiskFundClaimModel> {
    return toClaimModel(await this.payouts.reject(identity, id, note, idempotencyKey));
  }

  @Roles(...FUND_ADMINS)
  @Mutation(() => RiskFundEntryModel, {
    description: "Record the fund's part of a recovery after a payout, paid back by the lender",
  })
  async recordRiskFundRecovery(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: RecordRiskFundRecoveryInput,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<RiskFundEntryModel> {
    return toEntryModel(await this.payouts.recordRecovery(identity, input, idempotencyKey));
  }

  @Roles(...FUND_READERS)
  @Query(() => RiskFundClaimModel, { description: "A claim of your bank's, or of a fund your office runs" })
  async riskFundClaim(
    @CurrentIdentity() identity: Identity,
    @Args('id', idArg) id: string,
  ): Promise<RiskFundClaimModel> {
    return toClaimModel(await this.claims.get(identity, id));
  }

  @Roles(...FUND_READERS)
  @Query(() => RiskFundClaimConnection, {
    description: "Claims of your bank's loans, or of the funds your office runs; newest first",
  })
  async riskFundClaims(
    @CurrentIdentity() identity: Identity,
    @Args('filter', { type: () => RiskFundClaimFilter, nullable: true }) filter?: RiskFundClaimFilter,
    @Args('first', pageArgs.first) first?: number,
    @Args('after', pageArgs.after) after?: string,
  ): Promise<Connection<RiskFundClaimModel>> {
    const page = await this.claims.list(identity, filter, first, after);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toClaimModel(e.node) })) };
  }

  @Roles(...FUND_READERS)
  @Query(() => RiskFundEnrolmentConnection, {
    description: "Enrolments of your bank's loans, or in the funds your office runs; newest first",
  })
  async riskFundEnrolments(
    @CurrentIdentity() identity: Identity,
    @Args('filter', { type: () => RiskFundEnrolmentFilter, nullable: true }) filter?: RiskFundEnrolmentFilter,
    @Args('first', pageArgs.first) first?: number,
    @Args('after', pageArgs.after) after?: string,
  ): Promise<Connection<RiskFundEnrolmentModel>> {
    const page = await this.enrolments.list(identity, filter, first, after);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toEnrolmentModel(e.node) })) };
  }
}
