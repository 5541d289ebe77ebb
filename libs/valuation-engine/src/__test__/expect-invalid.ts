import { ValuationInputError } from '@app/valuation-engine';

/** Asserts that `fn` throws a ValuationInputError naming `field` (shared by the engine's specs). */
export function expectInvalid(fn: () => unknown, field: string): void {
  let error: unknown;
  try {
    fn();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ValuationInputError);
  expect((error as ValuationInputError).code).toBe('INVALID_INPUT');
  expect((error as ValuationInputError).field).toBe(field);
}
