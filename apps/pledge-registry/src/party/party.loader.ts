import type DataLoader from 'dataloader';
import type { RequestLoaders } from '@app/platform';
import type { PartyEntity } from '@registry/party/party.entity.js';
import type { PartyService } from '@registry/party/party.service.js';

/** Parties by id for one request: every resolver naming a party (pledgor, lender, ...) shares one query. */
export function partyLoader(
  loaders: RequestLoaders,
  req: object,
  parties: PartyService,
): DataLoader<string, PartyEntity | null> {
  return loaders.byKey(
    req,
    'parties',
    (ids) => parties.findMany(ids),
    (p) => p.id,
  );
}
