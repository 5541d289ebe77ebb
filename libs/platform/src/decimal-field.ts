import { applyDecorators } from '@nestjs/common';
import { Field, type FieldOptions } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateBy, type ValidationOptions } from 'class-validator';
import { AppException } from '@app/errors';
import { Decimal, DecimalScalar } from '@app/money';

/** Limits checked on a decimal input before the resolver runs; each failure names the field. */
export interface DecimalLimits {
  /** Smallest accepted value, inclusive (`"0"` for "not negative"). */
  min?: string;
  /** The value must be strictly greater than this (`"0"` for "positive"). */
  greaterThan?: string;
  /** Largest accepted value, inclusive. */
  max?: string;
  /** The value must be strictly less than this (`"1"` for a fraction below one). */
  lessThan?: string;
  /** Most digits after the decimal point, trailing zeros not counted (4 for a `numeric(20,4)` column). */
  scale?: number;
}

/**
 * The first limit `value` breaks, as the message the client sees, or null. The scalar has
 * already made the value a canonical decimal string, so this only compares.
 */
export function decimalLimitProblem(value: string, limits: DecimalLimits): string | null {
  const amount = new Decimal(value);
  if (limits.scale !== undefined && amount.decimalPlaces() > limits.scale) {
    return limits.scale === 0 ? 'must be a whole number' : `must have at most ${limits.scale} decimal places`;
  }
  if (limits.greaterThan !== undefined && !amount.greaterThan(limits.greaterThan)) {
    return `must be greater than ${limits.greaterThan}`;
  }
  if (limits.min !== undefined && amount.lessThan(limits.min)) return `must be at least ${limits.min}`;
  if (limits.max !== undefined && amount.greaterThan(limits.max)) return `must be at most ${limits.max}`;
  if (limits.lessThan !== undefined && !amount.lessThan(limits.lessThan)) return `must be less than ${limits.lessThan}`;
  return null;
}

/**
 * The same limits for a scalar `@Args` decimal, which the validation pipe does not see:
 * the value as a Decimal, or BAD_USER_INPUT naming `field`.
 */
export function checkedDecimal(value: string, field: string, limits: DecimalLimits): Decimal {
  const problem = decimalLimitProblem(value, limits);
  if (problem !== null) throw AppException.badInput(field, problem);
  return new Decimal(value);
}

function hasLimits(limits: DecimalLimits): boolean {
  return Object.values(limits).some((limit) => limit !== undefined);
}

/** class-validator decorator for {@link DecimalLimits}; the message comes from {@link decimalLimitProblem}. */
function DecimalWithin(limits: DecimalLimits, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'decimalWithin',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && decimalLimitProblem(value, limits) === null,
        // With `each`, class-validator hands the whole list to the message; name the first breach.
        defaultMessage: (args) => {
          const values: unknown[] = Array.isArray(args?.value) ? args.value : [args?.value];
          for (const value of values) {
            if (typeof value !== 'string') return 'must be a decimal string';
            const problem = decimalLimitProblem(value, limits);
            if (problem !== null) return problem;
          }
          return 'is invalid';
        },
      },
    },
    options,
  );
}

/**
 * A GraphQL `Decimal` input field whose value reaches the resolver as the validated,
 * canonical decimal string. (class-transformer cannot copy decimal.js instances, and the
 * engines take decimal strings anyway.) Declare the property as `string` / `string[]`.
 *
 * Range and scale limits (`min`, `greaterThan`, `max`, `lessThan`, `scale`) are checked by the
 * validation pipe, so a breach is BAD_USER_INPUT naming the field's full path
 * (`input.principal: must be greater than 0`) and the service never sees the value.
 * A nullable field skips the limits when the value is absent.
 */
export function DecimalInputField(options: FieldOptions & DecimalLimits & { list?: boolean } = {}): PropertyDecorator {
  const { list, min, greaterThan, max, lessThan, scale, ...fieldOptions } = options;
  const limits: DecimalLimits = { min, greaterThan, max, lessThan, scale };
  const decorators: PropertyDecorator[] = [
    Field(() => (list === true ? [DecimalScalar] : DecimalScalar), fieldOptions),
    Type(() => String),
  ];
  if (hasLimits(limits)) {
    if (fieldOptions.nullable === true || fieldOptions.defaultValue !== undefined) decorators.push(IsOptional());
    decorators.push(DecimalWithin(limits, { each: list === true }));
  }
  return applyDecorators(...decorators);
}
