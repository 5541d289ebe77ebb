import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { checkDraft, initialDraft, submitFailure, toOfferInput } from '@web/pages/bank/listings/offer-form';

const TODAY = new Date(2026, 4, 10);
const valid = {
  ...initialDraft({ amount: '5000000', termMonths: 24 }, TODAY),
  annualRatePercent: '4.35',
  ltvPercent: '30',
};

describe('offer form logic', () => {
  it('starts from the listing amount and term, open for 30 days', () => {
    expect(initialDraft({ amount: '5000000', termMonths: 24 }, TODAY)).toMatchObject({
      amount: '5000000',
      termMonths: '24',
      expiresOn: '2026-06-09',
    });
  });

  it('accepts a complete draft and builds MakeOfferInput with fractions', () => {
    expect(checkDraft(valid, TODAY)).toEqual({});
    expect(toOfferInput('l-1', { ...valid, conditions: '  ' })).toMatchObject({
      listingId: 'l-1',
      amount: '5000000',
      annualRate: '0.0435',
      termMonths: 24,
      repaymentMethod: 'ANNUITY',
      ltv: '0.3',
      conditions: null,
    });
  });

  it('hints at each wrong field before sending', () => {
    const errors = checkDraft(
      {
        ...valid,
        amount: '0',
        annualRatePercent: '100',
        termMonths: '601',
        ltvPercent: '100.5',
        expiresOn: '2026-05-09',
      },
      TODAY,
    );
    expect(Object.keys(errors).sort()).toEqual([
      'amount',
      'annualRatePercent',
      'expiresOn',
      'ltvPercent',
      'termMonths',
    ]);
    expect(checkDraft({ ...valid, ltvPercent: '100', expiresOn: '2026-05-10' }, TODAY)).toEqual({});
  });

  it('puts a BAD_USER_INPUT next to the field it names, without the field path', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'input.annualRate: must be less than 1',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.annualRate' },
        },
      ],
    });
    expect(submitFailure(error)).toEqual({ field: 'annualRatePercent', message: 'Must be less than 1' });
  });

  it('leaves other failures to the whole form', () => {
    const conflict = new CombinedGraphQLErrors({
      errors: [{ message: 'x', extensions: { code: 'CONFLICT', reason: 'OFFER_EXISTS' } }],
    });
    expect(submitFailure(conflict)).toEqual({ field: null, error: conflict });
    const currency = new CombinedGraphQLErrors({
      errors: [{ message: 'input.currency: no', extensions: { code: 'BAD_USER_INPUT', field: 'input.currency' } }],
    });
    expect(submitFailure(currency).field).toBeNull();
  });
});
