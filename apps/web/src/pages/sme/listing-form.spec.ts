import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { assetRefusal, checkListing, EMPTY_LISTING, listingFailure, toListingInput } from '@web/pages/sme/listing-form';

const now = new Date(2026, 10, 21, 10, 0);

describe('listing form', () => {
  it('hints at each field before sending', () => {
    expect(checkListing({ amountSought: '8e5', termMonths: '0', purpose: ' ', expiresOn: '2026-11-20' }, now)).toEqual({
      amountSought: 'Enter the amount as a number, such as 800000.',
      termMonths: 'The term is a whole number of months from 1 to 600.',
      purpose: 'Say what the financing is for.',
      expiresOn: 'The last day for offers must be today or later.',
    });
    expect(checkListing({ ...EMPTY_LISTING, amountSought: '0.00', purpose: 'x' }, now)).toEqual({
      amountSought: 'The amount must be more than zero.',
    });
    expect(
      checkListing({ amountSought: '800000.50', termMonths: '12', purpose: 'Tooling', expiresOn: '' }, now),
    ).toEqual({});
  });

  it('builds the input with the amount as typed', () => {
    expect(
      toListingInput(
        ['a1'],
        { amountSought: ' 800000.50 ', termMonths: '18', purpose: ' Tooling ', expiresOn: '' },
        'CNY',
      ),
    ).toEqual({
      assetIds: ['a1'],
      amountSought: '800000.50',
      currency: 'CNY',
      termMonths: 18,
      purpose: 'Tooling',
      expiresOn: null,
      visibility: 'PUBLIC',
    });
  });

  it('puts the server verdict on the field it names', () => {
    const bad = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'input.expiresOn: must be today (2026-11-21) or later',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.expiresOn' },
        },
      ],
    });
    expect(listingFailure(bad)).toEqual({ field: 'expiresOn', message: 'Must be today (2026-11-21) or later' });
    expect(assetRefusal(bad)).toBeNull();
  });

  it('says why a patent cannot be listed in a sentence', () => {
    const refused = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'input.assetIds[0]: is already under an active pledge',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.assetIds[0]', reason: 'ASSET_NOT_PLEDGEABLE' },
        },
      ],
    });
    expect(assetRefusal(refused)).toBe('This patent cannot be listed: it is already under an active pledge.');
  });
});
