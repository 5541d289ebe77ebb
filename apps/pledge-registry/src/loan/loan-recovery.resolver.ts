import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Role, Roles, type Identity } from '@app/auth';
import { RequestLoaders } from '@app/platform';
import { RescheduleLoanInput } from '@registry/loan/dto/loan.input.js';
import { LoanModel } from '@registry/loan/dto/loan.model.js';
import type { LoanEntity } from '@registry/loan/loan.entity.js';
import { toLoanModel } from '@registry/loan/loan.mapper.js';
import { LoanQueryService } from '@registry/loan/loan-query.service.js';
import { LoanRecoveryService } from '@registry/loan/loan-recovery.service.js';
import { LoanReschedulingService } from '@registry/loan/loan-rescheduling.service.js';
import { idArg, keyArg, LOAN_READERS, onArg, type GraphQLContext } from '@registry/loan/loan-resolver-args.js';

/** The lender's steps on a loan in trouble (default, write-off, rescheduling) and the reschedule links. */
@Resolver(() => LoanModel)
export class LoanRecoveryResolver {
  constructor(
    private readonly query: LoanQueryService,
    private readonly recovery: LoanRecoveryService,
    private readonly rescheduling: LoanReschedulingService,
    private readonly loaders: RequestLoaders,
  ) {}

  @Roles(Role.BANK)
  @Mutation(() => LoanModel, {
    description:
      'Declare an ACTIVE loan of your bank in default (LOAN_DEFAULT_OVERDUE_DAYS overdue days or more); it stays ACTIVE',
  })
  async declareLoanDefault(
    @CurrentIdentity() identity: Identity,
    @Args('id', idArg) id: string,
    @Args('on', onArg) on?: string | null,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<LoanModel> {
    return toLoanModel(await this.recovery.declareDefault(identity, id, on, idempotencyKey));
  }

  @Roles(Role.BANK)
  @Mutation(() => LoanModel, {
    description:
      'Write off a defaulted ACTIVE loan: CLOSED (WRITTEN_OFF) with what was owed stored; the pledge is left as it is',
  })
  async writeOffLoan(
    @CurrentIdentity() identity: Identity,
    @Args('id', idArg) id: string,
    @Args('on', onArg) on?: string | null,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<LoanModel> {
    return toLoanModel(await this.recovery.writeOff(identity, id, on, idempotencyKey));
  }

  @Roles(Role.BANK)
  @Mutation(() => LoanModel, {
    description:
      'Replace an ACTIVE loan by a new ACTIVE loan on new terms against the same pledge (the old one is CLOSED, RESCHEDULED); returns the new loan',
  })
  async rescheduleLoan(
    @CurrentIdentity() identity: Identity,
    @Args('id', idArg) id: string,
    @Args('input') input: RescheduleLoanInput,
    @Args('idempotencyKey', keyArg) idempotencyKey?: string,
  ): Promise<LoanModel> {
    return toLoanModel(await this.rescheduling.reschedule(identity, id, input, idempotencyKey));
  }

  @Roles(...LOAN_READERS)
  @ResolveField(() => LoanModel, { nullable: true, description: 'The loan this one replaced by rescheduling' })
  rescheduledFrom(
    @CurrentIdentity() identity: Identity,
    @Parent() loan: LoanModel,
    @Context() context: GraphQLContext,
  ): Promise<LoanModel | null> {
    return this.linked(identity, loan.rescheduledFromLoanId, context);
  }

  @Roles(...LOAN_READERS)
  @ResolveField(() => LoanModel, { nullable: true, description: 'The loan that replaced this one' })
  rescheduledTo(
    @CurrentIdentity() identity: Identity,
    @Parent() loan: LoanModel,
    @Context() context: GraphQLContext,
  ): Promise<LoanModel | null> {
    return this.linked(identity, loan.rescheduledToLoanId, context);
  }

  // Both loans of a rescheduling have the same parties, so whoever sees one sees the other.
  private async linked(identity: Identity, id: string | null, context: GraphQLContext): Promise<LoanModel | null> {
    if (id === null) return null;
    const loan: LoanEntity | null = await this.loaders
      .byKey(
        context.req,
        'visibleLoans',
        (ids) => this.query.findVisible(identity, ids),
        (l) => l.id,
      )
      .load(id);
    return loan === null ? null : toLoanModel(loan);
  }
}
