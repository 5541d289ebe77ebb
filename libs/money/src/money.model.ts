import { Directive, Field, InputType, ObjectType } from '@nestjs/graphql';
import { Decimal } from './decimal.js';
import { DecimalScalar } from './decimal.scalar.js';
import { Money, minorUnits } from './money.js';

/**
 * GraphQL output type `Money`. Shareable because both federation subgraphs resolve it;
 * without the directive composition rejects the duplicate type.
 */
@ObjectType('Money', { description: 'An exact amount in one currency.' })
@Directive('@shareable')
export class MoneyModel {
  @Field(() => DecimalScalar, {
    description: 'Exact amount with at least the currency\'s minor-unit decimals, e.g. "1234.50".',
  })
  amount: string;

  @Field(() => String, { description: 'ISO-4217 currency code, e.g. "CNY".' })
  currency: string;

  /** The GraphQL view of a domain value; the amount is passed on unrounded. */
  static from(money: Money): MoneyModel {
    const model = new MoneyModel();
    // Never rounded here; only padded to the currency's minor units ("1234.5" -> "1234.50"),
    // which is how a bank statement shows it.
    model.amount = money.amount.toFixed(Math.max(minorUnits(money.currency), money.amount.decimalPlaces()));
    model.currency = money.currency;
    return model;
  }
}

/** Shape of a `MoneyInput` argument, whether or not it has been turned into a class instance. */
export interface MoneyInputLike {
  amount: Decimal;
  currency: string;
}

/** GraphQL input type `MoneyInput`; the amount has already been checked by {@link DecimalScalar}. */
@InputType('MoneyInput', { description: 'An exact amount in one currency.' })
export class MoneyInput implements MoneyInputLike {
  @Field(() => DecimalScalar, { description: 'Exact amount as a string, e.g. "1234.56".' })
  amount: Decimal;

  @Field(() => String, { description: 'ISO-4217 currency code, e.g. "CNY".' })
  currency: string;

  /**
   * Converts a plain argument object. Nest hands resolvers plain objects unless a pipe
   * transforms them into class instances, so the instance method is not always there.
   * @throws {@link MoneyError} `INVALID_CURRENCY` for a malformed currency code.
   */
  static toMoney(input: MoneyInputLike): Money {
    return Money.of(input.amount, input.currency);
  }

  /** The domain value. @throws {@link MoneyError} `INVALID_CURRENCY` for a malformed currency code. */
  toMoney(): Money {
    return MoneyInput.toMoney(this);
  }
}
