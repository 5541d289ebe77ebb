import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { Identity } from '@app/auth';
import { withTransaction } from '@app/database';
import { Decimal } from '@app/money';
import { AuditService, type AuditEntry } from '@registry/audit/audit.service.js';
import { WorkingCalendarService } from '@registry/calendar/working-calendar.service.js';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import { applicationContentHash } from '@registry/pledge/domain/application-content.js';
import { PledgeSide, sideOf } from '@registry/pledge/domain/pledge-access.js';
import { PledgeStatus } from '@registry/pledge/domain/pledge-state.js';
import type { RefusalReason, ReviewFlag } from '@registry/pledge/domain/refusal-rules.js';
import { examinationDeadline } from '@registry/pledge/domain/working-days.js';
import type { SubmitPledgeApplicationInput } from '@registry/pledge/dto/pledge.input.js';
import { amountText, storedContent } from '@registry/pledge/pledge.mapper.js';
import { FilingChannel, type PledgeEntity } from '@registry/pledge/pledge.entity.js';
import { PledgeException } from '@registry/pledge/pledge.exception.js';
import { PledgeRepository } from '@registry/pledge/pledge.repository.js';
import { PledgeRulesService } from '@registry/pledge/pledge-rules.service.js';
import { PledgeTransitionService } from '@registry/pledge/pledge-transition.service.js';
import { asJson, nextStatus, RulesRefused } from '@registry/pledge/pledge-write.js';
import {
  asObject,
  auditTerms,
  parseSubmission,
  particulars,
  type Submission,
} from '@registry/pledge/pledge-submission.js';

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

/** The joint application before registration: drafting, each party's signature, withdrawal. */
@Injectable()
export class PledgeApplicationService {
  private readonly dataSource: DataSource;

  constructor(
    private readonly pledges: PledgeRepository,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly calendar: WorkingCalendarService,
    private readonly rules: PledgeRulesService,
    private readonly transitions: PledgeTransitionService,
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
    await this.rules.assertParties(m, content.pledgorPartyId, content.pledgeePartyId, 'input');

    const { examination, facts } = await this.rules.check(m, content, today, existing?.id ?? null);
    const rows = facts.assets;
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
      const next = nextStatus(existing, { type: 'SUBMIT' });
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

  /** A party takes its application back before registration. */
  withdraw(identity: Identity, id: string, idempotencyKey?: string | null): Promise<string> {
    return this.transitions.run(identity, id, idempotencyKey, 'withdrawPledgeApplication', { id }, 'PARTY', {
      event: { type: 'WITHDRAW' },
      action: 'PLEDGE_WITHDRAWN',
    });
  }
}
