import { formatDate } from '@web/format';

/**
 * Where a joint pledge application stands for the SME (the pledgor), apart from React: the
 * next step and whose it is, the progress line, and refusal reasons as sentences.
 */
export interface ApplicationFacts {
  status: string;
  pledgorSigned: boolean;
  pledgeeSigned: boolean;
  overdue: boolean;
  examinationDueDate?: string | null;
  registrationNumber?: string | null;
  registeredOn?: string | null;
  endedOn?: string | null;
}

export type Actor = 'YOU' | 'BANK' | 'REGISTRAR' | 'NOBODY';

export interface NextStep {
  actor: Actor;
  sentence: string;
  /** The SME may sign now (the application's content as it stands). */
  canSign: boolean;
}

const SIGNABLE = new Set(['DRAFT', 'CORRECTION_REQUESTED']);

export function nextStep(app: ApplicationFacts): NextStep {
  const due = app.examinationDueDate == null ? '' : ` by ${formatDate(app.examinationDueDate)}`;
  if (SIGNABLE.has(app.status)) {
    const correction = app.status === 'CORRECTION_REQUESTED' ? 'The registrar asked for corrections. ' : '';
    if (!app.pledgorSigned) {
      return {
        actor: 'YOU',
        canSign: true,
        sentence: `${correction}Your signature is needed: check the terms below and sign.`,
      };
    }
    if (!app.pledgeeSigned) {
      return { actor: 'BANK', canSign: false, sentence: `${correction}You have signed. Waiting for the bank to sign.` };
    }
    return {
      actor: 'REGISTRAR',
      canSign: false,
      sentence: 'Both parties signed; the application goes to the registrar.',
    };
  }
  switch (app.status) {
    case 'SUBMITTED':
      return app.overdue
        ? {
            actor: 'REGISTRAR',
            canSign: false,
            sentence: `The registrar's examination is overdue: it was due${due}.`,
          }
        : { actor: 'REGISTRAR', canSign: false, sentence: `With the registrar for examination${due}.` };
    case 'REGISTERED':
      return {
        actor: 'NOBODY',
        canSign: false,
        sentence:
          app.registrationNumber == null
            ? 'The pledge is registered.'
            : `The pledge is registered as ${app.registrationNumber}${
                app.registeredOn == null ? '' : ` on ${formatDate(app.registeredOn)}`
              }. The bank can now pay out the loan.`,
      };
    case 'REFUSED':
      return {
        actor: 'NOBODY',
        canSign: false,
        sentence: 'The registrar refused the application for the reasons below.',
      };
    case 'WITHDRAWN':
      return { actor: 'NOBODY', canSign: false, sentence: 'The application was withdrawn.' };
    case 'REVOKED':
      return { actor: 'NOBODY', canSign: false, sentence: 'The registration was revoked.' };
    case 'DEREGISTERED':
      return {
        actor: 'NOBODY',
        canSign: false,
        sentence: `The pledge ended${app.endedOn == null ? '' : ` on ${formatDate(app.endedOn)}`}.`,
      };
    case 'DEFAULTED':
      return { actor: 'BANK', canSign: false, sentence: 'The bank declared the secured debt in default.' };
    case 'ENFORCING':
      return { actor: 'BANK', canSign: false, sentence: 'The bank is enforcing the pledge.' };
    case 'REALIZED':
      return { actor: 'BANK', canSign: false, sentence: 'The pledge was realised by the bank.' };
    default:
      return { actor: 'NOBODY', canSign: false, sentence: `The application is ${app.status.toLowerCase()}.` };
  }
}

export type StepState = 'done' | 'current' | 'todo' | 'failed';

export interface TimelineStep {
  label: string;
  state: StepState;
}

const ENDED_BAD = new Set(['REFUSED', 'WITHDRAWN', 'REVOKED']);
const AFTER_REGISTRATION = new Set(['REGISTERED', 'DEREGISTERED', 'DEFAULTED', 'ENFORCING', 'REALIZED', 'REVOKED']);

/** Drafted -> signed by you -> signed by the bank -> examined -> registered. */
export function timeline(app: ApplicationFacts): TimelineStep[] {
  const submitted = !SIGNABLE.has(app.status);
  const registered =
    AFTER_REGISTRATION.has(app.status) && app.status !== 'REVOKED' ? true : app.registrationNumber != null;
  const steps: { label: string; done: boolean }[] = [
    { label: 'Drafted from the accepted offer', done: true },
    { label: 'Signed by you', done: app.pledgorSigned || submitted },
    { label: 'Signed by the bank', done: app.pledgeeSigned || submitted },
    { label: 'Examined by the registrar', done: submitted && app.status !== 'SUBMITTED' },
    { label: 'Registered', done: registered },
  ];
  let currentGiven = false;
  return steps.map((s) => {
    if (s.done) return { label: s.label, state: 'done' };
    if (currentGiven) return { label: s.label, state: 'todo' };
    currentGiven = true;
    return { label: s.label, state: ENDED_BAD.has(app.status) ? 'failed' : 'current' };
  });
}

const REFUSAL: Record<string, string> = {
  PLEDGOR_NOT_OWNER: 'Your company is not the registered owner of a patent.',
  CO_OWNER_CONSENT_MISSING: "A co-owner's consent is missing.",
  NOT_GRANTED: 'A patent is not granted yet.',
  LAPSED: 'A patent has lapsed.',
  EXPIRED: 'A patent has expired.',
  INVALIDATED: 'A patent was invalidated.',
  FEES_UNPAID: 'Annual fees of a patent are unpaid.',
  OWNERSHIP_DISPUTE: 'A patent is under an ownership dispute.',
  COURT_PRESERVATION: 'A patent is frozen by a court preservation order.',
  DUE_DATE_AFTER_EXPIRY: 'The debt falls due after a patent expires.',
  DUE_DATE_IN_PAST: 'The repayment due date has passed.',
  ALREADY_PLEDGED: 'A patent is already under an active pledge.',
  INVALIDATION_RISK_NOT_ACKNOWLEDGED: 'A patent faces invalidation and the risk has not been acknowledged.',
  FORFEITURE_CLAUSE: 'The contract lets the patent pass to the bank on default, which the rules forbid.',
  MANDATORY_CONTENT_MISSING: 'The application lacks required content.',
  CREDIT_LISTED: 'A party is on the IP credit-loss list.',
  AMOUNT_NOT_POSITIVE: 'The secured amount must be more than zero.',
  ASSET_NOT_FOUND: 'A patent is not in the register.',
  DUPLICATE_ASSET: 'A patent is named twice.',
};

/** A refusal reason as a sentence, with the server's particulars after it. */
export function refusalSentence(reason: { code: string; message: string }): string {
  const head = REFUSAL[reason.code] ?? 'The application was refused.';
  const detail = reason.message.trim();
  if (detail === '') return head;
  const particular = detail.charAt(0).toUpperCase() + detail.slice(1);
  return `${head} ${particular}${/[.!?]$/.test(particular) ? '' : '.'}`;
}
