import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Decimal } from '@app/money';
import { CurrentIdentity, Role, Roles, type Identity } from '@app/auth';
import type { LenderPolicy } from '@app/valuation-engine';
import { toLenderPolicy } from '@valuation/appraisal/appraisal.mapper.js';
import { LenderPolicyInput } from '@valuation/appraisal/dto/appraisal.input.js';
import { LenderPolicyModel } from '@valuation/lender-policy/dto/lender-policy.model.js';
import type { LenderPolicyEntity } from '@valuation/lender-policy/lender-policy.entity.js';
import { LenderPolicyService } from '@valuation/lender-policy/lender-policy.service.js';

function toModel(entity: LenderPolicyEntity): LenderPolicyModel {
  const p = entity.policy as unknown as LenderPolicy;
  return Object.assign(new LenderPolicyModel(), {
    lenderId: entity.lenderPartyId,
    version: entity.version,
    inventionLtvCap: new Decimal(String(p.ltvCapByKind.INVENTION)),
    utilityModelLtvCap: new Decimal(String(p.ltvCapByKind.UTILITY_MODEL)),
    designLtvCap: new Decimal(String(p.ltvCapByKind.DESIGN)),
    trademarkLtvCap: new Decimal(String(p.ltvCapByKind.TRADEMARK)),
    ltvCapByRemainingLife: (p.ltvCapByRemainingLife ?? []).map((t) => ({
      minYears: t.minYears,
      cap: new Decimal(String(t.cap)),
    })),
    haircut: new Decimal(String(p.haircut)),
    minRemainingLifeYears: p.minRemainingLifeYears,
    validityMonths: entity.validityMonths,
    createdAt: entity.createdAt,
  });
}

@Resolver(() => LenderPolicyModel)
export class LenderPolicyResolver {
  constructor(private readonly policyService: LenderPolicyService) {}

  @Roles(Role.BANK, Role.ADMIN)
  @Query(() => LenderPolicyModel, {
    nullable: true,
    description: "A lender's current policy (its own bank, or admins)",
  })
  async lenderPolicy(
    @CurrentIdentity() identity: Identity,
    @Args('lenderId', { type: () => ID }) lenderId: string,
  ): Promise<LenderPolicyModel | null> {
    const entity = await this.policyService.get(identity, lenderId);
    return entity === null ? null : toModel(entity);
  }

  @Roles(Role.BANK)
  @Mutation(() => LenderPolicyModel, { description: "Set the calling bank's pledge policy (a new version)" })
  async setLenderPolicy(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: LenderPolicyInput,
  ): Promise<LenderPolicyModel> {
    return toModel(await this.policyService.set(identity, toLenderPolicy(input), input.validityMonths ?? undefined));
  }
}
