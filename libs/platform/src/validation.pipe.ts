import { ValidationPipe, type ValidationError } from '@nestjs/common';
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

/**
 * class-validator on every input, turned into BAD_USER_INPUT naming the first field at
 * fault (e.g. `input.creditCode`). Unknown properties are rejected, not silently dropped.
 */
export class ValidationPipeWithFields extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      validateCustomDecorators: false,
      exceptionFactory: (errors: ValidationError[]) => {
        const problem = firstProblem(errors, 'input');
        return problem === null
          ? AppException.badInput('input', 'is invalid')
          : AppException.badInput(problem.field, problem.message);
      },
    });
  }
}
