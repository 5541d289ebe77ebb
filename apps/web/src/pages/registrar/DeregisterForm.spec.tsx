import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { jest } from '@jest/globals';
import { DEREGISTER_PLEDGE, DeregisterForm } from '@web/pages/registrar/DeregisterForm';

const ID = '00000000-0000-4000-8000-0000000000d1';

function renderForm(result: object, expected: Record<string, unknown>) {
  const onDone = jest.fn();
  render(
    <MockedProvider
      mocks={[
        {
          request: {
            query: DEREGISTER_PLEDGE,
            variables: (vars: Record<string, unknown>) =>
              Object.entries(expected).every(([k, v]) => vars[k] === v) && typeof vars['key'] === 'string',
          },
          result,
        },
      ]}
    >
      <DeregisterForm applicationId={ID} onDone={onDone} />
    </MockedProvider>,
  );
  return onDone;
}

describe('DeregisterForm', () => {
  it('deregisters as repaid today when no date is given', async () => {
    const onDone = renderForm(
      {
        data: {
          deregisterPledge: {
            __typename: 'PledgeApplication',
            id: ID,
            status: 'DEREGISTERED',
            deregistrationReason: 'REPAID',
            endedOn: '2026-11-21',
          },
        },
      },
      { id: ID, reason: 'REPAID', date: null, note: null },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Deregister' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
  });

  it('needs a note for another reason', () => {
    const onDone = renderForm({ data: null }, {});
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'OTHER' } });
    fireEvent.click(screen.getByRole('button', { name: 'Deregister' }));
    expect(screen.getByText('Say what the other reason is.').id).toBe('deregister-note-error');
    expect(onDone).not.toHaveBeenCalled();
  });

  it("puts the server's date complaint next to the date", async () => {
    renderForm(
      {
        errors: [
          new GraphQLError('date: must not be in the future', {
            extensions: { code: 'BAD_USER_INPUT', field: 'date' },
          }),
        ],
      },
      { reason: 'WAIVED', date: '2099-01-01' },
    );
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'WAIVED' } });
    fireEvent.change(screen.getByLabelText('Pledge ends on'), { target: { value: '2099-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Deregister' }));
    expect((await screen.findByText('Must not be in the future')).id).toBe('deregister-date-error');
  });
});
