import { useQuery } from '@apollo/client/react';
import { graphql } from '@web/gql';

export const BANK_PARTY_NAME = graphql(`
  query BankPartyName($id: ID!) {
    party(id: $id) {
      id
      name
    }
  }
`);

/** A party's name for an id the API gives (the id itself until it loads or if it cannot). */
export function PartyName({ id }: { id: string }) {
  const party = useQuery(BANK_PARTY_NAME, { variables: { id } });
  return <>{party.data?.party.name ?? id}</>;
}
