import { createHash } from 'node:crypto';
import { canonicalJson } from '@registry/audit/domain/audit-chain.js';
import type { RiskAcknowledgement } from './refusal-rules.js';

/**
 * What the two parties sign: every term of the joint application. The registrar only
 * ever examines content both parties signed, so the signature is a hash of exactly this.
 */
export interface ApplicationContent {
  pledgorPartyId: string;
  pledgeePartyId: string;
  claimType: string;
  /** Canonical decimal string with 4 decimals, as stored. */
  claimAmount: string;
  claimCurrency: string;
  debtorDueDate: string;
  /** In application order: the order is part of what was signed. */
  assetIds: readonly string[];
  guaranteeScope: string;
  coOwnerConsents: readonly string[];
  acknowledgedRisks: readonly RiskAcknowledgement[];
  forfeitureClause: boolean;
  appraisalReference: string | null;
  /** Canonical decimal string with 4 decimals, or null. */
  appraisedValue: string | null;
  filingChannel: string;
}

/**
 * SHA-256 (hex) of the canonical content. Sets (consents, acknowledged risks) are sorted,
 * so listing them in another order is the same content; ids are compared lower-case.
 */
export function applicationContentHash(content: ApplicationContent): string {
  const canonical = canonicalJson({
    pledgorPartyId: content.pledgorPartyId.toLowerCase(),
    pledgeePartyId: content.pledgeePartyId.toLowerCase(),
    claimType: content.claimType,
    claimAmount: content.claimAmount,
    claimCurrency: content.claimCurrency,
    debtorDueDate: content.debtorDueDate,
    assetIds: content.assetIds.map((id) => id.toLowerCase()),
    guaranteeScope: content.guaranteeScope,
    coOwnerConsents: [...new Set(content.coOwnerConsents.map((c) => c.trim().toUpperCase()))].sort(),
    acknowledgedRisks: [
      ...new Set(content.acknowledgedRisks.map((r) => `${r.assetId.toLowerCase()}:${r.risk}`)),
    ].sort(),
    forfeitureClause: content.forfeitureClause,
    appraisalReference: content.appraisalReference,
    appraisedValue: content.appraisedValue,
    filingChannel: content.filingChannel,
  });
  return createHash('sha256').update(canonical).digest('hex');
}
