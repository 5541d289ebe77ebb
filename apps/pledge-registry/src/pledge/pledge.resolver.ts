import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Public, Role, Roles, type Identity } from '@app/auth';
import { DecimalScalar } from '@app/money';
import { LocalDateScalar, RequestLoaders, type Connection } from '@app/platform';
import { AuditEventModel } from '@registry/audit/dto/audit-event.model.js';
import { IpAssetModel } from '@registry/ip-asset/dto/ip-asset.model.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import { ipAssetLoader } from '@registry/ip-asset/ip-asset.loader.js';
import { IpAssetService } from '@registry/ip-asset/ip-asset.service.js';
import { DeregistrationReason } from '@registry/pledge/domain/pledge-state.js';
import {
  ChangePledgeRegistrationInput,
  ExaminationDecisionInput,
  PledgeApplicationFilter,
  PledgeRegisterFilter,
  RequestAssetDisposalInput,
  SubmitPledgeApplicationInput,
} from '@registry/pledge/dto/pledge.input.js';
import {
  PledgeRegisterConnection,
  PledgeRegisterEntryModel,
  PledgeStatisticsModel,
} from '@registry/pledge/dto/pledge-register.model.js';
import {
  PledgeApplicationConnection,
  PledgeApplicationModel,
  PledgeApplicationResultModel,
  PledgeDisposalModel,
  PledgedAssetModel,
  PledgeExaminationResultModel,
  PledgeVersionModel,
} from '@registry/pledge/dto/pledge.model.js';
import {
  toDisposalModel,
  toFlagModels,
  toPledgeModel,
  toReasonModels,
  toVersionModel,
} from '@registry/pledge/pledge.mapper.js';
import { PledgeApplicationService } from '@registry/pledge/pledge-application.service.js';
import { PledgeDisposalService } from '@registry/pledge/pledge-disposal.service.js';
import { PledgeExaminationService } from '@registry/pledge/pledge-examination.service.js';
import { PledgeLifecycleService } from '@registry/pledge/pledge-lifecycle.service.js';
import { PledgeQueryService, type PledgePage } from '@registry/pledge/pledge-query.service.js';

/** Who may read pledge files (each sees only some of them; see domain/pledge-access.ts). */
const FILE_READERS = [Role.SME, Role.BANK, Role.REGISTRAR, Role.ADMIN];
const KEY = { type: () => String, nullable: true, description: 'Retries with the same key do nothing new' };

interface GraphQLContext {
  req: object;
}

function toConnectionModel(page: PledgePage): Connection<PledgeApplicationModel> {
  const today = registryToday();
  return {
    pageInfo: page.connection.pageInfo,
    edges: page.connection.edges.map((e) => ({ cursor: e.cursor, node: toPledgeModel(e.node, page.assets, today) })),
  };
}

@Resolver(() => PledgeApplicationModel)
export class PledgeResolver {
  constructor(
    private readonly applications: PledgeApplicationService,
    private readonly examinations: PledgeExaminationService,
    private readonly lifecycle: PledgeLifecycleService,
    private readonly disposalConsent: PledgeDisposalService,
    private readonly query: PledgeQueryService,
    private readonly loaders: RequestLoaders,
  ) {}

  private async model(identity: Identity, id: string): Promise<PledgeApplicationModel> {
    const { pledge, assets } = await this.query.get(identity, id);
    return toPledgeModel(pledge, assets);
  }

