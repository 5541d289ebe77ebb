import type { DataSource } from 'typeorm';
import { DEMO_ASSETS, DEMO_PARTIES, DEMO_USERS } from '@app/demo-data';
import { validateAssetRecord, type AssetRecord } from '@registry/ip-asset/domain/asset-record.js';
import { IpAssetRepository } from '@registry/ip-asset/ip-asset.repository.js';
import { AppUserEntity } from '@registry/party/app-user.entity.js';
import { PartyEntity, type PartyKind } from '@registry/party/party.entity.js';

/**
 * Seeds the demo parties, users and IP assets into an empty registry. A database that
 * already has parties is left alone, so demo data a user changed is never overwritten.
 */
export async function seedRegistry(dataSource: DataSource): Promise<string> {
  const existing = await dataSource.manager.count(PartyEntity);
  if (existing > 0) return `already has ${existing} parties, demo seed skipped`;
  const records: (AssetRecord & { id: string })[] = DEMO_ASSETS.map((asset) => {
    const result = validateAssetRecord({
      ...asset,
      owners: asset.owners.map((o) => ({
        name: o.name,
        creditCode: o.partyKey === null ? null : DEMO_PARTIES[o.partyKey].creditCode,
        share: o.share,
      })),
    });
    if (!result.ok) throw new Error(`demo asset ${asset.number} is invalid: ${JSON.stringify(result.problems)}`);
    // Fixed ids let the valuation subgraph seed valuations for the same assets.
    return { ...result.record, id: asset.id };
  });
  await dataSource.transaction(async (manager) => {
    for (const party of Object.values(DEMO_PARTIES)) {
      await manager.insert(PartyEntity, { ...party, kind: party.kind as PartyKind });
    }
    for (const user of DEMO_USERS) {
      await manager.insert(AppUserEntity, { ...user, roles: [...user.roles] });
    }
    await new IpAssetRepository(dataSource).upsertMany(manager, records);
  });
  return `seeded ${Object.keys(DEMO_PARTIES).length} parties, ${DEMO_USERS.length} users, ${records.length} IP assets`;
}
