import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { fireEvent, render, screen } from '@testing-library/react';
import { CREATE_LISTING, ListingForm } from '@web/pages/sme/ListingForm';

const asset = { id: 'a1', title: 'Wafer bonding', number: 'CN1' };

function renderForm(mocks: MockedProviderProps['mocks']) {
  render(
    <MockedProvider mocks={mocks}>
      <ListingForm asset={asset} onCancel={() => undefined} />
    </MockedProvider>,
  );
  fireEvent.change(screen.getByLabelText('Amount sought (CNY)'), { target: { value: '800000' } });
  fireEvent.change(screen.getByLabelText('Purpose'), { target: { value: 'Tooling' } });
  fireEvent.click(screen.getByRole('button', { name: 'List for financing' }));
}

const refusing = (error: GraphQLError) => ({
  request: { query: CREATE_LISTING, variables: () => true },
  result: { errors: [error] },
});

describe('ListingForm', () => {
  it('sends the listing and says where the offers will appear', async () => {
    renderForm([
      {
        request: {
          query: CREATE_LISTING,
          variables: (v: Record<string, unknown>) =>
            JSON.stringify(v['input']) ===
              JSON.stringify({
                assetIds: ['a1'],
                amountSought: '800000',
                currency: 'CNY',
                termMonths: 12,
                purpose: 'Tooling',
                expiresOn: null,
                visibility: 'PUBLIC',
              }) && typeof v['key'] === 'string',
        },
        result: {
          data: {
            createListing: {
              __typename: 'Listing',
              id: 'l1',
              status: 'OPEN',
              amount: { __typename: 'Money', amount: '800000', currency: 'CNY' },
              termMonths: 12,
            },
          },
        },
      },
    ]);
    expect(await screen.findByText('Wafer bonding is listed for CNY 800,000 over 12 months.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Compare the offers under Financing' }).getAttribute('href')).toBe(
      '/financing',
    );
  });

  it('shows the server verdict next to the field it names', async () => {
    renderForm([
      refusing(
        new GraphQLError('input.termMonths: must be at most 360', {
          extensions: { code: 'BAD_USER_INPUT', field: 'input.termMonths' },
        }),
      ),
    ]);
    expect(await screen.findByText('Must be at most 360')).toBeTruthy();
    expect(screen.getByLabelText('Term (months)').getAttribute('aria-invalid')).toBe('true');
  });

  it('says in a sentence why the patent cannot be listed', async () => {
    renderForm([
      refusing(
        new GraphQLError('input.assetIds[0]: is frozen by a court preservation order', {
          extensions: { code: 'BAD_USER_INPUT', field: 'input.assetIds[0]', reason: 'ASSET_NOT_PLEDGEABLE' },
        }),
      ),
    ]);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This patent cannot be listed: it is frozen by a court preservation order.',
    );
  });

  it('says so when the patent is already listed', async () => {
    renderForm([
      refusing(
        new GraphQLError('input.assetIds[0]: asset a1 is already in an open listing', {
          extensions: { code: 'CONFLICT', reason: 'ASSET_ALREADY_LISTED', field: 'input.assetIds[0]' },
        }),
      ),
    ]);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This patent is already listed on the marketplace.',
    );
  });
});
