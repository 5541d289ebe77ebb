import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { fireEvent, render, screen } from '@testing-library/react';
import { jest } from '@jest/globals';
import { REVOKE_REGISTRATION, RevokeForm } from '@web/pages/registrar/RevokeForm';

const ID = '00000000-0000-4000-8000-0000000000r1';

describe('RevokeForm', () => {
  it('asks why before revoking, then says a conflict in a sentence', async () => {
    const onDone = jest.fn();
    render(
      <MockedProvider
        mocks={[
          {
            request: {
              query: REVOKE_REGISTRATION,
              variables: (v: Record<string, unknown>) => v['id'] === ID && v['note'] === 'Wrong patent entered',
            },
            result: {
              errors: [
                new GraphQLError('REVOKE is not allowed from DEREGISTERED', {
                  extensions: { code: 'CONFLICT', reason: 'TRANSITION_NOT_ALLOWED' },
                }),
              ],
            },
          },
        ]}
      >
        <RevokeForm applicationId={ID} onDone={onDone} />
      </MockedProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Revoke registration' }));
    expect(screen.getByText('Say what was registered in error.').id).toBe('revoke-note-error');
    fireEvent.change(screen.getByLabelText('Why it was registered in error'), {
      target: { value: ' Wrong patent entered ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Revoke registration' }));
    const alert = await screen.findByText(/This step is not possible in the current state/);
    expect(alert.closest('[role="alert"]')?.textContent).not.toContain('TRANSITION_NOT_ALLOWED');
    expect(onDone).not.toHaveBeenCalled();
  });
});
