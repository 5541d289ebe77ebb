import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { fireEvent, render, screen } from '@testing-library/react';
import { ListingValuations, type ListedAsset } from '@web/pages/bank/listings/ListingValuations';
import { VALUE_LISTED_ASSET } from '@web/pages/bank/listings/ValueAssetForm';
import { INITIAL_VALUATION, toAssumptions } from '@web/pages/bank/listings/valuation-form';

const money = (amount: string) => ({ amount, currency: 'CNY' });
const POLICY = {
  inventionLtvCap: '0.25',
  utilityModelLtvCap: '0.15',
  designLtvCap: '0.2',
  trademarkLtvCap: '0.5',
  haircut: '0.1',
  minRemainingLifeYears: 5,
  ltvCapByRemainingLife: [],
};
const valued: ListedAsset = {
  id: 'a1',
  number: 'CN202110456789.1',
  title: 'Boron-coated cathode',
  kind: 'INVENTION',
  remainingLifeDays: 5000,
  latestValuation: {
    value: money('4000000'),
    low: money('3000000'),
    high: money('5000000'),
    valuedAt: '2026-10-01T00:00:00.000Z',
    staleness: { stale: false },
  },
};

describe('ListingValuations', () => {
  it('shows each valuation with its range and the typed amount against the valuations and the policy', () => {
    render(
      <MockedProvider mocks={[]}>
        <ListingValuations assets={[valued]} amount="1000000" currency="CNY" policy={POLICY} ltvPercent="30" />
      </MockedProvider>,
    );
    expect(screen.getByText(/range CNY 3,000,000 – CNY 5,000,000/)).toBeTruthy();
    expect(screen.getByTestId('ltv').textContent).toBe('25 %');
    // 4,000,000 x (1 - 10 %) x 25 %
    expect(screen.getByText('CNY 900,000')).toBeTruthy();
    expect(screen.getByText('Above your policy')).toBeTruthy();
    expect(screen.getByText('The amount is 25 % of the latest valuations; the form says 30 %.')).toBeTruthy();
  });

  it('asks for an amount first, and says when there is no valuation or policy', () => {
    const { rerender } = render(
      <MockedProvider mocks={[]}>
        <ListingValuations assets={[valued]} amount="" currency="CNY" policy={POLICY} ltvPercent="" />
      </MockedProvider>,
    );
    expect(screen.getByText('Enter the amount to see it against the valuations and your policy.')).toBeTruthy();
    rerender(
      <MockedProvider mocks={[]}>
        <ListingValuations
          assets={[{ ...valued, latestValuation: null }]}
          amount="100"
          currency="CNY"
          policy={null}
          ltvPercent=""
        />
      </MockedProvider>,
    );
    expect(screen.getByText('Not valued yet')).toBeTruthy();
    expect(screen.getByText('Not every asset is valued')).toBeTruthy();
    expect(screen.getByText('No lender policy set')).toBeTruthy();
  });

  it('values an asset on demand; a refused input is shown next to its field', async () => {
    const draft = { ...INITIAL_VALUATION, baseRevenue: '30000000' };
    render(
      <MockedProvider
        mocks={[
          {
            request: {
              query: VALUE_LISTED_ASSET,
              variables: { input: { assetId: 'a1', assumptions: toAssumptions(draft, 'CNY') } },
            },
            result: {
              errors: [
                new GraphQLError('input.assumptions.reliefFromRoyalty.royaltyRate: must be at most 0.5', {
                  extensions: { code: 'BAD_USER_INPUT', field: 'input.assumptions.reliefFromRoyalty.royaltyRate' },
                }),
              ],
            },
          },
        ]}
      >
        <ListingValuations assets={[valued]} amount="" currency="CNY" policy={POLICY} ltvPercent="" />
      </MockedProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Value now' }));
    fireEvent.click(screen.getByRole('button', { name: 'Value now' }));
    expect(
      await screen.findByText('Enter the first year revenue as a number above zero, such as 30000000.'),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Revenue, first year'), { target: { value: '30000000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Value now' }));
    expect(await screen.findByText('Must be at most 0.5')).toBeTruthy();
    expect(screen.getByLabelText('Royalty rate (%)').getAttribute('aria-invalid')).toBe('true');
  });
});
