import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Role, Roles, type Identity } from '@app/auth';
import { AppException } from '@app/errors';
import type { Connection } from '@app/platform';
import { PartyConnection, PartyModel, ViewerModel } from '@registry/party/dto/party.model.js';
import { PartyFilter, RegisterPartyInput, UpdatePartyInput } from '@registry/party/dto/register-party.input.js';
import { PartyKind } from '@registry/party/party.entity.js';
import { PartyService } from '@registry/party/party.service.js';

const SIGNED_IN = [Role.SME, Role.BANK, Role.REGISTRAR, Role.PROGRAM_STAFF, Role.ADMIN];

@Resolver(() => PartyModel)
export class PartyResolver {
  constructor(private readonly partyService: PartyService) {}

  @Roles(...SIGNED_IN)
  @Query(() => PartyModel, { description: 'A party by id' })
  async party(@Args('id', { type: () => ID }) id: string): Promise<PartyModel> {
    return PartyModel.from(await this.partyService.get(id));
  }

  @Roles(...SIGNED_IN)
  @Query(() => PartyConnection, { description: 'Registered parties, ordered by name' })
  async parties(
    @Args('filter', { type: () => PartyFilter, nullable: true }) filter?: PartyFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<PartyModel>> {
    const page = await this.partyService.list(filter, first, after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: PartyModel.from(e.node) })) };
  }

  @Roles(...SIGNED_IN)
  @Query(() => ViewerModel, { description: 'The signed-in user and the party they act for' })
  async viewer(@CurrentIdentity() identity: Identity): Promise<ViewerModel> {
    if (identity.userId === null) throw AppException.unauthenticated();
    const party = identity.partyId === null ? null : PartyModel.from(await this.partyService.get(identity.partyId));
    return Object.assign(new ViewerModel(), {
      userId: identity.userId,
      login: identity.login ?? identity.userId,
      roles: [...identity.roles],
      party,
    });
  }

  @Roles(Role.ADMIN, Role.PROGRAM_STAFF)
  @Mutation(() => PartyModel, { description: 'Register an enterprise (SME); credit code validated' })
  async registerEnterprise(@Args('input') input: RegisterPartyInput): Promise<PartyModel> {
    return PartyModel.from(await this.partyService.register(PartyKind.ENTERPRISE, input));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => PartyModel, { description: 'Register a lender (bank branch)' })
  async registerLender(@Args('input') input: RegisterPartyInput): Promise<PartyModel> {
    return PartyModel.from(await this.partyService.register(PartyKind.LENDER, input));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => PartyModel, { description: 'Register a city program office' })
  async registerProgramOffice(@Args('input') input: RegisterPartyInput): Promise<PartyModel> {
    return PartyModel.from(await this.partyService.register(PartyKind.PROGRAM_OFFICE, input));
  }

  @Roles(...SIGNED_IN)
  @Mutation(() => PartyModel, {
    description: 'Update a party: admins any, program staff enterprises, SMEs and banks their own',
  })
  async updateParty(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdatePartyInput,
  ): Promise<PartyModel> {
    return PartyModel.from(await this.partyService.update(identity, id, input));
  }
}
