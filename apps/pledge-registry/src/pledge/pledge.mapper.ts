import { Money, MoneyModel, type Decimal } from '@app/money';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import type { ApplicationContent } from '@registry/pledge/domain/application-content.js';
import { PledgeSide, type PledgeParties } from '@registry/pledge/domain/pledge-access.js';
import { PledgeStatus } from '@registry/pledge/domain/pledge-state.js';
import type { RecordedReason, ReviewFlag } from '@registry/pledge/domain/refusal-rules.js';
import { isOverdue } from '@registry/pledge/domain/working-days.js';
import {
  PledgeApplicationModel,
  PledgeDisposalModel,
  PledgedAssetModel,
  PledgeVersionModel,
  RefusalReasonModel,
  ReviewFlagModel,
} from '@registry/pledge/dto/pledge.model.js';
import type { PledgeAssetEntity } from '@registry/pledge/pledge-asset.entity.js';
import type { PledgeDisposalEntity } from '@registry/pledge/pledge-disposal.entity.js';
import type { PledgeVersionEntity } from '@registry/pledge/pledge-version.entity.js';
import type { PledgeEntity } from '@registry/pledge/pledge.entity.js';

const RATIO_DECIMALS = 4;

function money(amount: Decimal, currency: string): MoneyModel {
  return MoneyModel.from(Money.of(amount, currency));
}

/** Amounts as stored (numeric(20,4)), for audit records and signed content. */
export function amountText(amount: Decimal): string {
  return amount.toFixed(4);
}

export function toReasonModels(reasons: readonly RecordedReason[]): RefusalReasonModel[] {
  return reasons.map((r) =>
    Object.assign(new RefusalReasonModel(), {
      code: r.code,
      assetId: r.assetId ?? null,
      partyId: r.partyId ?? null,
      field: r.field ?? null,
      message: r.message,
    }),
  );
}

export function toFlagModels(flags: readonly ReviewFlag[]): ReviewFlagModel[] {
  return flags.map((f) => Object.assign(new ReviewFlagModel(), f));
}

/** What the who-sees-what rule needs to know about a pledge. */
export function visibility(pledge: PledgeEntity): PledgeParties {
  return {
    pledgorPartyId: pledge.pledgorPartyId,
    pledgeePartyId: pledge.pledgeePartyId,
    submitted: pledge.submittedAt !== null,
  };
}

/** The side whose signature is missing while exactly one side has signed. */
export function awaitingSignatureOf(pledge: PledgeEntity): PledgeSide | null {
  const pledgor = pledge.pledgorSignedHash !== null;
  const pledgee = pledge.pledgeeSignedHash !== null;
  if (pledgor === pledgee) return null;
  return pledgor ? PledgeSide.PLEDGEE : PledgeSide.PLEDGOR;
}

/** The content both parties sign, as the stored application holds it. */
export function storedContent(pledge: PledgeEntity, assetIds: readonly string[]): ApplicationContent {
  return {
    pledgorPartyId: pledge.pledgorPartyId,
    pledgeePartyId: pledge.pledgeePartyId,
    claimType: pledge.claimType,
    claimAmount: amountText(pledge.claimAmount),
    claimCurrency: pledge.claimCurrency,
    debtorDueDate: pledge.debtorDueDate,
    assetIds,
    guaranteeScope: pledge.guaranteeScope,
    coOwnerConsents: pledge.coOwnerConsents,
    acknowledgedRisks: pledge.acknowledgedRisks,
    forfeitureClause: pledge.forfeitureClause,
    appraisalReference: pledge.appraisalReference,
    appraisedValue: pledge.appraisedValue === null ? null : amountText(pledge.appraisedValue),
    filingChannel: pledge.filingChannel,
  };
}

export function toPledgeModel(
  pledge: PledgeEntity,
  assets: readonly PledgeAssetEntity[],
  today: string = registryToday(),
): PledgeApplicationModel {
  const ratio =
    pledge.realizedAmount !== null && pledge.appraisedValue !== null
      ? pledge.realizedAmount.div(pledge.appraisedValue).toFixed(RATIO_DECIMALS)
      : null;
  return Object.assign(new PledgeApplicationModel(), {
    id: pledge.id,
    status: pledge.status,
    version: pledge.version,
    registrationNumber: pledge.registrationNumber,
    pledgorPartyId: pledge.pledgorPartyId,
    pledgeePartyId: pledge.pledgeePartyId,
    claimType: pledge.claimType,
    claimAmount: money(pledge.claimAmount, pledge.claimCurrency),
    debtorDueDate: pledge.debtorDueDate,
    guaranteeScope: pledge.guaranteeScope,
    coOwnerConsents: pledge.coOwnerConsents,
    acknowledgedRisks: pledge.acknowledgedRisks,
    forfeitureClause: pledge.forfeitureClause,
    appraisalReference: pledge.appraisalReference,
    appraisedValue: pledge.appraisedValue === null ? null : money(pledge.appraisedValue, pledge.claimCurrency),
    filingChannel: pledge.filingChannel,
    pledgorSigned: pledge.pledgorSignedHash !== null,
    pledgeeSigned: pledge.pledgeeSignedHash !== null,
    awaitingSignatureOf: awaitingSignatureOf(pledge),
    submittedAt: pledge.submittedAt,
    examinationDueDate: pledge.examinationDueDate,
    overdue:
      pledge.status === PledgeStatus.SUBMITTED &&
      pledge.examinationDueDate !== null &&
      isOverdue(pledge.examinationDueDate, today),
    examinedAt: pledge.examinedAt,
    registeredOn: pledge.registeredOn,
    refusalReasons: toReasonModels(pledge.refusalReasons),
    reviewFlags: toFlagModels(pledge.reviewFlags),
    examinerNote: pledge.examinerNote,
    deregistrationReason: pledge.deregistrationReason,
    endedOn: pledge.endedOn,
    realizedAmount: pledge.realizedAmount === null ? null : money(pledge.realizedAmount, pledge.claimCurrency),
    realizedOn: pledge.realizedOn,
    realizationRatio: ratio,
    assets: assets
      .filter((a) => a.pledgeId === pledge.id)
      .map((a) =>
        Object.assign(new PledgedAssetModel(), {
          assetId: a.assetId,
          position: a.position,
          number: a.number,
          title: a.title,
          filingDate: a.filingDate,
          grantDate: a.grantDate,
        }),
      ),
    createdAt: pledge.createdAt,
    updatedAt: pledge.updatedAt,
  });
}

export function toVersionModel(v: PledgeVersionEntity): PledgeVersionModel {
  return Object.assign(new PledgeVersionModel(), {
    version: v.version,
    pledgorPartyId: v.pledgorPartyId,
    pledgeePartyId: v.pledgeePartyId,
    claimAmount: money(v.claimAmount, v.claimCurrency),
    debtorDueDate: v.debtorDueDate,
    guaranteeScope: v.guaranteeScope,
    changeNote: v.changeNote,
    effectiveOn: v.effectiveOn,
    recordedAt: v.recordedAt,
  });
}

export function toDisposalModel(d: PledgeDisposalEntity): PledgeDisposalModel {
  return Object.assign(new PledgeDisposalModel(), {
    id: d.id,
    pledgeId: d.pledgeId,
    assetId: d.assetId,
    kind: d.kind,
    counterpartyName: d.counterpartyName,
    proceeds: d.proceeds,
    status: d.status,
    requestNote: d.requestNote,
    decisionNote: d.decisionNote,
    requestedAt: d.createdAt,
    decidedAt: d.decidedAt,
  });
}
