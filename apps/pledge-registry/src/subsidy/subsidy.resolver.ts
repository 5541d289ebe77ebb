import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Role, Roles, type Identity } from '@app/auth';
import { Decimal } from '@app/money';
import { LocalDateScalar, RequestLoaders } from '@app/platform';
import { SubsidyKind } from '@registry/subsidy/domain/subsidy-calc.js';
import {
  LoanSubsidyFactsInput,
  LoanSubsidyFactsModel,
  SubsidyClaimConnection,
  SubsidyClaimFilter,
  SubsidyClaimModel,
  SubsidyComputationModel,
  SubsidyFirmYearTotalModel,
} from '@registry/subsidy/dto/subsidy-claim.dto.js';
import {
  LoanPrimeRateInput,
  LoanPrimeRateModel,
  SubsidyRuleVersionInput,
  SubsidyRuleVersionModel,
} from '@registry/subsidy/dto/subsidy-rule.dto.js';
import { SubsidyClaimService } from '@registry/subsidy/subsidy-claim.service.js';
import { SubsidyLedgerService } from '@registry/subsidy/subsidy-ledger.service.js';
import { SubsidyRuleService } from '@registry/subsidy/subsidy-rule.service.js';

interface GraphQLContext {
  req: object;
}

/** Program staff run the subsidy program; rules and the LPR are public policy, readable by every user. */
const STAFF = [Role.PROGRAM_STAFF, Role.ADMIN] as const;
const EVERYONE = [Role.SME, Role.BANK, Role.REGISTRAR, Role.PROGRAM_STAFF, Role.ADMIN] as const;
const keyArg = { type: () => String, nullable: true };

@Resolver(() => SubsidyClaimModel)
export class SubsidyResolver {
  constructor(
    private readonly rules: SubsidyRuleService,
    private readonly claims: SubsidyClaimService,
    private readonly ledger: SubsidyLedgerService,
    private readonly loaders: RequestLoaders,
  ) {}

