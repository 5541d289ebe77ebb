import type { ExaminationDecisionInput, ExaminationOutcome, RefusalCode } from '@web/gql/graphql';
import { fieldFailure, type FieldFailure } from '@web/kit/form';

/** The grounds a registrar may tick, in the order of the registration rules (DOMAIN.md), OTHER last. */
export const REFUSAL_CODES: readonly RefusalCode[] = [
  'PLEDGOR_NOT_OWNER',
  'CO_OWNER_CONSENT_MISSING',
  'NOT_GRANTED',
  'LAPSED',
  'EXPIRED',
  'INVALIDATED',
  'FEES_UNPAID',
  'OWNERSHIP_DISPUTE',
  'COURT_PRESERVATION',
  'DUE_DATE_AFTER_EXPIRY',
  'ALREADY_PLEDGED',
  'INVALIDATION_RISK_NOT_ACKNOWLEDGED',
  'FORFEITURE_CLAUSE',
  'MANDATORY_CONTENT_MISSING',
  'CREDIT_LISTED',
  'AMOUNT_NOT_POSITIVE',
  'DUE_DATE_IN_PAST',
  'DUPLICATE_ASSET',
  'ASSET_NOT_FOUND',
  'OTHER',
];

export interface DecisionDraft {
  outcome: ExaminationOutcome;
  reasons: readonly RefusalCode[];
  note: string;
}

export type DecisionField = 'reasons' | 'note';
export type DecisionErrors = Partial<Record<DecisionField, string>>;

export const initialDecision: DecisionDraft = { outcome: 'REGISTER', reasons: [], note: '' };

/** The server's own checks, said before sending so the registrar need not wait for them. */
export function checkDecision(draft: DecisionDraft): DecisionErrors {
  const errors: DecisionErrors = {};
  const note = draft.note.trim();
  if (draft.outcome === 'REFUSE' && draft.reasons.length === 0) {
    errors.reasons = 'Tick at least one ground for the refusal.';
  }
  if (draft.outcome !== 'REGISTER' && draft.reasons.includes('OTHER') && note === '') {
    errors.note = 'Say in the note what the other ground is.';
  }
  if (draft.outcome === 'REQUEST_CORRECTION' && note === '') {
    errors.note = 'Say in the note what the parties must correct.';
  }
  return errors;
}

/** Registration takes no grounds: the rules run again on the current facts at the server. */
export function toDecisionInput(draft: DecisionDraft): ExaminationDecisionInput {
  const note = draft.note.trim();
  if (draft.outcome === 'REGISTER') return note === '' ? { outcome: 'REGISTER' } : { outcome: 'REGISTER', note };
  return { outcome: draft.outcome, reasons: [...draft.reasons], ...(note === '' ? {} : { note }) };
}

/** `decision.reasons` / `decision.note` from the server land next to their controls. */
export function decisionFailure(error: unknown): FieldFailure<DecisionField> {
  return fieldFailure<DecisionField>(error, { reasons: 'reasons', note: 'note' });
}

/** What the examination came to, in sentences; the grounds follow as a list. */
export function examinationSentence(result: {
  status: string;
  reasons: readonly unknown[];
  application: { registrationNumber?: string | null };
  asked: ExaminationOutcome;
}): { title: string; ok: boolean } {
  switch (result.status) {
    case 'REGISTERED':
      return {
        ok: true,
        title: `The pledge is registered under number ${result.application.registrationNumber ?? '(pending)'} and now appears in the public register.`,
      };
    case 'REFUSED':
      return result.asked === 'REGISTER'
        ? {
            ok: false,
            title:
              'The pledge could not be registered: the registration rules refused it on the current facts, so the application is refused for the grounds below.',
          }
        : { ok: true, title: 'The application is refused. The parties see the grounds below.' };
    case 'CORRECTION_REQUESTED':
      return {
        ok: true,
        title:
          'The application went back to the parties for correction. It returns to this queue once both sign again.',
      };
    default:
      return { ok: true, title: `The application is now ${result.status.toLowerCase().replace(/_/g, ' ')}.` };
  }
}
