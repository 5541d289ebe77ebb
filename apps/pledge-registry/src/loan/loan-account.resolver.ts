import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Role, Roles, type Identity } from '@app/auth';
import { LocalDateScalar, RequestLoaders, type Connection } from '@app/platform';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import { LoanStatus } from '@registry/loan/domain/loan-state.js';
import { nextDue, overdueDays, type InstalmentState } from '@registry/loan/domain/repayment-allocation.js';
import { ApplyForLoanInput, LoanFilter } from '@registry/loan/dto/loan.input.js';
import {
  LoanConnection,
  LoanInstalmentModel,
  LoanModel,
  LoanNextDueModel,
  LoanPenaltyModel,
  LoanRepaymentModel,
} from '@registry/loan/dto/loan.model.js';
import { LoanException } from '@registry/loan/loan.exception.js';
import { LoanApplicationService } from '@registry/loan/loan-application.service.js';
import { LoanQueryService } from '@registry/loan/loan-query.service.js';
import { LoanServicingService } from '@registry/loan/loan-servicing.service.js';
import { idArg, keyArg, LOAN_READERS, type GraphQLContext } from '@registry/loan/loan-resolver-args.js';
import type { LoanInstalmentEntity } from '@registry/loan/loan-instalment.entity.js';
import { penaltyOf } from '@registry/loan/loan-penalty.js';
import type { LoanRepaymentEntity } from '@registry/loan/loan-repayment.entity.js';
import {
  instalmentState,
  toInstalmentModel,
  toLoanModel,
  toPenaltyModel,
  toRepaymentModel,
} from '@registry/loan/loan.mapper.js';
import { DecimalScalar, Money, MoneyModel } from '@app/money';

@Resolver(() => LoanModel)
export class LoanAccountResolver {
  constructor(
    private readonly query: LoanQueryService,
    private readonly applications: LoanApplicationService,
    private readonly servicing: LoanServicingService,
    private readonly loaders: RequestLoaders,
  ) {}

  @Roles(...LOAN_READERS)
  @Query(() => LoanModel, { description: 'A loan your enterprise borrowed or your bank lent' })
  async loan(@CurrentIdentity() identity: Identity, @Args('id', idArg) id: string): Promise<LoanModel> {
    return toLoanModel(await this.query.get(identity, id));
  }

