import { InputType } from '@nestjs/graphql';
import { AppException, PublicErrorCode } from '@app/errors';
import { checkedDecimal, DecimalInputField, decimalLimitProblem } from './decimal-field.js';
import { ValidationPipeWithFields } from './validation.pipe.js';

@InputType('DecimalLimitsProbe')
class Probe {
  @DecimalInputField({ greaterThan: '0', scale: 4 })
  principal: string;

  @DecimalInputField({ min: '0', max: '10' })
  rate: string;

  @DecimalInputField({ nullable: true, greaterThan: '0' })
  fee?: string | null;

  @DecimalInputField({ list: true, min: '0', scale: 2 })
  shares: string[];
}

const valid = { principal: '1000.5', rate: '0.049', fee: null, shares: ['0.5', '0.25'] };

async function failure(value: Record<string, unknown>): Promise<AppException> {
  try {
    await new ValidationPipeWithFields().transform(value, { type: 'body', metatype: Probe, data: 'input' });
  } catch (error) {
    if (error instanceof AppException) return error;
    throw error;
  }
  throw new Error('expected a validation failure');
}

describe('decimalLimitProblem', () => {
  it.each([
    ['0', { greaterThan: '0' }, 'must be greater than 0'],
    ['-0.01', { min: '0' }, 'must be at least 0'],
    ['10.0001', { max: '10' }, 'must be at most 10'],
    ['1.23456', { scale: 4 }, 'must have at most 4 decimal places'],
    ['1.5', { scale: 0 }, 'must be a whole number'],
    ['1', { lessThan: '1' }, 'must be less than 1'],
  ])('%s breaks %p: %s', (value, limits, message) => {
    expect(decimalLimitProblem(value, limits)).toBe(message);
  });

  it.each([
    ['0.0001', { greaterThan: '0', scale: 4 }],
    ['0', { min: '0' }],
    ['10', { max: '10' }],
    ['1.2300000', { scale: 2 }],
  ])('%s is within %p', (value, limits) => {
    expect(decimalLimitProblem(value, limits)).toBeNull();
  });
});

describe('checkedDecimal (scalar arguments)', () => {
  it('returns the value as a Decimal when within the limits', () => {
    expect(checkedDecimal('12.50', 'amount', { min: '0', scale: 4 }).toFixed()).toBe('12.5');
  });

  it('throws BAD_USER_INPUT naming the argument', () => {
    expect(() => checkedDecimal('-1', 'amount', { min: '0' })).toThrow(
      expect.objectContaining({
        code: PublicErrorCode.BAD_USER_INPUT,
        field: 'amount',
        message: 'amount: must be at least 0',
      }),
    );
  });
});

describe('DecimalInputField limits through the validation pipe', () => {
  it('passes a value within every limit through unchanged', async () => {
    const out = (await new ValidationPipeWithFields().transform(valid, {
      type: 'body',
      metatype: Probe,
      data: 'input',
    })) as Probe;
    expect(out.principal).toBe('1000.5');
    expect(out.shares).toEqual(['0.5', '0.25']);
  });

  it.each([
    [{ principal: '0' }, 'input.principal', 'must be greater than 0'],
    [{ principal: '1.00001' }, 'input.principal', 'must have at most 4 decimal places'],
    [{ rate: '-0.1' }, 'input.rate', 'must be at least 0'],
    [{ rate: '10.5' }, 'input.rate', 'must be at most 10'],
    [{ fee: '0' }, 'input.fee', 'must be greater than 0'],
    [{ shares: ['0.5', '-1'] }, 'input.shares', 'must be at least 0'],
  ])('%p is BAD_USER_INPUT naming %s', async (change, field, message) => {
    const error = await failure({ ...valid, ...change });
    expect(error.code).toBe(PublicErrorCode.BAD_USER_INPUT);
    expect(error.field).toBe(field);
    expect(error.message).toBe(`${field}: ${message}`);
  });
});
