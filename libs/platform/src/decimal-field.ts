import { applyDecorators } from '@nestjs/common';
import { Field, type FieldOptions } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { DecimalScalar } from '@app/money';

/**
 * A GraphQL `Decimal` input field whose value reaches the resolver as the validated,
 * canonical decimal string. (class-transformer cannot copy decimal.js instances, and the
 * engines take decimal strings anyway.) Declare the property as `string` / `string[]`.
 */
export function DecimalInputField(options: FieldOptions & { list?: boolean } = {}): PropertyDecorator {
  const { list, ...fieldOptions } = options;
  return applyDecorators(
    Field(() => (list === true ? [DecimalScalar] : DecimalScalar), fieldOptions),
    Type(() => String),
  );
}
