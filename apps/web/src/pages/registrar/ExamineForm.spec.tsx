import type { MockLink } from '@apollo/client/testing';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { jest } from '@jest/globals';
import { EXAMINE_APPLICATION, ExamineForm } from '@web/pages/registrar/ExamineForm';
import { examinationSentence, toDecisionInput } from '@web/pages/registrar/examine-form';

const ID = '00000000-0000-4000-8000-0000000000e1';

const application = (status: string, registrationNumber: string | null = null) => ({
  __typename: 'PledgeApplication',
  id: ID,
  status,
  registrationNumber,
  registeredOn: registrationNumber === null ? null : '2026-11-21',
  examinedAt: '2026-11-21T02:00:00.000Z',
  examinerNote: null,
  overdue: false,
  refusalReasons: [],
});

/** Any idempotency key, recorded so a test can see the same key sent again. */
function examineMock(decision: Record<string, unknown>, result: MockLink.MockedResponse['result'], keys: string[]) {
  return {
    request: {
      query: EXAMINE_APPLICATION,
      variables: (vars: Record<string, unknown>) => {
        keys.push(String(vars['key']));
        return vars['id'] === ID && JSON.stringify(vars['decision']) === JSON.stringify(decision);
      },
    },
    result,
  };
}

function renderForm(mocks: MockedProviderProps['mocks']) {
  const onDone = jest.fn();
  render(
    <MockedProvider mocks={mocks}>
      <ExamineForm applicationId={ID} onDone={onDone} />
    </MockedProvider>,
  );
  return onDone;
}

describe('ExamineForm', () => {
  it('registers with an idempotency key and reports the registration', async () => {
    const keys: string[] = [];
    const onDone = renderForm([
      examineMock(
        { outcome: 'REGISTER' },
        {
          data: {
            examinePledgeApplication: {
              __typename: 'PledgeExaminationResult',
              status: 'REGISTERED',
              reasons: [],
              application: application('REGISTERED', 'ZL2026P000123'),
            },
          },
        },
        keys,
      ),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Register the pledge' }));
    expect(screen.getByRole('button', { name: 'Sending…' })).toHaveProperty('disabled', true);
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(onDone.mock.calls[0]?.[0]).toMatchObject({ status: 'REGISTERED' });
    expect(onDone.mock.calls[0]?.[1]).toBe('REGISTER');
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('asks for a ground before refusing, then sends the ticked grounds and the note', async () => {
    const keys: string[] = [];
    const onDone = renderForm([
      examineMock(
        { outcome: 'REFUSE', reasons: ['ALREADY_PLEDGED'], note: 'Pledged to another bank.' },
        {
          data: {
            examinePledgeApplication: {
              __typename: 'PledgeExaminationResult',
              status: 'REFUSED',
              reasons: [
                { __typename: 'RefusalReason', code: 'ALREADY_PLEDGED', message: 'x', assetId: null, field: null },
              ],
              application: application('REFUSED'),
            },
          },
        },
        keys,
      ),
    ]);
    fireEvent.click(screen.getByRole('radio', { name: /Refuse/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Refuse the application' }));
    expect(screen.getByText('Tick at least one ground for the refusal.')).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('checkbox', { name: 'The patent is already under an active pledge.' }));
    expect(screen.queryByText('Tick at least one ground for the refusal.')).toBeNull();
    fireEvent.change(screen.getByLabelText(/Note to the parties/), { target: { value: ' Pledged to another bank. ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Refuse the application' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(onDone.mock.calls[0]?.[1]).toBe('REFUSE');
  });

  it('needs a note to request a correction', () => {
    const onDone = renderForm([]);
    fireEvent.click(screen.getByRole('radio', { name: /Request a correction/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Send back for correction' }));
    const hint = screen.getByText('Say in the note what the parties must correct.');
    expect(screen.getByLabelText('What the parties must correct').getAttribute('aria-describedby')).toBe(hint.id);
    expect(onDone).not.toHaveBeenCalled();
  });

  it("shows the server's BAD_USER_INPUT next to the field it names", async () => {
    const keys: string[] = [];
    renderForm([
      examineMock(
        { outcome: 'REQUEST_CORRECTION', reasons: [], note: 'x' },
        {
          errors: [
            new GraphQLError('decision.note: say what must be corrected', {
              extensions: { code: 'BAD_USER_INPUT', field: 'decision.note' },
            }),
          ],
        },
        keys,
      ),
    ]);
    fireEvent.click(screen.getByRole('radio', { name: /Request a correction/ }));
    fireEvent.change(screen.getByLabelText('What the parties must correct'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send back for correction' }));
    const message = await screen.findByText('Say what must be corrected');
    expect(message.id).toBe('decision-note-error');
    expect(screen.queryByText(/BAD_USER_INPUT/)).toBeNull();
  });

  it('says a file examined meanwhile (a lost race) in a sentence, and retries with the same key', async () => {
    const keys: string[] = [];
    const conflict = {
      errors: [
        new GraphQLError('REGISTER is not allowed from REGISTERED', {
          extensions: { code: 'CONFLICT', reason: 'TRANSITION_NOT_ALLOWED' },
        }),
      ],
    };
    renderForm([
      examineMock({ outcome: 'REGISTER' }, conflict, keys),
      examineMock({ outcome: 'REGISTER' }, conflict, keys),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Register the pledge' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'This step is not possible in the current state. Reload to see the latest state.',
    );
    expect(alert.textContent).not.toContain('TRANSITION_NOT_ALLOWED');
    fireEvent.click(screen.getByRole('button', { name: 'Register the pledge' }));
    await waitFor(() => expect(keys.length).toBeGreaterThanOrEqual(2));
    expect(new Set(keys).size).toBe(1);
  });
});

describe('examination outcome in words', () => {
  it('names the registration number', () => {
    expect(
      examinationSentence({
        status: 'REGISTERED',
        reasons: [],
        application: { registrationNumber: 'ZL2026P000123' },
        asked: 'REGISTER',
      }).title,
    ).toBe('The pledge is registered under number ZL2026P000123 and now appears in the public register.');
  });

  it('says when the rules refused a registration (ALREADY_PLEDGED after a race), as a failure', () => {
    const sentence = examinationSentence({
      status: 'REFUSED',
      reasons: [{ code: 'ALREADY_PLEDGED' }],
      application: {},
      asked: 'REGISTER',
    });
    expect(sentence.ok).toBe(false);
    expect(sentence.title).toMatch(/could not be registered: the registration rules refused it/);
  });

  it('sends no grounds with a registration', () => {
    expect(toDecisionInput({ outcome: 'REGISTER', reasons: ['LAPSED'], note: '' })).toEqual({ outcome: 'REGISTER' });
  });
});
