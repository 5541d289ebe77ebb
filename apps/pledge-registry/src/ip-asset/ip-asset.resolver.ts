import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  ResolveReference,
  Resolver,
} from '@nestjs/graphql';
import { Role, Roles } from '@app/auth';
import { RequestLoaders, type Connection } from '@app/platform';
import { CreateIpAssetInput, IpAssetFilter, UpdateIpAssetStatusInput } from '@registry/ip-asset/dto/ip-asset.input.js';
import {
  IpAssetConnection,
  IpAssetModel,
  IpAssetOwnerModel,
  PatentImportReportModel,
} from '@registry/ip-asset/dto/ip-asset.model.js';
import { toIpAssetModel } from '@registry/ip-asset/ip-asset.mapper.js';
import { IpAssetService } from '@registry/ip-asset/ip-asset.service.js';

const SIGNED_IN = [Role.SME, Role.BANK, Role.REGISTRAR, Role.PROGRAM_STAFF, Role.ADMIN];

interface GraphQLContext {
  req: object;
}

@Resolver(() => IpAssetModel)
export class IpAssetResolver {
  constructor(
    private readonly assets: IpAssetService,
    private readonly loaders: RequestLoaders,
  ) {}

  @Roles(...SIGNED_IN)
  @Query(() => IpAssetModel, { description: 'A patent or trademark by id' })
  async ipAsset(@Args('id', { type: () => ID }) id: string): Promise<IpAssetModel> {
    return toIpAssetModel(await this.assets.get(id));
  }

  @Roles(...SIGNED_IN)
  @Query(() => IpAssetConnection, { description: 'Patents and trademarks, ordered by register and number' })
  async ipAssets(
    @Args('filter', { type: () => IpAssetFilter, nullable: true }) filter?: IpAssetFilter,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1-100 (default 20)' }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<IpAssetModel>> {
    const page = await this.assets.list(filter, first, after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toIpAssetModel(e.node) })) };
  }

  /** Other subgraphs hold `{ __typename: "IpAsset", id }` references; this resolves them. */
  @Roles(...SIGNED_IN)
  @ResolveReference()
  async resolveReference(reference: { id: string }): Promise<IpAssetModel | null> {
    const [asset] = await this.assets.findMany([reference.id]);
    return asset === undefined ? null : toIpAssetModel(asset);
  }

  @Roles(...SIGNED_IN)
  @ResolveField(() => [IpAssetOwnerModel])
  async owners(@Parent() asset: IpAssetModel, @Context() context: GraphQLContext): Promise<IpAssetOwnerModel[]> {
    // One loader per request: a page of 100 assets costs one owners query, not 100.
    const owners = await this.loaders
      .grouped(
        context.req,
        'owners',
        (ids) => this.assets.ownersOf(ids),
        (o) => o.assetId,
      )
      .load(asset.id);
    return owners.map((o) =>
      Object.assign(new IpAssetOwnerModel(), {
        name: o.name,
        creditCode: o.creditCode,
        partyId: o.partyId,
        share: o.share,
      }),
    );
  }

  @Roles(Role.ADMIN, Role.REGISTRAR)
  @Mutation(() => IpAssetModel, { description: 'Record a patent or trademark (registry data; admins and registrars)' })
  async createIpAsset(@Args('input') input: CreateIpAssetInput): Promise<IpAssetModel> {
    return toIpAssetModel(await this.assets.create(input));
  }

  @Roles(Role.ADMIN, Role.REGISTRAR)
  @Mutation(() => IpAssetModel, { description: 'Change legal status or risk flags; older valuations become stale' })
  async updateIpAssetStatus(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateIpAssetStatusInput,
  ): Promise<IpAssetModel> {
    return toIpAssetModel(await this.assets.updateStatus(id, input));
  }

  @Roles(Role.ADMIN, Role.REGISTRAR)
  @Mutation(() => PatentImportReportModel, {
    description: 'Import patents from CSV text (see docs/patent-import.md); re-importing updates',
  })
  importPatents(@Args('csv') csv: string): Promise<PatentImportReportModel> {
    return this.assets.importCsv(csv);
  }
}
