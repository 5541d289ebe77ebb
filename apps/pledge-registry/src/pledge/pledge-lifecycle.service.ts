import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Identity } from '@app/auth';
import { decimalOrNull } from '@app/money';
import { assertUuid, checkedDecimal } from '@app/platform';
import { compareIsoDate } from '@registry/ip-asset/domain/iso-date.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import type { DeregistrationReason } from '@registry/pledge/domain/pledge-state.js';
import type { RefusalCode, RefusalReason } from '@registry/pledge/domain/refusal-rules.js';
import type { ChangePledgeRegistrationInput } from '@registry/pledge/dto/pledge.input.js';
import { amountText, storedContent } from '@registry/pledge/pledge.mapper.js';
import { PledgeException } from '@registry/pledge/pledge.exception.js';
import { PledgeRepository } from '@registry/pledge/pledge.repository.js';
import { PledgeRulesService } from '@registry/pledge/pledge-rules.service.js';
import { PledgeTransitionService, type TransitionSpec } from '@registry/pledge/pledge-transition.service.js';
import { AMOUNT_DECIMALS, RulesRefused } from '@registry/pledge/pledge-write.js';

/** Outcome of a change of registered terms: refused (nothing written) or recorded. */
export interface ChangeOutcome {
  accepted: boolean;
  reasons: RefusalReason[];
  pledgeId: string;
}

/** Grounds that a change of registered terms can newly break (asset status is judged at registration). */
const CHANGE_CODES: ReadonlySet<RefusalCode> = new Set<RefusalCode>([
  'AMOUNT_NOT_POSITIVE',
  'DUE_DATE_IN_PAST',
  'DUE_DATE_AFTER_EXPIRY',
  'PLEDGOR_NOT_OWNER',
  'CO_OWNER_CONSENT_MISSING',
  'CREDIT_LISTED',
  'MANDATORY_CONTENT_MISSING',
]);

/** The DEREGISTER transition on `date` (today by default, never in the future or before the registration). */
function deregistration(
  reason: DeregistrationReason,
  date: string | null | undefined,
  note: string | null | undefined,
): TransitionSpec {
  const endedOn = date ?? registryToday();
  if (compareIsoDate(endedOn, registryToday()) > 0) throw PledgeException.invalid('date', 'must not be in the future');
  return {
    event: { type: 'DEREGISTER', reason },
    action: 'PLEDGE_DEREGISTERED',
    releasesAssets: true,
    prepare: (_m, pledge) => {
      if (pledge.registeredOn !== null && compareIsoDate(endedOn, pledge.registeredOn) < 0) {
        throw PledgeException.invalid('date', `must not be before the registration on ${pledge.registeredOn}`);
      }
      const changes = { deregistrationReason: reason, endedOn, examinerNote: note ?? pledge.examinerNote };
      return Promise.resolve({ changes, after: { reason, endedOn, note: note ?? null } });
    },
  };
}

/** A registered pledge until it ends: changed terms, default, enforcement, realisation, deregistration, revocation. */
@Injectable()
export class PledgeLifecycleService {
  constructor(
    private readonly pledges: PledgeRepository,
    private readonly rules: PledgeRulesService,
    private readonly transitions: PledgeTransitionService,
  ) {}

  /** Registered terms change (amount, parties, scope, due date): version + 1, refused as data when a rule breaks. */
  async change(
    identity: Identity,
    id: string,
    input: ChangePledgeRegistrationInput,
    idempotencyKey?: string | null,
  ): Promise<ChangeOutcome> {
    const pledgeId = assertUuid(id, 'id');
    const amount = decimalOrNull(input.claimAmount);
    const pledgorPartyId =
      input.pledgorPartyId == null ? null : assertUuid(input.pledgorPartyId, 'input.pledgorPartyId');
    const pledgeePartyId =
      input.pledgeePartyId == null ? null : assertUuid(input.pledgeePartyId, 'input.pledgeePartyId');
    if (
      amount === null &&
      pledgorPartyId === null &&
      pledgeePartyId === null &&
      input.guaranteeScope == null &&
      input.debtorDueDate == null
    ) {
      throw PledgeException.invalid('input', 'nothing to change');
    }
    const today = registryToday();
    try {
      const changedId = await this.transitions.run(
        identity,
        pledgeId,
        idempotencyKey,
        'changePledgeRegistration',
        { id: pledgeId, input },
        'REGISTRAR',
        {
          event: { type: 'CHANGE' },
          action: 'PLEDGE_CHANGED',
          prepare: async (m, pledge, assetIds) => {
            const terms = {
              pledgorPartyId: pledgorPartyId ?? pledge.pledgorPartyId,
              pledgeePartyId: pledgeePartyId ?? pledge.pledgeePartyId,
              claimAmount: amount ?? pledge.claimAmount,
              guaranteeScope: input.guaranteeScope ?? pledge.guaranteeScope,
              debtorDueDate: input.debtorDueDate ?? pledge.debtorDueDate,
            };
            if (terms.pledgorPartyId === terms.pledgeePartyId) {
              throw PledgeException.invalid('input.pledgeePartyId', 'pledgor and pledgee must differ');
            }
            await this.rules.assertParties(m, terms.pledgorPartyId, terms.pledgeePartyId, 'input');
            const content = {
              ...storedContent(pledge, assetIds),
              ...terms,
              claimAmount: terms.claimAmount.toFixed(AMOUNT_DECIMALS),
            };
            const { examination } = await this.rules.check(m, content, today, pledge.id);
            const reasons = examination.reasons.filter((r) => CHANGE_CODES.has(r.code));
            if (reasons.length > 0) throw new RulesRefused({ reasons, flags: [] });
            const version = pledge.version + 1;
            await this.pledges.insertVersion(m, {
              pledgeId: pledge.id,
              version,
              ...terms,
              claimCurrency: pledge.claimCurrency,
              changeNote: input.note,
              effectiveOn: today,
              recordedBy: identity.userId,
            });
            return {
              changes: { ...terms, version },
              before: {
                version: pledge.version,
                pledgorPartyId: pledge.pledgorPartyId,
                pledgeePartyId: pledge.pledgeePartyId,
                claimAmount: amountText(pledge.claimAmount),
                guaranteeScope: pledge.guaranteeScope,
                debtorDueDate: pledge.debtorDueDate,
              },
              after: { version, ...terms, claimAmount: amountText(terms.claimAmount), note: input.note },
            };
          },
        },
      );
      return { accepted: true, reasons: [], pledgeId: changedId };
    } catch (error) {
      if (!(error instanceof RulesRefused)) throw error;
      return { accepted: false, reasons: error.examination.reasons, pledgeId };
    }
  }

