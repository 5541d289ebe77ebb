import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { isUniqueViolation } from '@app/errors';
import { assertUuid, decodeCursor, pageSize, toConnection, type Connection } from '@app/platform';
import { validateAssetRecord } from '@registry/ip-asset/domain/asset-record.js';
import { IpLegalStatus } from '@registry/ip-asset/domain/ip-term.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import type {
  CreateIpAssetInput,
  IpAssetFilter,
  UpdateIpAssetStatusInput,
} from '@registry/ip-asset/dto/ip-asset.input.js';
import { PatentImportService, type ImportReport } from '@registry/ip-asset/import/patent-import.service.js';
import type { IpAssetOwnerEntity } from '@registry/ip-asset/ip-asset-owner.entity.js';
import type { IpAssetEntity } from '@registry/ip-asset/ip-asset.entity.js';
import { IpAssetException } from '@registry/ip-asset/ip-asset.exception.js';
import { IpAssetRepository } from '@registry/ip-asset/ip-asset.repository.js';

/** The one-row-per-patent index (ip-asset.entity.ts); a concurrent create of the same number hits it. */
const ASSET_NUMBER_UNIQUE = 'uq_ip_asset_register_number';

/** Largest CSV accepted inline through GraphQL; bigger files go through the import command. */
export const MAX_INLINE_CSV_BYTES = 8 * 1024 * 1024;

@Injectable()
export class IpAssetService {
  constructor(
    private readonly assets: IpAssetRepository,
    private readonly importer: PatentImportService,
  ) {}

  async get(id: string): Promise<IpAssetEntity> {
    const asset = await this.assets.findById(assertUuid(id, 'id'));
    if (asset === null) throw IpAssetException.notFound(id);
    return asset;
  }

  findMany(ids: readonly string[]): Promise<IpAssetEntity[]> {
    return this.assets.findByIds(ids);
  }

  ownersOf(ids: readonly string[]): Promise<IpAssetOwnerEntity[]> {
    return this.assets.ownersOf(ids);
  }

  async list(
    filter: IpAssetFilter | undefined,
    first: number | undefined,
    after: string | undefined,
  ): Promise<Connection<IpAssetEntity>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['string', 'string', 'uuid']) as [string, string, string] | null;
    const rows = await this.assets.list({
      ownerPartyId:
        filter?.ownerPartyId === undefined ? undefined : assertUuid(filter.ownerPartyId, 'filter.ownerPartyId'),
      kind: filter?.kind,
      legalStatus: filter?.legalStatus,
      today: registryToday(),
      ipcPrefix: filter?.ipcPrefix,
      expiringBefore: filter?.expiringBefore,
      after: cursor,
      limit,
    });
    return toConnection(rows, limit, cursor !== null, (a) => [a.register, a.number, a.id]);
  }

  async create(input: CreateIpAssetInput): Promise<IpAssetEntity> {
    const validation = validateAssetRecord({
      ...input,
      owners: input.owners.map((o) => ({ name: o.name, creditCode: o.creditCode ?? null, share: o.share })),
    });
    if (!validation.ok) {
      const first = validation.problems[0];
      throw IpAssetException.invalid(`input.${first?.field ?? 'input'}`, first?.message ?? 'is invalid');
    }
    try {
      const [outcome] = await this.assets.transaction((m) => this.assets.upsertMany(m, [validation.record], 'skip'));
      if (outcome === undefined) throw IpAssetException.exists(validation.record.number);
      return await this.get(outcome.id);
    } catch (error) {
      if (isUniqueViolation(error, ASSET_NUMBER_UNIQUE)) throw IpAssetException.exists(validation.record.number);
      throw error;
    }
  }

  async updateStatus(id: string, input: UpdateIpAssetStatusInput): Promise<IpAssetEntity> {
    const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null));
    if (Object.keys(changes).length === 0) throw IpAssetException.invalid('input', 'nothing to change');
    const updated = await this.assets.updateRisk(assertUuid(id, 'id'), changes, (current) => {
      if (
        input.legalStatus !== undefined &&
        input.legalStatus !== IpLegalStatus.PENDING &&
        current.grantDate === null
      ) {
        throw IpAssetException.invalid(
          'input.legalStatus',
          `${input.legalStatus} needs a grant date, and this asset has none`,
        );
      }
    });
    if (updated === null) throw IpAssetException.notFound(id);
    return updated;
  }

  async importCsv(csv: string): Promise<ImportReport> {
    if (Buffer.byteLength(csv, 'utf8') > MAX_INLINE_CSV_BYTES)
      throw IpAssetException.importTooLarge(MAX_INLINE_CSV_BYTES);
    return this.importer.import(Readable.from([csv]));
  }
}
