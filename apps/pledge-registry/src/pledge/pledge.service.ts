import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { Identity } from '@app/auth';
import { withTransaction } from '@app/database';
import { isUniqueViolation } from '@app/errors';
import { Decimal } from '@app/money';
import { assertUuid } from '@app/platform';
import { AuditService, type AuditEntry } from '@registry/audit/audit.service.js';
import type { JsonValue } from '@registry/audit/domain/audit-chain.js';
import { WorkingCalendarService } from '@registry/calendar/working-calendar.service.js';
import { CreditListService } from '@registry/credit/credit-list.service.js';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { compareIsoDate } from '@registry/ip-asset/domain/iso-date.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import { applicationContentHash, type ApplicationContent } from '@registry/pledge/domain/application-content.js';
import { canView, PledgeSide, sideOf } from '@registry/pledge/domain/pledge-access.js';
import {
  ACTIVE_STATUSES,
  PledgeStatus,
  transition,
  type DeregistrationReason,
  type PledgeEvent,
} from '@registry/pledge/domain/pledge-state.js';
import {
  examinePledgeApplication,
  OTHER_REFUSAL_CODE,
  REFUSAL_CODES,
  type PledgeApplication,
  type PledgeExamination,
  type RecordedReason,
  type RefusalCode,
  type RefusalReason,
  type ReviewFlag,
} from '@registry/pledge/domain/refusal-rules.js';
import { examinationDeadline } from '@registry/pledge/domain/working-days.js';
import {
  ExaminationOutcome,
  type ChangePledgeRegistrationInput,
  type RequestAssetDisposalInput,
  type SubmitPledgeApplicationInput,
} from '@registry/pledge/dto/pledge.input.js';
import { amountText, storedContent, visibility } from '@registry/pledge/pledge.mapper.js';
import { DisposalStatus } from '@registry/pledge/pledge-disposal.entity.js';
import type { PledgeAssetEntity } from '@registry/pledge/pledge-asset.entity.js';
import { FilingChannel, type PledgeEntity } from '@registry/pledge/pledge.entity.js';
import { PledgeException } from '@registry/pledge/pledge.exception.js';
import {
  PledgeRepository,
  type AssetFactsRow,
  type PledgeAssetParticulars,
} from '@registry/pledge/pledge.repository.js';

/** What an accepted offer (or the parties directly) puts in a new draft application. */
export interface PledgeDraft {
  pledgorPartyId: string;
  pledgeePartyId: string;
  claimType: string;
  claimAmount: Decimal;
  claimCurrency: string;
  debtorDueDate: string;
  assetIds: readonly string[];
  guaranteeScope: string;
}

/** The scope most main contracts secure; the parties edit it before they sign. */
export const DEFAULT_GUARANTEE_SCOPE =
  'principal, interest, default interest, damages and the costs of realising the claim';

/** Outcome of a submission: refused (nothing written) or the application and whose signature it awaits. */
export interface SubmitOutcome {
  accepted: boolean;
  reasons: RefusalReason[];
  reviewFlags: ReviewFlag[];
  pledgeId: string | null;
  awaitingSignatureOf: PledgeSide | null;
}

/** Outcome of an examination: the status the file reached and, if refused, why. */
export interface ExamineOutcome {
  pledgeId: string;
  status: PledgeStatus;
  reasons: RecordedReason[];
}

/** Outcome of a change of registered terms: refused (nothing written) or recorded. */
export interface ChangeOutcome {
  accepted: boolean;
  reasons: RefusalReason[];
  pledgeId: string;
}

export interface ExaminationDecision {
  outcome: ExaminationOutcome;
  reasons?: readonly string[] | null;
  note?: string | null;
}

/** A lifecycle event's own column changes and audit before/after (the status is added). */
interface Prepared {
  changes: Partial<PledgeEntity>;
  before?: JsonValue;
  after: JsonValue;
}

/** Who may record a lifecycle event: the registrar, the pledgee bank, or either signing party. */
type Actor = 'REGISTRAR' | 'PLEDGEE' | 'PARTY';

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

const ALLOWED_CODES: ReadonlySet<string> = new Set([...REFUSAL_CODES, OTHER_REFUSAL_CODE]);
const AMOUNT_DECIMALS = 4;

/**
 * Thrown inside a transaction to roll back everything it wrote (the draft, the
 * idempotency key) when the rules refuse; caught outside and returned as data.
 */
class RulesRefused extends Error {
  constructor(readonly examination: PledgeExamination) {
    super('refused by the pledge rules');
  }
}

