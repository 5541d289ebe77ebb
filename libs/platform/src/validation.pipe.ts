import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { AppException } from '@app/errors';

function firstProblem(errors: ValidationError[], prefix: string): { field: string; message: string } | null {
  for (const error of errors) {
    const field = prefix === '' ? error.property : `${prefix}.${error.property}`;
    const constraints = Object.values(error.constraints ?? {});
    if (constraints[0] !== undefined) return { field, message: constraints[0] };
    const nested = firstProblem(error.children ?? [], field);
    if (nested !== null) return nested;
  }
  return null;
}

/** Carries class-validator's findings out of the base pipe to `transform`, which knows the argument. */
class InputValidationFailed extends Error {
  constructor(readonly errors: ValidationError[]) {
    super('input validation failed');
  }
}

/**
 * class-validator on every input, turned into BAD_USER_INPUT naming the first field at
 * fault by its full path (e.g. `input.creditCode`, `filter.ipcPrefix`). Unknown fields
 * never get here: GraphQL validation rejects them against the schema first.
 */
export class ValidationPipeWithFields extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      validateCustomDecorators: false,
      exceptionFactory: (errors: ValidationError[]) => new InputValidationFailed(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return (await super.transform(value, metadata)) as unknown;
    } catch (error) {
      if (!(error instanceof InputValidationFailed)) throw error;
      const argument = metadata.data ?? 'input';
      const problem = firstProblem(error.errors, argument);
      throw problem === null
        ? AppException.badInput(argument, 'is invalid')
        : AppException.badInput(problem.field, problem.message);
    }
  }
}