  /** The pledge ends: repaid, realised, waived, main contract void or other; the asset is free again. */
  deregister(
    identity: Identity,
    id: string,
    reason: DeregistrationReason,
    date: string | null | undefined,
    note: string | null | undefined,
    idempotencyKey?: string | null,
  ): Promise<string> {
    return this.transitions.run(
      identity,
      id,
      idempotencyKey,
      'deregisterPledge',
      { id, reason, date, note },
      'REGISTRAR',
      deregistration(reason, date, note),
    );
  }

  /**
   * {@link deregister} in the caller's transaction, by whoever may see the pledge: a loan
   * repaid in full releases its pledge together with the repayment that repaid it.
   */
  deregisterWithin(
    manager: EntityManager,
    identity: Identity,
    pledgeId: string,
    reason: DeregistrationReason,
    date: string,
    note: string,
  ): Promise<string> {
    return this.transitions.apply(manager, identity, pledgeId, 'REGISTRAR', deregistration(reason, date, note));
  }

  /** The registration is cancelled as wrongly made; the asset is free again. */
  revoke(identity: Identity, id: string, note: string, idempotencyKey?: string | null): Promise<string> {
    if (note.trim() === '') throw PledgeException.invalid('note', 'say why the registration is revoked');
    const endedOn = registryToday();
    return this.transitions.run(identity, id, idempotencyKey, 'revokePledgeRegistration', { id, note }, 'REGISTRAR', {
      event: { type: 'REVOKE' },
      action: 'PLEDGE_REVOKED',
      releasesAssets: true,
      prepare: () => Promise.resolve({ changes: { endedOn, examinerNote: note }, after: { endedOn, note } }),
    });
  }

  declareDefault(identity: Identity, id: string, idempotencyKey?: string | null): Promise<string> {
    return this.transitions.run(identity, id, idempotencyKey, 'declarePledgeDefault', { id }, 'PLEDGEE', {
      event: { type: 'DEFAULT' },
      action: 'PLEDGE_DEFAULTED',
    });
  }

  startEnforcement(identity: Identity, id: string, idempotencyKey?: string | null): Promise<string> {
    return this.transitions.run(identity, id, idempotencyKey, 'startPledgeEnforcement', { id }, 'PLEDGEE', {
      event: { type: 'START_ENFORCEMENT' },
      action: 'PLEDGE_ENFORCEMENT_STARTED',
    });
  }

  /** What enforcement realised; compared with the appraised value. */
  recordRealization(
    identity: Identity,
    id: string,
    amountText_: string,
    date: string,
    idempotencyKey?: string | null,
  ): Promise<string> {
    const amount = checkedDecimal(amountText_, 'amount', { min: '0', scale: AMOUNT_DECIMALS });
    if (compareIsoDate(date, registryToday()) > 0) throw PledgeException.invalid('date', 'must not be in the future');
    return this.transitions.run(
      identity,
      id,
      idempotencyKey,
      'recordPledgeRealization',
      { id, amount: amountText_, date },
      'PLEDGEE',
      {
        event: { type: 'REALIZE' },
        action: 'PLEDGE_REALIZED',
        prepare: (_m, pledge) => {
          if (pledge.registeredOn !== null && compareIsoDate(date, pledge.registeredOn) < 0) {
            throw PledgeException.invalid('date', `must not be before the registration on ${pledge.registeredOn}`);
          }
          return Promise.resolve({
            changes: { realizedAmount: amount, realizedOn: date },
            after: { realizedAmount: amountText(amount), realizedOn: date },
          });
        },
      },
    );
  }
}