function asJson(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

function parseAmount(text: string, field: string): Decimal {
  const amount = new Decimal(text);
  if (amount.decimalPlaces() > AMOUNT_DECIMALS) {
    throw PledgeException.invalid(field, `at most ${AMOUNT_DECIMALS} decimals`);
  }
  return amount;
}

/** The audit view of the terms: strings only, money as stored. */
function auditTerms(content: ApplicationContent): JsonValue {
  return asJson(content);
}

interface Submission {
  applicationId: string | null;
  content: ApplicationContent;
  claimAmount: Decimal;
  appraisedValue: Decimal | null;
  channel: FilingChannel;
}

@Injectable()
export class PledgeService {
  private readonly dataSource: DataSource;

  constructor(
    private readonly pledges: PledgeRepository,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly credit: CreditListService,
    private readonly calendar: WorkingCalendarService,
  ) {
    this.dataSource = pledges.dataSource;
  }

  /**
   * A DRAFT application with both parties, in the caller's transaction (an offer's
   * acceptance and its draft commit together). Asset particulars are copied as they
   * stand; the refusal rules run on submission, not here.
   */
  async createDraft(manager: EntityManager, identity: Identity, draft: PledgeDraft): Promise<PledgeEntity> {
    const rows = await this.pledges.assetFacts(manager, draft.assetIds);
    const missing = draft.assetIds.find((id) => !rows.some((r) => r.asset.id === id));
    if (missing !== undefined) throw PledgeException.invalid('assetIds', `asset ${missing} is not in the register`);
    const pledge = await this.pledges.insert(
      manager,
      {
        status: PledgeStatus.DRAFT,
        pledgorPartyId: draft.pledgorPartyId,
        pledgeePartyId: draft.pledgeePartyId,
        claimType: draft.claimType,
        claimAmount: draft.claimAmount,
        claimCurrency: draft.claimCurrency,
        debtorDueDate: draft.debtorDueDate,
        guaranteeScope: draft.guaranteeScope,
        filingChannel: FilingChannel.ONLINE,
        createdBy: identity.userId,
      },
      particulars(draft.assetIds, rows),
    );
    await this.audit.record(manager, identity, {
      assetIds: draft.assetIds,
      subjectType: 'PLEDGE',
      subjectId: pledge.id,
      action: 'PLEDGE_DRAFTED',
      before: null,
      after: {
        status: PledgeStatus.DRAFT,
        pledgorPartyId: draft.pledgorPartyId,
        pledgeePartyId: draft.pledgeePartyId,
        claimAmount: amountText(draft.claimAmount),
        claimCurrency: draft.claimCurrency,
        debtorDueDate: draft.debtorDueDate,
      },
    });
    return pledge;
  }

  /**
   * One party's signature on the joint application. Every refusal ground is reported at
   * once and then nothing is written (no draft, no idempotency key). Otherwise the
   * caller's side signs the content hash; when the other side signed the same content
   * the file goes to the registrar with its examination deadline.
   */
  async submit(
    identity: Identity,
    input: SubmitPledgeApplicationInput,
    idempotencyKey?: string | null,
  ): Promise<SubmitOutcome> {
    const submission = parseSubmission(input);
    const side = sideOf(identity, submission.content);
    if (side === null) throw PledgeException.notAParty();
    const today = registryToday();
    const dueDate = examinationDeadline(
      today,
      submission.channel === FilingChannel.ONLINE,
      await this.calendar.calendar(),
      this.calendar.examinationPolicy(),
    );
    try {
      return await withTransaction(this.dataSource, (m) =>
        this.idempotency.run(
          m,
          {
            identity,
            key: idempotencyKey,
            operation: 'submitPledgeApplication',
            request: input,
            toStored: asJson,
            fromStored: (stored) => stored as unknown as SubmitOutcome,
          },
          () => this.submitIn(m, identity, side, submission, today, dueDate),
        ),
      );
    } catch (error) {
      if (!(error instanceof RulesRefused)) throw error;
      return {
        accepted: false,
        reasons: error.examination.reasons,
        reviewFlags: error.examination.flags,
        pledgeId: null,
        awaitingSignatureOf: null,
      };
    }
  }

  private async submitIn(
    m: EntityManager,
    identity: Identity,
    side: PledgeSide,
    submission: Submission,
    today: string,
    dueDate: string,
  ): Promise<SubmitOutcome> {
    const { content } = submission;
    let existing: PledgeEntity | null = null;
    let existingAssetIds: string[] = [];
    if (submission.applicationId !== null) {
      existing = await this.pledges.lockById(m, submission.applicationId);
      if (existing === null || sideOf(identity, existing) === null) {
        throw PledgeException.notFound(submission.applicationId);
      }
      if (existing.status !== PledgeStatus.DRAFT && existing.status !== PledgeStatus.CORRECTION_REQUESTED) {
        throw PledgeException.transition(`SUBMIT is not allowed from ${existing.status}`);
      }
      if (existing.pledgorPartyId !== content.pledgorPartyId || existing.pledgeePartyId !== content.pledgeePartyId) {
        throw PledgeException.invalid('input.pledgeePartyId', 'the parties of an application cannot change');
      }
      existingAssetIds = (await this.pledges.assetsOf([existing.id], m)).map((a) => a.assetId);
    }
    await this.assertPartiesExist(m, content.pledgorPartyId, content.pledgeePartyId, 'input');

    const { examination, rows } = await this.examineIn(m, rulesApplication(content, today), existing?.id ?? null);
    if (examination.reasons.length > 0) throw new RulesRefused(examination);
    const assetIds = [...content.assetIds];
    await this.audit.lockChains(m, [...assetIds, ...existingAssetIds]);

    const hash = applicationContentHash(content);
    const terms = {
      claimType: content.claimType,
      claimAmount: submission.claimAmount,
      claimCurrency: content.claimCurrency,
      debtorDueDate: content.debtorDueDate,
      guaranteeScope: content.guaranteeScope,
      coOwnerConsents: [...content.coOwnerConsents],
      acknowledgedRisks: [...content.acknowledgedRisks],
      forfeitureClause: content.forfeitureClause,
      appraisalReference: content.appraisalReference,
      appraisedValue: submission.appraisedValue,
      filingChannel: submission.channel,
    };
    const other = side === PledgeSide.PLEDGOR ? PledgeSide.PLEDGEE : PledgeSide.PLEDGOR;
    const signed = { action: 'PLEDGE_SIGNED', before: null, after: { side, contentHash: hash } };

    if (existing === null) {
      const pledge = await this.pledges.insert(
        m,
        {
          status: PledgeStatus.DRAFT,
          pledgorPartyId: content.pledgorPartyId,
          pledgeePartyId: content.pledgeePartyId,
          ...terms,
          pledgorSignedHash: side === PledgeSide.PLEDGOR ? hash : null,
          pledgeeSignedHash: side === PledgeSide.PLEDGEE ? hash : null,
          reviewFlags: examination.flags,
          createdBy: identity.userId,
        },
        particulars(assetIds, rows),
      );
      const base = { assetIds, subjectType: 'PLEDGE' as const, subjectId: pledge.id };
      await this.audit.record(
        m,
        identity,
        {
          ...base,
          action: 'PLEDGE_DRAFTED',
          before: null,
          after: { status: PledgeStatus.DRAFT, ...asObject(content) },
        },
        { ...base, ...signed },
      );
      return {
        accepted: true,
        reasons: [],
        reviewFlags: examination.flags,
        pledgeId: pledge.id,
        awaitingSignatureOf: other,
      };
    }

    const before = storedContent(existing, existingAssetIds);
    const changed = applicationContentHash(before) !== hash;
    const otherHash = side === PledgeSide.PLEDGOR ? existing.pledgeeSignedHash : existing.pledgorSignedHash;
    const otherStill = otherHash === hash ? otherHash : null;
    const mineBefore = side === PledgeSide.PLEDGOR ? existing.pledgorSignedHash : existing.pledgeeSignedHash;
    if (!changed && mineBefore === hash && otherStill === null) {
      // The same side signs the same content again: nothing changes.
      return {
        accepted: true,
        reasons: [],
        reviewFlags: examination.flags,
        pledgeId: existing.id,
        awaitingSignatureOf: other,
      };
    }
    const entries: AuditEntry[] = [];
    const base = { assetIds: [...new Set([...assetIds, ...existingAssetIds])], subjectType: 'PLEDGE' as const };
    if (changed) {
      entries.push({
        ...base,
        subjectId: existing.id,
        action: 'PLEDGE_DRAFTED',
        before: auditTerms(before),
        after: auditTerms(content),
      });
    }
    entries.push({ ...base, subjectId: existing.id, ...signed });
    const changes: Partial<PledgeEntity> = {
      ...(changed ? terms : {}),
      pledgorSignedHash: side === PledgeSide.PLEDGOR ? hash : otherStill,
      pledgeeSignedHash: side === PledgeSide.PLEDGEE ? hash : otherStill,
      reviewFlags: examination.flags,
    };
    if (otherStill !== null) {
      const next = this.apply(existing, { type: 'SUBMIT' });
      Object.assign(changes, {
        status: next,
        submittedAt: new Date(),
        examinationDueDate: dueDate,
        refusalReasons: [],
      });
      entries.push({
        ...base,
        subjectId: existing.id,
        action: 'PLEDGE_SUBMITTED',
        before: { status: existing.status },
        after: { status: next, examinationDueDate: dueDate, contentHash: hash },
      });
    }
    await this.pledges.update(m, existing.id, changes);
    if (changed) await this.pledges.replaceAssets(m, existing.id, particulars(assetIds, rows));
    await this.audit.record(m, identity, ...entries);
    return {
      accepted: true,
      reasons: [],
      reviewFlags: examination.flags,
      pledgeId: existing.id,
      awaitingSignatureOf: otherStill === null ? other : null,
    };
  }

  /**
   * The registrar's decision on a SUBMITTED file. REGISTER re-runs every rule on the
   * current facts under the assets' chain locks, then claims the assets in active_pledge;
   * whoever loses a race is refused with ALREADY_PLEDGED, never an error. Callable without
   * GraphQL (benchmarks).
   */
  async examine(
    identity: Identity,
    id: string,
    decision: ExaminationDecision,
    idempotencyKey?: string | null,
  ): Promise<ExamineOutcome> {
    const pledgeId = assertUuid(id, 'id');
    const given = checkDecision(decision);
    const today = registryToday();
    return withTransaction(this.dataSource, (m) =>
      this.idempotency.run(
        m,
        {
          identity,
          key: idempotencyKey,
          operation: 'examinePledgeApplication',
          request: { id: pledgeId, decision },
          toStored: asJson,
          fromStored: (stored) => stored as unknown as ExamineOutcome,
        },
        async () => {
          const pledge = await this.pledges.lockById(m, pledgeId);
          if (pledge === null) throw PledgeException.notFound(pledgeId);
          if (pledge.status !== PledgeStatus.SUBMITTED) {
            throw PledgeException.transition(`${decision.outcome} is not allowed from ${pledge.status}`);
          }
          const assets = await this.pledges.assetsOf([pledge.id], m);
          const assetIds = assets.map((a) => a.assetId);
          // Serialises every registration touching these assets, in sorted order.
          await this.audit.lockChains(m, assetIds);
          switch (decision.outcome) {
            case ExaminationOutcome.REGISTER:
              return this.register(m, identity, pledge, assets, today);
            case ExaminationOutcome.REFUSE:
              return this.refuse(m, identity, pledge, assetIds, given, decision.note ?? null);
            case ExaminationOutcome.REQUEST_CORRECTION:
              return this.requestCorrection(m, identity, pledge, assetIds, given, decision.note ?? '');
          }
        },
      ),
    );
  }

  private async register(
    m: EntityManager,
    identity: Identity,
    pledge: PledgeEntity,
    assets: readonly PledgeAssetEntity[],
    today: string,
  ): Promise<ExamineOutcome> {
    const assetIds = assets.map((a) => a.assetId);
    const content = storedContent(pledge, assetIds);
    const { examination } = await this.examineIn(m, rulesApplication(content, today), pledge.id);
    if (examination.reasons.length > 0) {
      return this.refuse(m, identity, pledge, assetIds, examination.reasons, null);
    }
    // The primary key of active_pledge is the real guarantee; the savepoint undoes a
    // partial claim so the refusal below leaves no row behind.
    await m.query('SAVEPOINT pledge_register');
    const claimed = new Set(await this.pledges.claimActive(m, pledge.id, assetIds));
    if (claimed.size < assetIds.length) {
      await m.query('ROLLBACK TO SAVEPOINT pledge_register');
      const taken = assets.filter((a) => !claimed.has(a.assetId));
      const reasons: RefusalReason[] = taken.map((a) => ({
        code: 'ALREADY_PLEDGED',
        assetId: a.assetId,
        message: `${a.number} already has an active pledge`,
      }));
      return this.refuse(m, identity, pledge, assetIds, reasons, null);
    }
    await m.query('RELEASE SAVEPOINT pledge_register');
    const next = this.apply(pledge, { type: 'REGISTER' });
    const serial = await this.pledges.nextRegistrationSerial(m);
    const registrationNumber = `PL-${today.slice(0, 4)}-${serial.padStart(6, '0')}`;
    await this.pledges.update(m, pledge.id, {
      status: next,
      version: 1,
      registrationNumber,
      registeredOn: today,
      examinedAt: new Date(),
      examinedBy: identity.userId,
      refusalReasons: [],
      reviewFlags: examination.flags,
    });
    await this.pledges.insertVersion(m, {
      pledgeId: pledge.id,
      version: 1,
      pledgorPartyId: pledge.pledgorPartyId,
      pledgeePartyId: pledge.pledgeePartyId,
      claimAmount: pledge.claimAmount,
      claimCurrency: pledge.claimCurrency,
      debtorDueDate: pledge.debtorDueDate,
      guaranteeScope: pledge.guaranteeScope,
      changeNote: null,
      effectiveOn: today,
      recordedBy: identity.userId,
    });
    await this.audit.record(m, identity, {
      assetIds,
      subjectType: 'PLEDGE',
      subjectId: pledge.id,
      action: 'PLEDGE_REGISTERED',
      before: { status: pledge.status, version: pledge.version },
      after: { status: next, version: 1, registrationNumber, registeredOn: today },
    });
    return { pledgeId: pledge.id, status: next, reasons: [] };
  }

  private async refuse(
    m: EntityManager,
    identity: Identity,
    pledge: PledgeEntity,
    assetIds: readonly string[],
    reasons: readonly RecordedReason[],
    note: string | null,
  ): Promise<ExamineOutcome> {
    const next = this.apply(pledge, { type: 'REFUSE' });
    await this.pledges.update(m, pledge.id, {
      status: next,
      refusalReasons: [...reasons],
      examinedAt: new Date(),
      examinedBy: identity.userId,
      examinerNote: note,
    });
    await this.audit.record(m, identity, {
      assetIds,
      subjectType: 'PLEDGE',
      subjectId: pledge.id,
      action: 'PLEDGE_REFUSED',
      before: { status: pledge.status },
      after: { status: next, reasons: reasons.map((r) => r.code), note },
    });
    return { pledgeId: pledge.id, status: next, reasons: [...reasons] };
  }

  private async requestCorrection(
    m: EntityManager,
    identity: Identity,
    pledge: PledgeEntity,
    assetIds: readonly string[],
    points: readonly RecordedReason[],
    note: string,
  ): Promise<ExamineOutcome> {
    const next = this.apply(pledge, { type: 'REQUEST_CORRECTION' });
    // Both parties sign the corrected content again; a new deadline runs from resubmission.
    await this.pledges.update(m, pledge.id, {
      status: next,
      refusalReasons: [...points],
      examinerNote: note,
      examinedAt: new Date(),
      examinedBy: identity.userId,
      pledgorSignedHash: null,
      pledgeeSignedHash: null,
    });
    await this.audit.record(m, identity, {
      assetIds,
      subjectType: 'PLEDGE',
      subjectId: pledge.id,
      action: 'PLEDGE_CORRECTION_REQUESTED',
      before: { status: pledge.status },
      after: { status: next, note, points: points.map((p) => p.code) },
    });
    return { pledgeId: pledge.id, status: next, reasons: [...points] };
  }

  /** A party takes its application back before registration. */
  withdraw(identity: Identity, id: string, idempotencyKey?: string | null): Promise<string> {
    return this.lifecycle(identity, id, idempotencyKey, 'withdrawPledgeApplication', { id }, 'PARTY', {
      event: { type: 'WITHDRAW' },
      action: 'PLEDGE_WITHDRAWN',
    });
  }

  /** Registered terms change (amount, parties, scope, due date): version + 1, refused as data when a rule breaks. */
  async change(
    identity: Identity,
    id: string,
    input: ChangePledgeRegistrationInput,
    idempotencyKey?: string | null,
  ): Promise<ChangeOutcome> {
    const pledgeId = assertUuid(id, 'id');
    const amount = input.claimAmount == null ? null : parseAmount(input.claimAmount, 'input.claimAmount');
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
      const changedId = await this.lifecycle(
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
            await this.assertPartiesExist(m, terms.pledgorPartyId, terms.pledgeePartyId, 'input');
            const content = {
              ...storedContent(pledge, assetIds),
              ...terms,
              claimAmount: terms.claimAmount.toFixed(AMOUNT_DECIMALS),
            };
            const { examination } = await this.examineIn(m, rulesApplication(content, today), pledge.id);
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
    const endedOn = date ?? registryToday();
    if (compareIsoDate(endedOn, registryToday()) > 0)
      throw PledgeException.invalid('date', 'must not be in the future');
    return this.lifecycle(identity, id, idempotencyKey, 'deregisterPledge', { id, reason, date, note }, 'REGISTRAR', {
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
    });
  }

  /** The registration is cancelled as wrongly made; the asset is free again. */
  revoke(identity: Identity, id: string, note: string, idempotencyKey?: string | null): Promise<string> {
    if (note.trim() === '') throw PledgeException.invalid('note', 'say why the registration is revoked');
    const endedOn = registryToday();
    return this.lifecycle(identity, id, idempotencyKey, 'revokePledgeRegistration', { id, note }, 'REGISTRAR', {
      event: { type: 'REVOKE' },
      action: 'PLEDGE_REVOKED',
      releasesAssets: true,
      prepare: () => Promise.resolve({ changes: { endedOn, examinerNote: note }, after: { endedOn, note } }),
    });
  }

  declareDefault(identity: Identity, id: string, idempotencyKey?: string | null): Promise<string> {
    return this.lifecycle(identity, id, idempotencyKey, 'declarePledgeDefault', { id }, 'PLEDGEE', {
      event: { type: 'DEFAULT' },
      action: 'PLEDGE_DEFAULTED',
    });
  }

  startEnforcement(identity: Identity, id: string, idempotencyKey?: string | null): Promise<string> {
    return this.lifecycle(identity, id, idempotencyKey, 'startPledgeEnforcement', { id }, 'PLEDGEE', {
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
    const amount = parseAmount(amountText_, 'amount');
    if (amount.isNegative()) throw PledgeException.invalid('amount', 'must not be negative');
    if (compareIsoDate(date, registryToday()) > 0) throw PledgeException.invalid('date', 'must not be in the future');
    return this.lifecycle(
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

  /**
   * One lifecycle event on a pledge: row lock, access, state machine, chain locks, the
   * event's own writes, the status update and its audit link, in one transaction.
   * Returns the pledge id.
   */
  private async lifecycle(
    identity: Identity,
    id: string,
    idempotencyKey: string | null | undefined,
    operation: string,
    request: unknown,
    actor: Actor,
    spec: {
      event: PledgeEvent;
      action: string;
      releasesAssets?: boolean;
      prepare?: (m: EntityManager, pledge: PledgeEntity, assetIds: string[]) => Promise<Prepared>;
    },
  ): Promise<string> {
    const pledgeId = assertUuid(id, 'id');
    return withTransaction(this.dataSource, (m) =>
      this.idempotency.run(
        m,
        {
          identity,
          key: idempotencyKey,
          operation,
          request,
          toStored: (result) => result,
          fromStored: (stored) => stored as string,
        },
        async () => {
          const pledge = await this.pledges.lockById(m, pledgeId);
          if (pledge === null) throw PledgeException.notFound(pledgeId);
          this.assertActor(identity, pledge, actor);
          const next = this.apply(pledge, spec.event);
          const assetIds = (await this.pledges.assetsOf([pledge.id], m)).map((a) => a.assetId);
          await this.audit.lockChains(m, assetIds);
          const prepared: Prepared = (await spec.prepare?.(m, pledge, assetIds)) ?? { changes: {}, after: {} };
          if (spec.releasesAssets === true) await this.pledges.releaseActive(m, pledge.id);
          const deregistrationReason =
            spec.event.type === 'DEREGISTER' ? spec.event.reason : pledge.deregistrationReason;
          await this.pledges.update(m, pledge.id, { ...prepared.changes, status: next, deregistrationReason });
          await this.audit.record(m, identity, {
            assetIds,
            subjectType: 'PLEDGE',
            subjectId: pledge.id,
            action: spec.action,
            before: prepared.before ?? { status: pledge.status },
            after: { status: next, ...(prepared.after as Record<string, JsonValue>) },
          });
          return pledge.id;
        },
      ),
    );
  }

  /** A pledgor's request to transfer or license a pledged asset; the pledgee decides. Returns the request id. */
  async requestDisposal(
    identity: Identity,
    input: RequestAssetDisposalInput,
    idempotencyKey?: string | null,
  ): Promise<string> {
    const pledgeId = assertUuid(input.pledgeId, 'input.pledgeId');
    const assetId = assertUuid(input.assetId, 'input.assetId');
    try {
      return await withTransaction(this.dataSource, (m) =>
        this.idempotency.run(
          m,
          {
            identity,
            key: idempotencyKey,
            operation: 'requestAssetDisposal',
            request: input,
            toStored: (result) => result,
            fromStored: (stored) => stored as string,
          },
          async () => {
            const pledge = await this.pledges.lockById(m, pledgeId);
            if (pledge === null) throw PledgeException.notFound(pledgeId);
            if (sideOf(identity, pledge) !== PledgeSide.PLEDGOR) throw this.hidden(identity, pledge);
            if (!ACTIVE_STATUSES.has(pledge.status)) {
              throw PledgeException.transition(`no disposal consent is needed for a ${pledge.status} pledge`);
            }
            const assets = await this.pledges.assetsOf([pledge.id], m);
            if (!assets.some((a) => a.assetId === assetId)) {
              throw PledgeException.invalid('input.assetId', 'is not pledged under this registration');
            }
            await this.audit.lockChains(m, [assetId]);
            const disposal = await this.pledges.insertDisposal(m, {
              pledgeId,
              assetId,
              kind: input.kind,
              counterpartyName: input.counterpartyName.trim(),
              proceeds: input.proceeds,
              status: DisposalStatus.REQUESTED,
              requestNote: input.note ?? null,
              requestedBy: identity.userId,
            });
            await this.audit.record(m, identity, {
              assetIds: [assetId],
              subjectType: 'DISPOSAL',
              subjectId: disposal.id,
              action: 'DISPOSAL_REQUESTED',
              before: null,
              after: {
                pledgeId,
                kind: input.kind,
                counterpartyName: disposal.counterpartyName,
                proceeds: input.proceeds,
                status: DisposalStatus.REQUESTED,
              },
            });
            return disposal.id;
          },
        ),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'uq_pledge_disposal_open')) throw PledgeException.disposalPending();
      throw error;
    }
  }

  /** The pledgee's consent or refusal (Civil Code art. 444). Returns the request id. */
  decideDisposal(
    identity: Identity,
    id: string,
    consent: boolean,
    note: string | null | undefined,
    idempotencyKey?: string | null,
  ): Promise<string> {
    const disposalId = assertUuid(id, 'id');
    return withTransaction(this.dataSource, (m) =>
      this.idempotency.run(
        m,
        {
          identity,
          key: idempotencyKey,
          operation: 'decideAssetDisposal',
          request: { id: disposalId, consent, note },
          toStored: (result) => result,
          fromStored: (stored) => stored as string,
        },
        async () => {
          const disposal = await this.pledges.lockDisposal(m, disposalId);
          if (disposal === null) throw PledgeException.disposalNotFound(disposalId);
          const pledge = await this.pledges.findById(disposal.pledgeId, m);
          if (pledge === null || !canView(identity, visibility(pledge))) {
            throw PledgeException.disposalNotFound(disposalId);
          }
          if (sideOf(identity, pledge) !== PledgeSide.PLEDGEE) throw PledgeException.notAParty();
          if (disposal.status !== DisposalStatus.REQUESTED) {
            throw PledgeException.transition(`the request was already ${disposal.status}`);
          }
          const status = consent ? DisposalStatus.CONSENTED : DisposalStatus.DECLINED;
          await this.audit.lockChains(m, [disposal.assetId]);
          await this.pledges.updateDisposal(m, disposal.id, {
            status,
            decidedBy: identity.userId,
            decidedAt: new Date(),
            decisionNote: note ?? null,
          });
          await this.audit.record(m, identity, {
            assetIds: [disposal.assetId],
            subjectType: 'DISPOSAL',
            subjectId: disposal.id,
            action: consent ? 'DISPOSAL_CONSENTED' : 'DISPOSAL_DECLINED',
            before: { status: disposal.status },
            after: { status, note: note ?? null },
          });
          return disposal.id;
        },
      ),
    );
  }

  /** Runs the refusal rules on facts read in this transaction. */
  private async examineIn(
    m: EntityManager,
    app: PledgeApplication,
    ownPledgeId: string | null,
  ): Promise<{ examination: PledgeExamination; rows: AssetFactsRow[] }> {
    const rows = await this.pledges.assetFacts(m, [...new Set(app.assets.map((a) => a.assetId))]);
    const [pledgor] = await this.pledges.parties(m, [app.pledgorPartyId]);
    const listed = await this.credit.listedParties(
      m,
      [...new Set([app.pledgorPartyId, app.pledgeePartyId])],
      app.applicationDate,
    );
    const examination = examinePledgeApplication(
      app,
      {
        pledgorCreditCode: pledgor?.creditCode ?? null,
        creditListedPartyIds: listed,
        assets: rows.map(({ asset, owners, activePledgeId }) => ({
          assetId: asset.id,
          number: asset.number,
          title: asset.title,
          kind: asset.kind,
          filingDate: asset.filingDate,
          grantDate: asset.grantDate,
          expiryDate: asset.expiryDate,
          legalStatus: asset.legalStatus,
          flags: {
            invalidationPending: asset.invalidationPending,
            ownershipDispute: asset.ownershipDispute,
            courtPreservation: asset.courtPreservation,
          },
          owners: owners.map((o) => ({ partyId: o.partyId, creditCode: o.creditCode, share: o.share.toString() })),
          activePledge: activePledgeId !== null && activePledgeId !== ownPledgeId,
        })),
      },
      { creditListEffect: this.credit.pledgeEffect() },
    );
    return { examination, rows };
  }

  private async assertPartiesExist(m: EntityManager, pledgorId: string, pledgeeId: string, prefix: string) {
    const found = new Set((await this.pledges.parties(m, [pledgorId, pledgeeId])).map((p) => p.id));
    if (!found.has(pledgorId)) throw PledgeException.invalid(`${prefix}.pledgorPartyId`, 'no such party');
    if (!found.has(pledgeeId)) throw PledgeException.invalid(`${prefix}.pledgeePartyId`, 'no such party');
  }

  private assertActor(identity: Identity, pledge: PledgeEntity, actor: Actor): void {
    const side = sideOf(identity, pledge);
    switch (actor) {
      case 'REGISTRAR':
        if (!canView(identity, visibility(pledge))) throw PledgeException.notFound(pledge.id);
        return;
      case 'PLEDGEE':
        if (side !== PledgeSide.PLEDGEE) throw this.hidden(identity, pledge);
        return;
      case 'PARTY':
        if (side === null) throw this.hidden(identity, pledge);
        return;
    }
  }

  /** NOT_FOUND for whoever may not see the pledge (nothing revealed), NOT_A_PARTY for who may. */
  private hidden(identity: Identity, pledge: PledgeEntity): PledgeException {
    return canView(identity, visibility(pledge)) ? PledgeException.notAParty() : PledgeException.notFound(pledge.id);
  }

  /** The next status for an event, or CONFLICT TRANSITION_NOT_ALLOWED. */
  private apply(pledge: PledgeEntity, event: PledgeEvent): PledgeStatus {
    const result = transition(
      { status: pledge.status, version: pledge.version, deregistrationReason: pledge.deregistrationReason },
      event,
    );
    if (!result.ok) throw PledgeException.transition(result.message);
    return result.state.status;
  }
}

function asObject(content: ApplicationContent): Record<string, JsonValue> {
  return auditTerms(content) as Record<string, JsonValue>;
}

/** Asset particulars as filed, in application order. */
function particulars(assetIds: readonly string[], rows: readonly AssetFactsRow[]): PledgeAssetParticulars[] {
  return assetIds.map((assetId, position) => {
    const row = rows.find((r) => r.asset.id === assetId);
    if (row === undefined) throw PledgeException.invalid('assetIds', `asset ${assetId} is not in the register`);
    const { number, title, filingDate, grantDate } = row.asset;
    return { assetId, position, number, title, filingDate, grantDate };
  });
}

function rulesApplication(content: ApplicationContent, applicationDate: string): PledgeApplication {
  return {
    applicationDate,
    pledgorPartyId: content.pledgorPartyId,
    pledgeePartyId: content.pledgeePartyId,
    securedClaim: { type: content.claimType, amount: content.claimAmount, currency: content.claimCurrency },
    debtorDueDate: content.debtorDueDate,
    assets: content.assetIds.map((assetId) => ({ assetId })),
    guaranteeScope: content.guaranteeScope,
    coOwnerConsents: content.coOwnerConsents,
    acknowledgedRisks: content.acknowledgedRisks,
    forfeitureClause: content.forfeitureClause,
    appraisalReference: content.appraisalReference,
  };
}

/** Input -> canonical content; malformed ids and amounts are BAD_USER_INPUT naming the field. */
function parseSubmission(input: SubmitPledgeApplicationInput): Submission {
  const claimAmount = parseAmount(input.securedClaim.amount, 'input.securedClaim.amount');
  const appraisedValue =
    input.appraisedValue == null ? null : parseAmount(input.appraisedValue, 'input.appraisedValue');
  if (appraisedValue !== null && appraisedValue.lte(0)) {
    throw PledgeException.invalid('input.appraisedValue', 'must be positive');
  }
  const pledgorPartyId = assertUuid(input.pledgorPartyId, 'input.pledgorPartyId');
  const pledgeePartyId = assertUuid(input.pledgeePartyId, 'input.pledgeePartyId');
  if (pledgorPartyId === pledgeePartyId) {
    throw PledgeException.invalid('input.pledgeePartyId', 'pledgor and pledgee must differ');
  }
  const channel = input.filingChannel ?? FilingChannel.ONLINE;
  return {
    channel,
    applicationId: input.applicationId == null ? null : assertUuid(input.applicationId, 'input.applicationId'),
    claimAmount,
    appraisedValue,
    content: {
      pledgorPartyId,
      pledgeePartyId,
      claimType: input.securedClaim.type.trim(),
      claimAmount: claimAmount.toFixed(AMOUNT_DECIMALS),
      claimCurrency: input.securedClaim.currency,
      debtorDueDate: input.debtorDueDate,
      assetIds: input.assetIds.map((id, i) => assertUuid(id, `input.assetIds[${i}]`)),
      guaranteeScope: input.guaranteeScope.trim(),
      coOwnerConsents: (input.coOwnerConsents ?? []).map((c) => c.trim()),
      acknowledgedRisks: (input.acknowledgedRisks ?? []).map((r, i) => ({
        assetId: assertUuid(r.assetId, `input.acknowledgedRisks[${i}].assetId`),
        risk: r.risk,
      })),
      forfeitureClause: input.forfeitureClause,
      appraisalReference: input.appraisalReference?.trim() || null,
      appraisedValue: appraisedValue === null ? null : appraisedValue.toFixed(AMOUNT_DECIMALS),
      filingChannel: channel,
    },
  };
}

/** Checks the registrar's decision and turns its codes into recorded reasons. */
function checkDecision(decision: ExaminationDecision): RecordedReason[] {
  const note = decision.note?.trim() ?? '';
  const codes = decision.reasons ?? [];
  codes.forEach((code, i) => {
    if (!ALLOWED_CODES.has(code)) throw PledgeException.invalid(`decision.reasons[${i}]`, `unknown code ${code}`);
  });
  if (decision.outcome === ExaminationOutcome.REFUSE && codes.length === 0) {
    throw PledgeException.invalid('decision.reasons', 'at least one reason is needed to refuse');
  }
  if (codes.includes(OTHER_REFUSAL_CODE) && note === '') {
    throw PledgeException.invalid('decision.note', 'OTHER needs a note');
  }
  if (decision.outcome === ExaminationOutcome.REQUEST_CORRECTION && note === '') {
    throw PledgeException.invalid('decision.note', 'say what must be corrected');
  }
  if (decision.outcome === ExaminationOutcome.REGISTER) return [];
  return codes.map((code) => ({
    code: code as RecordedReason['code'],
    message: note === '' ? code : note,
  }));
}
