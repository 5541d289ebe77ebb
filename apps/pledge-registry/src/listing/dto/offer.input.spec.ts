import { AppException, PublicErrorCode } from '@app/errors';
import { ValidationPipeWithFields } from '@app/platform';
import { RepaymentMethod } from '@registry/listing/domain/listing-rules.js';
import { MakeOfferInput } from '@registry/listing/dto/offer.input.js';

const good = {
  listingId: '00000000-0000-4000-8000-000000000001',
  amount: '1000000',
  currency: 'CNY',
  annualRate: '0.0435',
  termMonths: 12,
  repaymentMethod: RepaymentMethod.ANNUITY,
  ltv: '0.3',
  expiresAt: new Date('2099-01-01T00:00:00Z'),
};

function validate(value: Record<string, unknown>): Promise<unknown> {
  return new ValidationPipeWithFields().transform(value, { type: 'body', metatype: MakeOfferInput, data: 'input' });
}

describe('MakeOfferInput limits (checked by the validation pipe before the service)', () => {
  it('accepts sensible terms, and an LTV of exactly 1', async () => {
    await expect(validate(good)).resolves.toBeInstanceOf(MakeOfferInput);
    await expect(validate({ ...good, ltv: '1' })).resolves.toBeInstanceOf(MakeOfferInput);
  });

  it.each([
    ['zero amount', { amount: '0' }, 'amount', 'must be greater than 0'],
    ['negative amount', { amount: '-1' }, 'amount', 'must be greater than 0'],
    ['amount below the column scale', { amount: '1.00001' }, 'amount', 'must have at most 4 decimal places'],
    ['zero rate', { annualRate: '0' }, 'annualRate', 'must be greater than 0'],
    ['rate of 1', { annualRate: '1' }, 'annualRate', 'must be less than 1'],
    ['rate as a percentage', { annualRate: '4.35' }, 'annualRate', 'must be less than 1'],
    ['negative rate', { annualRate: '-0.01' }, 'annualRate', 'must be greater than 0'],
    ['zero LTV', { ltv: '0' }, 'ltv', 'must be greater than 0'],
    ['LTV above 1', { ltv: '1.0001' }, 'ltv', 'must be at most 1'],
  ])('%s is BAD_USER_INPUT on input.%s', async (_name, change, field, message) => {
    const error: unknown = await validate({ ...good, ...change }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppException);
    expect(error).toMatchObject({ code: PublicErrorCode.BAD_USER_INPUT, field: `input.${field}` });
    expect((error as AppException).message).toBe(`input.${field}: ${message}`);
  });
});
