import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { jest } from '@jest/globals';
import { MAKE_OFFER, MakeOfferForm } from '@web/pages/bank/listings/MakeOfferForm';
import { initialDraft, toOfferInput } from '@web/pages/bank/listings/offer-form';

const LISTING = {
  id: '00000000-0000-4000-8000-00000000aaaa',
  title: 'Boron-coated cathode',
  amount: { amount: '5000000', currency: 'CNY' },
  termMonths: 24,
};
const input = toOfferInput(LISTING.id, {
  ...initialDraft({ amount: '5000000', termMonths: 24 }),
  amount: '4000000',
  annualRatePercent: '4.2',
  ltvPercent: '40',
});

function renderForm(mocks: MockedProviderProps['mocks']) {
  const onDone = jest.fn();
  render(
    <MockedProvider mocks={mocks}>
      <MakeOfferForm listing={LISTING} onDone={onDone} onCancel={() => undefined} />
    </MockedProvider>,
  );
  return onDone;
}

function fill() {
  fireEvent.change(screen.getByLabelText('Amount (CNY)'), { target: { value: '4000000' } });
  fireEvent.change(screen.getByLabelText('Annual rate (%)'), { target: { value: '4.2' } });
  fireEvent.change(screen.getByLabelText('Loan-to-value (%)'), { target: { value: '40' } });
  fireEvent.click(screen.getByRole('button', { name: 'Send offer' }));
}

describe('MakeOfferForm', () => {
  it('sends the offer with fractions and reports the new open offer', async () => {
    const onDone = renderForm([
      {
        request: { query: MAKE_OFFER, variables: { input } },
        result: {
          data: {
            makeOffer: {
              __typename: 'Offer',
              id: 'o-1',
              listingId: LISTING.id,
              status: 'OPEN',
              amount: { __typename: 'Money', amount: '4000000', currency: 'CNY' },
              annualRate: '0.042',
              termMonths: 24,
              expiresAt: input.expiresAt,
            },
          },
        },
      },
    ]);
    fill();
    expect(screen.getByRole('button', { name: 'Sending…' })).toBeTruthy();
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(onDone.mock.calls[0]?.[0]).toMatchObject({ id: 'o-1', status: 'OPEN' });
  });

  it('shows hints next to the fields and sends nothing while they stand', () => {
    const onDone = renderForm([]);
    fireEvent.change(screen.getByLabelText('Amount (CNY)'), { target: { value: 'lots' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send offer' }));
    expect(screen.getByText(/Enter the amount as a number/)).toBeTruthy();
    expect(screen.getByText(/Enter the annual rate in per cent/)).toBeTruthy();
    expect(screen.getByLabelText('Amount (CNY)').getAttribute('aria-invalid')).toBe('true');
    expect(onDone).not.toHaveBeenCalled();
  });

  it("shows the server's BAD_USER_INPUT as a sentence next to the field it names", async () => {
    const onDone = renderForm([
      {
        request: { query: MAKE_OFFER, variables: { input } },
        result: {
          errors: [
            new GraphQLError('input.ltv: must be at most 1', {
              extensions: { code: 'BAD_USER_INPUT', field: 'input.ltv' },
            }),
          ],
        },
      },
    ]);
    fill();
    const message = await screen.findByText('Must be at most 1');
    expect(message.id).toBe('offer-ltvPercent-error');
    expect(screen.getByLabelText('Loan-to-value (%)').getAttribute('aria-describedby')).toContain(message.id);
    expect(screen.queryByText(/BAD_USER_INPUT|input\.ltv/)).toBeNull();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('shows a conflict as a sentence for the whole form', async () => {
    renderForm([
      {
        request: { query: MAKE_OFFER, variables: { input } },
        result: {
          errors: [new GraphQLError('open offer exists', { extensions: { code: 'CONFLICT', reason: 'OFFER_EXISTS' } })],
        },
      },
    ]);
    fill();
    expect((await screen.findByRole('alert')).textContent).toContain('You already have an open offer on this listing.');
  });
});