  @Roles(...STAFF)
  @Mutation(() => SubsidyRuleVersionModel, {
    description:
      "Add a version of a city's subsidy rule from a quarter's first day; the open current version ends that day. Overlaps are refused.",
  })
  async createSubsidyRuleVersion(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: SubsidyRuleVersionInput,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<SubsidyRuleVersionModel> {
    return SubsidyRuleVersionModel.from(await this.rules.createVersion(identity, input, idempotencyKey));
  }

  @Roles(...EVERYONE)
  @Query(() => [SubsidyRuleVersionModel], {
    description: "A city's subsidy rules with their history, by kind and date",
  })
  async subsidyRules(
    @Args('city') city: string,
    @Args('kind', { type: () => SubsidyKind, nullable: true }) kind?: SubsidyKind,
  ): Promise<SubsidyRuleVersionModel[]> {
    return (await this.rules.rules(city, kind)).map((r) => SubsidyRuleVersionModel.from(r));
  }

  @Roles(...STAFF)
  @Mutation(() => LoanPrimeRateModel, { description: 'Record a published 1-year LPR; entries never change' })
  async setLoanPrimeRate(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: LoanPrimeRateInput,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<LoanPrimeRateModel> {
    return LoanPrimeRateModel.from(await this.rules.setLpr(identity, input, idempotencyKey));
  }

  @Roles(...EVERYONE)
  @Query(() => [LoanPrimeRateModel], { description: 'The 1-year LPR history, oldest first' })
  async loanPrimeRates(): Promise<LoanPrimeRateModel[]> {
    return (await this.rules.lprs()).map((r) => LoanPrimeRateModel.from(r));
  }

  @Roles(Role.BANK)
  @Mutation(() => LoanSubsidyFactsModel, {
    description:
      "Your bank reports a loan's insurance, guarantee, premium and appraisal fee (replaces the last report)",
  })
  async reportLoanSubsidyFacts(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: LoanSubsidyFactsInput,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<LoanSubsidyFactsModel> {
    return LoanSubsidyFactsModel.from(await this.rules.reportFacts(identity, input, idempotencyKey));
  }

  @Roles(...STAFF)
  @Mutation(() => SubsidyComputationModel, {
    description:
      "Compute a city's claims for an ended quarter into the ledger; rerunning rewrites drafts only, never approved or paid claims",
  })
  async computeSubsidyClaims(
    @CurrentIdentity() identity: Identity,
    @Args('city') city: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('quarter', { type: () => Int }) quarter: number,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<SubsidyComputationModel> {
    const run = await this.claims.compute(identity, city, year, quarter, idempotencyKey);
    const counts = await this.ledger.periodCounts(run.city, run.year, run.quarter);
    return Object.assign(new SubsidyComputationModel(), run, counts);
  }

  @Roles(...STAFF)
  @Mutation(() => [SubsidyClaimModel], { description: 'Approve COMPUTED claims (a note is required for held ones)' })
  async approveSubsidyClaims(
    @CurrentIdentity() identity: Identity,
    @Args('ids', { type: () => [ID] }) ids: string[],
    @Args('note', { type: () => String, nullable: true }) note?: string,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<SubsidyClaimModel[]> {
    return (await this.ledger.approve(identity, ids, note ?? null, idempotencyKey)).map((c) =>
      SubsidyClaimModel.from(c),
    );
  }

  @Roles(...STAFF)
  @Mutation(() => SubsidyClaimModel, { description: 'Reject a draft claim, with the reason' })
  async rejectSubsidyClaim(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<SubsidyClaimModel> {
    const [claim] = await this.ledger.reject(identity, id, reason, idempotencyKey);
    if (claim === undefined) throw new Error(`subsidy claim ${id} vanished after it was rejected`);
    return SubsidyClaimModel.from(claim);
  }

  @Roles(...STAFF)
  @Mutation(() => [SubsidyClaimModel], { description: 'Record that APPROVED claims were paid on a day' })
  async paySubsidyClaims(
    @CurrentIdentity() identity: Identity,
    @Args('ids', { type: () => [ID] }) ids: string[],
    @Args('paidOn', { type: () => LocalDateScalar }) paidOn: string,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<SubsidyClaimModel[]> {
    return (await this.ledger.pay(identity, ids, paidOn, idempotencyKey)).map((c) => SubsidyClaimModel.from(c));
  }

  @Roles(...STAFF)
  @Query(() => SubsidyClaimConnection, { description: "A city's claim ledger by quarter, kind and loan, with totals" })
  async subsidyClaims(
    @Args('filter') filter: SubsidyClaimFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<SubsidyClaimConnection> {
    const page = await this.ledger.list(filter, first, after);
    return Object.assign(new SubsidyClaimConnection(), {
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: SubsidyClaimModel.from(e.node) })),
      pageInfo: page.pageInfo,
      totals: {
        count: page.totals.count,
        computedAmount: toCents(page.totals.computed),
        cappedAmount: toCents(page.totals.capped),
      },
    });
  }

  @Roles(...STAFF)
  @Query(() => [SubsidyFirmYearTotalModel], { description: "Each firm's claims of a year against the per-firm cap" })
  async subsidyFirmTotals(
    @Args('city') city: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('kind', { type: () => SubsidyKind, nullable: true }) kind?: SubsidyKind,
  ): Promise<SubsidyFirmYearTotalModel[]> {
    return (await this.ledger.firmYear(city, year, kind ?? null)).map((r) => SubsidyFirmYearTotalModel.from(r));
  }

  @Roles(...STAFF)
  @ResolveField(() => SubsidyRuleVersionModel, { description: 'The rule version the claim was computed under' })
  async ruleVersion(
    @Parent() claim: SubsidyClaimModel,
    @Context() context: GraphQLContext,
  ): Promise<SubsidyRuleVersionModel> {
    const rule = await this.loaders
      .byKey(
        context.req,
        'subsidyRuleVersions',
        (ids) => this.rules.rulesByIds(ids),
        (r) => r.id,
      )
      .load(claim.ruleVersionId);
    if (rule === null) throw new Error(`rule version ${claim.ruleVersionId} of claim ${claim.id} is missing`);
    return SubsidyRuleVersionModel.from(rule);
  }
}

function toCents(text: string): string {
  return new Decimal(text).toFixed(2);
}
