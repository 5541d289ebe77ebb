import { ID } from '@nestjs/graphql';
import { Role } from '@app/auth';
import { LocalDateScalar } from '@app/platform';

/** What the loan resolvers share: who may read loans, and the arguments every mutation takes. */

export interface GraphQLContext {
  req: object;
}

/** Who may read loans: the borrower SME, the lending bank, admins. Registrars and program staff may not. */
export const LOAN_READERS = [Role.SME, Role.BANK, Role.ADMIN] as const;

export const idArg = { type: () => ID };
export const keyArg = { type: () => String, nullable: true };
/** The day a lender records a step on (today when absent). */
export const onArg = {
  type: () => LocalDateScalar,
  nullable: true,
  description: 'Today by default; not in the future, nor before the latest repayment',
};
