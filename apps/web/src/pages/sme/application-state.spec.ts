import { nextStep, refusalSentence, timeline, type ApplicationFacts } from '@web/pages/sme/application-state';

const draft: ApplicationFacts = { status: 'DRAFT', pledgorSigned: false, pledgeeSigned: false, overdue: false };

describe('application state for the SME', () => {
  it.each([
    [draft, 'YOU', true, 'Your signature is needed: check the terms below and sign.'],
    [{ ...draft, pledgorSigned: true }, 'BANK', false, 'You have signed. Waiting for the bank to sign.'],
    [{ ...draft, pledgeeSigned: true }, 'YOU', true, 'Your signature is needed: check the terms below and sign.'],
    [
      { ...draft, status: 'CORRECTION_REQUESTED' },
      'YOU',
      true,
      'The registrar asked for corrections. Your signature is needed: check the terms below and sign.',
    ],
    [
      { ...draft, status: 'SUBMITTED', pledgorSigned: true, pledgeeSigned: true, examinationDueDate: '2026-11-25' },
      'REGISTRAR',
      false,
      'With the registrar for examination by 25 Nov 2026.',
    ],
    [
      { ...draft, status: 'SUBMITTED', overdue: true, examinationDueDate: '2026-11-25' },
      'REGISTRAR',
      false,
      "The registrar's examination is overdue: it was due by 25 Nov 2026.",
    ],
    [
      { ...draft, status: 'REGISTERED', registrationNumber: 'ZX2026-0001', registeredOn: '2026-11-24' },
      'NOBODY',
      false,
      'The pledge is registered as ZX2026-0001 on 24 Nov 2026. The bank can now pay out the loan.',
    ],
    [{ ...draft, status: 'REFUSED' }, 'NOBODY', false, 'The registrar refused the application for the reasons below.'],
  ] as const)('%j -> %s', (facts, actor, canSign, sentence) => {
    expect(nextStep(facts)).toEqual({ actor, canSign, sentence });
  });

  it('draws the progress line', () => {
    const states = (facts: ApplicationFacts) => timeline(facts).map((s) => s.state);
    expect(states(draft)).toEqual(['done', 'current', 'todo', 'todo', 'todo']);
    expect(states({ ...draft, pledgorSigned: true })).toEqual(['done', 'done', 'current', 'todo', 'todo']);
    expect(states({ ...draft, status: 'SUBMITTED' })).toEqual(['done', 'done', 'done', 'current', 'todo']);
    expect(states({ ...draft, status: 'REGISTERED', registrationNumber: 'R1' })).toEqual([
      'done',
      'done',
      'done',
      'done',
      'done',
    ]);
    expect(states({ ...draft, status: 'REFUSED' })).toEqual(['done', 'done', 'done', 'done', 'failed']);
  });

  it('turns refusal reasons into sentences', () => {
    expect(
      refusalSentence({
        code: 'DUE_DATE_AFTER_EXPIRY',
        message: 'due date 2040-01-01 is not before the expiry of CN1 on 2038-03-12',
      }),
    ).toBe(
      'The debt falls due after a patent expires. Due date 2040-01-01 is not before the expiry of CN1 on 2038-03-12.',
    );
    expect(refusalSentence({ code: 'SOMETHING_NEW', message: '' })).toBe('The application was refused.');
  });
});
