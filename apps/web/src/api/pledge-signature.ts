import { graphql } from '@web/gql';
import type { AcknowledgeableRisk, SubmitPledgeApplicationInput } from '@web/gql/graphql';

/**
 * Signing a joint pledge application, for either party: the signature covers the content
 * exactly as the file holds it, so both the SME's and the bank's page send the file's own
 * content back (a changed term would need the other party to sign again).
 */
export const SIGN_PLEDGE_APPLICATION = graphql(`
  mutation SignPledgeApplication($input: SubmitPledgeApplicationInput!, $key: String) {
    submitPledgeApplication(input: $input, idempotencyKey: $key) {
      accepted
      awaitingSignatureOf
      reasons {
        code
        message
        assetId
      }
      reviewFlags {
        code
        message
      }
      application {
        id
        status
        pledgorSigned
        pledgeeSigned
        awaitingSignatureOf
        examinationDueDate
        overdue
        updatedAt
      }
    }
  }
`);

/** The fields of a queried application that make up its signed content. */
export interface SignableApplication {
  id: string;
  pledgorPartyId: string;
  pledgeePartyId: string;
  claimType: string;
  claimAmount: { amount: string; currency: string };
  debtorDueDate: string;
  assets: readonly { assetId: string }[];
  guaranteeScope: string;
  forfeitureClause: boolean;
  filingChannel: SubmitPledgeApplicationInput['filingChannel'];
  appraisalReference?: string | null;
  appraisedValue?: { amount: string } | null;
  coOwnerConsents: readonly string[];
  acknowledgedRisks: readonly { assetId: string; risk: AcknowledgeableRisk }[];
}

/**
 * The content to sign: the application as it stands, plus the invalidation risks the signer
 * acknowledges now (`acknowledged` asset ids; they change the content).
 */
export function signingInput(
  app: SignableApplication,
  acknowledged: readonly string[] = [],
): SubmitPledgeApplicationInput {
  const risks = app.acknowledgedRisks.map((r) => ({ assetId: r.assetId, risk: r.risk }));
  for (const assetId of acknowledged) {
    if (!risks.some((r) => r.assetId === assetId)) risks.push({ assetId, risk: 'INVALIDATION_PENDING' });
  }
  return {
    applicationId: app.id,
    pledgorPartyId: app.pledgorPartyId,
    pledgeePartyId: app.pledgeePartyId,
    securedClaim: { type: app.claimType, amount: app.claimAmount.amount, currency: app.claimAmount.currency },
    debtorDueDate: app.debtorDueDate,
    assetIds: app.assets.map((a) => a.assetId),
    guaranteeScope: app.guaranteeScope,
    forfeitureClause: app.forfeitureClause,
    appraisalReference: app.appraisalReference ?? null,
    appraisedValue: app.appraisedValue?.amount ?? null,
    coOwnerConsents: [...app.coOwnerConsents],
    acknowledgedRisks: risks,
    filingChannel: app.filingChannel,
  };
}
