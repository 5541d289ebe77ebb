import { Decimal, decimalOrNull } from '@app/money';
import { assertUuid } from '@app/platform';
import type { JsonValue } from '@registry/audit/domain/audit-chain.js';
import type { ApplicationContent } from '@registry/pledge/domain/application-content.js';
import type { SubmitPledgeApplicationInput } from '@registry/pledge/dto/pledge.input.js';
import { FilingChannel } from '@registry/pledge/pledge.entity.js';
import { PledgeException } from '@registry/pledge/pledge.exception.js';
import type { AssetFactsRow, PledgeAssetParticulars } from '@registry/pledge/pledge.repository.js';
import { AMOUNT_DECIMALS, asJson } from '@registry/pledge/pledge-write.js';

/** A submission as the service works with it: the canonical content both parties sign, and its amounts. */
export interface Submission {
  applicationId: string | null;
  content: ApplicationContent;
  claimAmount: Decimal;
  appraisedValue: Decimal | null;
  channel: FilingChannel;
}

/** The audit view of the terms: strings only, money as stored. */
export function auditTerms(content: ApplicationContent): JsonValue {
  return asJson(content);
}

export function asObject(content: ApplicationContent): Record<string, JsonValue> {
  return auditTerms(content) as Record<string, JsonValue>;
}

/** Asset particulars as filed, in application order. */
export function particulars(assetIds: readonly string[], rows: readonly AssetFactsRow[]): PledgeAssetParticulars[] {
  const byId = new Map(rows.map((r) => [r.asset.id, r]));
  return assetIds.map((assetId, position) => {
    const row = byId.get(assetId);
    if (row === undefined) throw PledgeException.invalid('assetIds', `asset ${assetId} is not in the register`);
    const { number, title, filingDate, grantDate } = row.asset;
    return { assetId, position, number, title, filingDate, grantDate };
  });
}

/** Input -> canonical content; malformed ids and amounts are BAD_USER_INPUT naming the field. */
export function parseSubmission(input: SubmitPledgeApplicationInput): Submission {
  const claimAmount = new Decimal(input.securedClaim.amount);
  const appraisedValue = decimalOrNull(input.appraisedValue);
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
