import { Inject, Injectable } from '@nestjs/common';
import { Role, type Identity } from '@app/auth';
import { AppException, PublicErrorCode } from '@app/errors';
import { assertUuid } from '@app/platform';
import { validateLenderPolicy, ValuationInputError, type LenderPolicy } from '@app/valuation-engine';
import { lenderPolicyInputField } from '@valuation/appraisal/domain/policy-fields.js';
import type { LenderPolicyEntity } from '@valuation/lender-policy/lender-policy.entity.js';
import { LenderPolicyRepository } from '@valuation/lender-policy/lender-policy.repository.js';
import { VALUATION_CONFIG } from '@valuation/tokens.js';
import type { ValuationConfig } from '@valuation/valuation.config.js';
import { ValuationException } from '@valuation/valuation/valuation.exception.js';

export interface EffectivePolicy {
  policy: LenderPolicy;
  validityMonths: number;
  version: number;
}

@Injectable()
export class LenderPolicyService {
  constructor(
    private readonly policies: LenderPolicyRepository,
    @Inject(VALUATION_CONFIG) private readonly config: ValuationConfig,
  ) {}

  /** A bank reads its own policy; admins read any. */
  async get(identity: Identity, lenderId: string): Promise<LenderPolicyEntity | null> {
    this.assertMayAccess(identity, assertUuid(lenderId, 'lenderId'));
    return this.policies.current(lenderId);
  }

  async current(lenderId: string): Promise<EffectivePolicy | null> {
    const entity = await this.policies.current(lenderId);
    return entity === null
      ? null
      : {
          policy: entity.policy as unknown as LenderPolicy,
          validityMonths: entity.validityMonths,
          version: entity.version,
        };
  }

  /** A bank sets its own policy (a new version); the engine validates it first. */
  async set(identity: Identity, policy: LenderPolicy, validityMonths: number | undefined): Promise<LenderPolicyEntity> {
    const lenderId = identity.partyId;
    if (lenderId === null || !identity.roles.includes(Role.BANK)) {
      throw AppException.forbidden('Only a bank user sets its own lending policy', 'NOT_A_LENDER');
    }
    try {
      validateLenderPolicy(policy);
    } catch (error) {
      if (error instanceof ValuationInputError) {
        const field = `input.${lenderPolicyInputField(error.field)}`;
        throw ValuationException.invalidInput(field, `${field}: ${error.message.slice(error.field.length + 2)}`);
      }
      throw error;
    }
    return this.policies.appendVersion({
      lenderPartyId: lenderId,
      policy: policy as unknown as Record<string, unknown>,
      validityMonths: validityMonths ?? this.config.VALUATION_VALIDITY_MONTHS,
      createdBy: identity.userId,
    });
  }

  private assertMayAccess(identity: Identity, lenderId: string): void {
    if (identity.roles.includes(Role.ADMIN)) return;
    if (identity.roles.includes(Role.BANK) && identity.partyId === lenderId) return;
    throw new AppException(
      PublicErrorCode.FORBIDDEN,
      'NOT_YOUR_POLICY',
      "Only the lender and admins see a lender's policy",
    );
  }
}
