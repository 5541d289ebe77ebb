import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@app/auth';
import { assertUuid } from '@app/platform';
import { verifyChainPage } from '@registry/audit/domain/audit-chain.js';
import {
  AuditChainCheckModel,
  AuditChainProblemModel,
  AuditEventModel,
} from '@registry/audit/dto/audit-event.model.js';
import { AuditService } from '@registry/audit/audit.service.js';

/** The audit trail is for the registrar's desk and administrators; parties see their own history on each record. */
@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles(Role.REGISTRAR, Role.ADMIN)
  @Query(() => [AuditEventModel], { description: "An asset's audit chain, oldest first" })
  async assetAuditTrail(@Args('assetId', { type: () => ID }) assetId: string): Promise<AuditEventModel[]> {
    const links = await this.audit.trail(assertUuid(assetId, 'assetId'));
    return links.map((l) => AuditEventModel.from(l));
  }

  @Roles(Role.REGISTRAR, Role.ADMIN)
  @Query(() => AuditChainCheckModel, {
    description: "Recomputes an asset's audit chain (all chains: the verify command)",
  })
  async verifyAssetAuditChain(@Args('assetId', { type: () => ID }) assetId: string): Promise<AuditChainCheckModel> {
    const links = await this.audit.trail(assertUuid(assetId, 'assetId'));
    const { problems } = verifyChainPage(null, links);
    return Object.assign(new AuditChainCheckModel(), {
      assetId,
      links: links.length,
      intact: problems.length === 0,
      problems: problems.map((p) => AuditChainProblemModel.from(p)),
    });
  }
}