  @Roles(...LOAN_READERS)
  @Query(() => LoanConnection, { description: 'Loans your enterprise borrowed or your bank lent, newest first' })
  async loans(
    @CurrentIdentity() identity: Identity,
    @Args('filter', { type: () => LoanFilter, nullable: true }) filter?: LoanFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<LoanModel>> {
    const page = await this.query.list(identity, filter, first, after);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toLoanModel(e.node) })) };
  }

  @Roles(Role.BANK)
  @Mutation(() => LoanModel, {
    description:
      "Your bank applies for a loan on a REGISTERED pledge it holds; principal <= the pledge's secured claim",
  })
  async applyForLoan(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: ApplyForLoanInput,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<LoanModel> {
    return toLoanModel(await this.applications.apply(identity, input, idempotencyKey));
  }

  @Roles(Role.BANK)
  @Mutation(() => LoanModel, { description: "Record your bank's approval of a SUBMITTED loan" })
  async approveLoan(
    @CurrentIdentity() identity: Identity,
    @Args('id', idArg) id: string,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<LoanModel> {
    return toLoanModel(await this.applications.decide(identity, id, 'APPROVE', idempotencyKey));
  }

  @Roles(Role.BANK)
  @Mutation(() => LoanModel, { description: "Record your bank's rejection of a SUBMITTED loan" })
  async rejectLoan(
    @CurrentIdentity() identity: Identity,
    @Args('id', idArg) id: string,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<LoanModel> {
    return toLoanModel(await this.applications.decide(identity, id, 'REJECT', idempotencyKey));
  }

  @Roles(Role.BANK)
  @Mutation(() => LoanModel, { description: 'Record that the borrower withdrew a SUBMITTED or APPROVED loan' })
  async withdrawLoan(
    @CurrentIdentity() identity: Identity,
    @Args('id', idArg) id: string,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<LoanModel> {
    return toLoanModel(await this.applications.decide(identity, id, 'WITHDRAW', idempotencyKey));
  }

  @Roles(Role.BANK)
  @Mutation(() => LoanModel, {
    description: 'Pay out an APPROVED loan on a day (not in the future): ACTIVE, schedule stored',
  })
  async disburseLoan(
    @CurrentIdentity() identity: Identity,
    @Args('id', idArg) id: string,
    @Args('on', { type: () => LocalDateScalar }) on: string,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<LoanModel> {
    return toLoanModel(await this.servicing.disburse(identity, id, on, idempotencyKey));
  }

  @Roles(Role.BANK)
  @Mutation(() => LoanRepaymentModel, {
    description:
      'Record a payment received on an ACTIVE loan: penalty, then overdue interest, then current interest, then principal of the earliest instalments',
  })
  async recordRepayment(
    @CurrentIdentity() identity: Identity,
    @Args('loanId', idArg) loanId: string,
    @Args('amount', { type: () => DecimalScalar, description: 'Amount received, > 0, in whole minor units' })
    amount: string,
    @Args('receivedOn', {
      type: () => LocalDateScalar,
      description: 'Not in the future, nor before the disbursement, the latest repayment or the declared default',
    })
    receivedOn: string,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<LoanRepaymentModel> {
    const { repayment, loan } = await this.servicing.recordRepayment(
      identity,
      loanId,
      amount,
      receivedOn,
      idempotencyKey,
    );
    return toRepaymentModel(repayment, loan.currency);
  }

  @Roles(...LOAN_READERS)
  @ResolveField(() => [LoanInstalmentModel], { description: 'The schedule stored at disbursement (empty before)' })
  async instalments(@Parent() loan: LoanModel, @Context() context: GraphQLContext): Promise<LoanInstalmentModel[]> {
    const rows = await this.instalmentRows(loan, context);
    return rows.map((i) => toInstalmentModel(i, loan.principal.currency));
  }

  @Roles(...LOAN_READERS)
  @ResolveField(() => [LoanRepaymentModel], { description: 'Payments received, oldest first' })
  async repayments(@Parent() loan: LoanModel, @Context() context: GraphQLContext): Promise<LoanRepaymentModel[]> {
    const rows = await this.repaymentRows(loan, context);
    return rows.map((r) => toRepaymentModel(r, loan.principal.currency));
  }

  @Roles(...LOAN_READERS)
  @ResolveField(() => LoanPenaltyModel, {
    nullable: true,
    description:
      'Penalty interest on overdue principal as of a day (today by default; a later day projects it if nothing is paid); null before disbursement',
  })
  async penalty(
    @Parent() loan: LoanModel,
    @Context() context: GraphQLContext,
    @Args('asOf', { type: () => LocalDateScalar, nullable: true }) asOf?: string | null,
  ): Promise<LoanPenaltyModel | null> {
    if (loan.disbursedOn === null) return null;
    const [instalments, repayments] = await Promise.all([
      this.instalmentRows(loan, context),
      this.repaymentRows(loan, context),
    ]);
    const currency = loan.principal.currency;
    const penalty = penaltyOf({ ...loan, currency }, instalments, repayments, asOf ?? registryToday());
    return penalty === null ? null : toPenaltyModel(penalty, currency);
  }

  @Roles(...LOAN_READERS)
  @ResolveField(() => Int, {
    description:
      'Days since the earliest unpaid due date as of today; 0 when nothing is overdue or the loan is not ACTIVE',
  })
  async overdueDays(@Parent() loan: LoanModel, @Context() context: GraphQLContext): Promise<number> {
    if (loan.status !== LoanStatus.ACTIVE) return 0;
    return overdueDays(await this.states(loan, context), registryToday());
  }

  @Roles(...LOAN_READERS)
  @ResolveField(() => LoanNextDueModel, {
    nullable: true,
    description: 'The earliest instalment not fully paid; null unless the loan is ACTIVE',
  })
  async nextDue(@Parent() loan: LoanModel, @Context() context: GraphQLContext): Promise<LoanNextDueModel | null> {
    if (loan.status !== LoanStatus.ACTIVE) return null;
    const next = nextDue(await this.states(loan, context));
    return next === null ? null : { ...next, amount: MoneyModel.from(Money.of(next.amount, loan.principal.currency)) };
  }

  private instalmentRows(loan: LoanModel, context: GraphQLContext): Promise<LoanInstalmentEntity[]> {
    return this.loaders
      .grouped(
        context.req,
        'loanInstalments',
        (ids) => this.query.instalmentsOf(ids),
        (i) => i.loanId,
      )
      .load(loan.id);
  }

  private repaymentRows(loan: LoanModel, context: GraphQLContext): Promise<LoanRepaymentEntity[]> {
    return this.loaders
      .grouped(
        context.req,
        'loanRepayments',
        (ids) => this.query.repaymentsOf(ids),
        (r) => r.loanId,
      )
      .load(loan.id);
  }

  private async states(loan: LoanModel, context: GraphQLContext): Promise<InstalmentState[]> {
    return (await this.instalmentRows(loan, context)).map(instalmentState);
  }
}

@Resolver(() => LoanRepaymentModel)
export class LoanRepaymentResolver {
  constructor(
    private readonly query: LoanQueryService,
    private readonly loaders: RequestLoaders,
  ) {}

  @Roles(...LOAN_READERS)
  @ResolveField(() => LoanModel, { description: 'The loan as it stands now' })
  async loan(
    @CurrentIdentity() identity: Identity,
    @Parent() repayment: LoanRepaymentModel,
    @Context() context: GraphQLContext,
  ): Promise<LoanModel> {
    // A loan's repayments share one loan: one query per request, not one per repayment.
    const loan = await this.loaders
      .byKey(
        context.req,
        'visibleLoans',
        (ids) => this.query.findVisible(identity, ids),
        (l) => l.id,
      )
      .load(repayment.loanId);
    if (loan === null) throw LoanException.notFound(repayment.loanId);
    return toLoanModel(loan);
  }
}