  @Roles(...FILE_READERS)
  @Query(() => PledgeApplicationModel, { description: 'A pledge file the caller may see' })
  pledgeApplication(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PledgeApplicationModel> {
    return this.model(identity, id);
  }

  @Roles(...FILE_READERS)
  @Query(() => PledgeApplicationConnection, { description: 'Pledge files the caller may see, newest first' })
  async pledgeApplications(
    @CurrentIdentity() identity: Identity,
    @Args('filter', { type: () => PledgeApplicationFilter, nullable: true }) filter?: PledgeApplicationFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<PledgeApplicationModel>> {
    return toConnectionModel(await this.query.list(identity, filter, first, after));
  }

  @Roles(Role.REGISTRAR, Role.ADMIN)
  @Query(() => PledgeApplicationConnection, { description: 'SUBMITTED files past their examination deadline' })
  async overduePledgeApplications(
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<PledgeApplicationModel>> {
    return toConnectionModel(await this.query.overdue(first, after));
  }

  @Public()
  @Query(() => PledgeRegisterConnection, { description: 'The public pledge register (gazette), newest first' })
  pledgeRegister(
    @Args('filter', { type: () => PledgeRegisterFilter, nullable: true }) filter?: PledgeRegisterFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<PledgeRegisterEntryModel>> {
    return this.query.register(filter, first, after);
  }

  @Roles(Role.PROGRAM_STAFF, Role.ADMIN)
  @Query(() => PledgeStatisticsModel, { description: 'Aggregates over applications and registrations' })
  pledgeStatistics(
    @Args('from', { type: () => LocalDateScalar, nullable: true }) from?: string,
    @Args('to', { type: () => LocalDateScalar, nullable: true }) to?: string,
  ): Promise<PledgeStatisticsModel> {
    return this.query.statistics(from ?? null, to ?? null);
  }

  @Roles(Role.SME, Role.BANK)
  @Mutation(() => PledgeApplicationResultModel, {
    description: 'Sign the joint application (SME of the pledgor or bank of the pledgee); refusals come back as data',
  })
  async submitPledgeApplication(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: SubmitPledgeApplicationInput,
    @Args('idempotencyKey', KEY) idempotencyKey?: string,
  ): Promise<PledgeApplicationResultModel> {
    const outcome = await this.applications.submit(identity, input, idempotencyKey);
    return Object.assign(new PledgeApplicationResultModel(), {
      accepted: outcome.accepted,
      reasons: toReasonModels(outcome.reasons),
      reviewFlags: toFlagModels(outcome.reviewFlags),
      application: outcome.pledgeId === null ? null : await this.model(identity, outcome.pledgeId),
      awaitingSignatureOf: outcome.awaitingSignatureOf,
    });
  }

  @Roles(Role.REGISTRAR)
  @Mutation(() => PledgeExaminationResultModel, { description: "The registrar's decision on a SUBMITTED file" })
  async examinePledgeApplication(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('decision') decision: ExaminationDecisionInput,
    @Args('idempotencyKey', KEY) idempotencyKey?: string,
  ): Promise<PledgeExaminationResultModel> {
    const outcome = await this.examinations.examine(identity, id, decision, idempotencyKey);
    return Object.assign(new PledgeExaminationResultModel(), {
      status: outcome.status,
      reasons: toReasonModels(outcome.reasons),
      application: await this.model(identity, outcome.pledgeId),
    });
  }

  @Roles(Role.SME, Role.BANK)
  @Mutation(() => PledgeApplicationModel, { description: 'A party takes its application back before registration' })
  async withdrawPledgeApplication(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('idempotencyKey', KEY) idempotencyKey?: string,
  ): Promise<PledgeApplicationModel> {
    return this.model(identity, await this.applications.withdraw(identity, id, idempotencyKey));
  }

  @Roles(Role.REGISTRAR)
  @Mutation(() => PledgeApplicationResultModel, { description: 'Record changed terms (new version)' })
  async changePledgeRegistration(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ChangePledgeRegistrationInput,
    @Args('idempotencyKey', KEY) idempotencyKey?: string,
  ): Promise<PledgeApplicationResultModel> {
    const outcome = await this.lifecycle.change(identity, id, input, idempotencyKey);
    return Object.assign(new PledgeApplicationResultModel(), {
      accepted: outcome.accepted,
      reasons: toReasonModels(outcome.reasons),
      reviewFlags: [],
      application: await this.model(identity, outcome.pledgeId),
      awaitingSignatureOf: null,
    });
  }

  @Roles(Role.REGISTRAR)
  @Mutation(() => PledgeApplicationModel, { description: 'The pledge ends on the date (default today)' })
  async deregisterPledge(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => DeregistrationReason }) reason: DeregistrationReason,
    @Args('date', { type: () => LocalDateScalar, nullable: true }) date?: string,
    @Args('note', { type: () => String, nullable: true }) note?: string,
    @Args('idempotencyKey', KEY) idempotencyKey?: string,
  ): Promise<PledgeApplicationModel> {
    return this.model(identity, await this.lifecycle.deregister(identity, id, reason, date, note, idempotencyKey));
  }

  @Roles(Role.REGISTRAR)
  @Mutation(() => PledgeApplicationModel, { description: 'Cancel a registration made in error' })
  async revokePledgeRegistration(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('note') note: string,
    @Args('idempotencyKey', KEY) idempotencyKey?: string,
  ): Promise<PledgeApplicationModel> {
    return this.model(identity, await this.lifecycle.revoke(identity, id, note, idempotencyKey));
  }

  @Roles(Role.BANK)
  @Mutation(() => PledgeApplicationModel, { description: 'The pledgee declares the secured debt in default' })
  async declarePledgeDefault(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('idempotencyKey', KEY) idempotencyKey?: string,
  ): Promise<PledgeApplicationModel> {
    return this.model(identity, await this.lifecycle.declareDefault(identity, id, idempotencyKey));
  }

  @Roles(Role.BANK)
  @Mutation(() => PledgeApplicationModel, { description: 'The pledgee starts enforcing the pledge' })
  async startPledgeEnforcement(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('idempotencyKey', KEY) idempotencyKey?: string,
  ): Promise<PledgeApplicationModel> {
    return this.model(identity, await this.lifecycle.startEnforcement(identity, id, idempotencyKey));
  }

  @Roles(Role.BANK)
  @Mutation(() => PledgeApplicationModel, { description: 'What enforcement realised, in the claim currency' })
  async recordPledgeRealization(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('amount', { type: () => DecimalScalar }) amount: string,
    @Args('date', { type: () => LocalDateScalar }) date: string,
    @Args('idempotencyKey', KEY) idempotencyKey?: string,
  ): Promise<PledgeApplicationModel> {
    return this.model(
      identity,
      await this.lifecycle.recordRealization(identity, id, String(amount), date, idempotencyKey),
    );
  }

  @Roles(Role.SME)
  @Mutation(() => PledgeDisposalModel, {
    description: 'The pledgor asks the pledgee to consent to a transfer or licence',
  })
  async requestAssetDisposal(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: RequestAssetDisposalInput,
    @Args('idempotencyKey', KEY) idempotencyKey?: string,
  ): Promise<PledgeDisposalModel> {
    const id = await this.disposalConsent.requestDisposal(identity, input, idempotencyKey);
    return toDisposalModel(await this.query.disposal(id));
  }

  @Roles(Role.BANK)
  @Mutation(() => PledgeDisposalModel, { description: 'The pledgee consents to or declines a disposal' })
  async decideAssetDisposal(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('consent') consent: boolean,
    @Args('note', { type: () => String, nullable: true }) note?: string,
    @Args('idempotencyKey', KEY) idempotencyKey?: string,
  ): Promise<PledgeDisposalModel> {
    const decided = await this.disposalConsent.decideDisposal(identity, id, consent, note, idempotencyKey);
    return toDisposalModel(await this.query.disposal(decided));
  }

  @Roles(...FILE_READERS)
  @ResolveField(() => [PledgeVersionModel], { description: 'Registered terms per version, oldest first' })
  async versions(
    @Parent() pledge: PledgeApplicationModel,
    @Context() context: GraphQLContext,
  ): Promise<PledgeVersionModel[]> {
    const rows = await this.loaders
      .grouped(
        context.req,
        'versions',
        (ids) => this.query.versionsOf(ids),
        (v) => v.pledgeId,
      )
      .load(pledge.id);
    return rows.map(toVersionModel);
  }

  @Roles(...FILE_READERS)
  @ResolveField(() => [PledgeDisposalModel], { description: 'Transfer and licence requests while pledged' })
  async disposals(
    @Parent() pledge: PledgeApplicationModel,
    @Context() context: GraphQLContext,
  ): Promise<PledgeDisposalModel[]> {
    const rows = await this.loaders
      .grouped(
        context.req,
        'disposals',
        (ids) => this.query.disposalsOf(ids),
        (d) => d.pledgeId,
      )
      .load(pledge.id);
    return rows.map(toDisposalModel);
  }

  @Roles(...FILE_READERS)
  @ResolveField(() => [AuditEventModel], { description: 'One audit event per state change, oldest first' })
  async events(
    @Parent() pledge: PledgeApplicationModel,
    @Context() context: GraphQLContext,
  ): Promise<AuditEventModel[]> {
    const links = await this.loaders
      .grouped(
        context.req,
        'events',
        (ids) => this.query.eventsOf(ids),
        (l) => l.subjectId,
      )
      .load(pledge.id);
    return links.map((l) => AuditEventModel.from(l));
  }
}

@Resolver(() => PledgedAssetModel)
export class PledgedAssetResolver {
  constructor(
    private readonly assets: IpAssetService,
    private readonly loaders: RequestLoaders,
  ) {}

  @Roles(...FILE_READERS)
  @ResolveField(() => IpAssetModel, { nullable: true })
  asset(@Parent() pledged: PledgedAssetModel, @Context() context: GraphQLContext): Promise<IpAssetModel | null> {
    return ipAssetLoader(this.loaders, context.req, this.assets).load(pledged.assetId);
  }
}
