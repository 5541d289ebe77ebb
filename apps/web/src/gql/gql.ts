/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MyParty {\n    viewer {\n      login\n      party {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyPartyDocument,
    "\n  query MyPatents($partyId: ID!) {\n    ipAssets(filter: { ownerPartyId: $partyId }, first: 100) {\n      edges {\n        node {\n          id\n          kind\n          number\n          title\n          legalStatus\n          expiryDate\n          riskFlags {\n            invalidationPending\n            ownershipDispute\n            courtPreservation\n          }\n          latestValuation {\n            id\n            valuedAt\n            value {\n              amount\n              currency\n            }\n            low {\n              amount\n              currency\n            }\n            high {\n              amount\n              currency\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MyPatentsDocument,
    "\n  mutation MakeOffer($input: MakeOfferInput!) {\n    makeOffer(input: $input) {\n      id\n      listingId\n      status\n      amount {\n        amount\n        currency\n      }\n      annualRate\n      termMonths\n      expiresAt\n    }\n  }\n": typeof types.MakeOfferDocument,
    "\n  query OpenListings($filter: ListingFilter!) {\n    listings(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n          amount {\n            amount\n            currency\n          }\n          termMonths\n          purpose\n          expiresOn\n          pledgor {\n            id\n            name\n            city\n          }\n          assets {\n            position\n            asset {\n              id\n              number\n              title\n              kind\n            }\n          }\n          offers {\n            id\n            status\n            amount {\n              amount\n              currency\n            }\n            annualRate\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.OpenListingsDocument,
};
const documents: Documents = {
    "\n  query MyParty {\n    viewer {\n      login\n      party {\n        id\n        name\n      }\n    }\n  }\n": types.MyPartyDocument,
    "\n  query MyPatents($partyId: ID!) {\n    ipAssets(filter: { ownerPartyId: $partyId }, first: 100) {\n      edges {\n        node {\n          id\n          kind\n          number\n          title\n          legalStatus\n          expiryDate\n          riskFlags {\n            invalidationPending\n            ownershipDispute\n            courtPreservation\n          }\n          latestValuation {\n            id\n            valuedAt\n            value {\n              amount\n              currency\n            }\n            low {\n              amount\n              currency\n            }\n            high {\n              amount\n              currency\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.MyPatentsDocument,
    "\n  mutation MakeOffer($input: MakeOfferInput!) {\n    makeOffer(input: $input) {\n      id\n      listingId\n      status\n      amount {\n        amount\n        currency\n      }\n      annualRate\n      termMonths\n      expiresAt\n    }\n  }\n": types.MakeOfferDocument,
    "\n  query OpenListings($filter: ListingFilter!) {\n    listings(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n          amount {\n            amount\n            currency\n          }\n          termMonths\n          purpose\n          expiresOn\n          pledgor {\n            id\n            name\n            city\n          }\n          assets {\n            position\n            asset {\n              id\n              number\n              title\n              kind\n            }\n          }\n          offers {\n            id\n            status\n            amount {\n              amount\n              currency\n            }\n            annualRate\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.OpenListingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyParty {\n    viewer {\n      login\n      party {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyParty {\n    viewer {\n      login\n      party {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPatents($partyId: ID!) {\n    ipAssets(filter: { ownerPartyId: $partyId }, first: 100) {\n      edges {\n        node {\n          id\n          kind\n          number\n          title\n          legalStatus\n          expiryDate\n          riskFlags {\n            invalidationPending\n            ownershipDispute\n            courtPreservation\n          }\n          latestValuation {\n            id\n            valuedAt\n            value {\n              amount\n              currency\n            }\n            low {\n              amount\n              currency\n            }\n            high {\n              amount\n              currency\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPatents($partyId: ID!) {\n    ipAssets(filter: { ownerPartyId: $partyId }, first: 100) {\n      edges {\n        node {\n          id\n          kind\n          number\n          title\n          legalStatus\n          expiryDate\n          riskFlags {\n            invalidationPending\n            ownershipDispute\n            courtPreservation\n          }\n          latestValuation {\n            id\n            valuedAt\n            value {\n              amount\n              currency\n            }\n            low {\n              amount\n              currency\n            }\n            high {\n              amount\n              currency\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MakeOffer($input: MakeOfferInput!) {\n    makeOffer(input: $input) {\n      id\n      listingId\n      status\n      amount {\n        amount\n        currency\n      }\n      annualRate\n      termMonths\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation MakeOffer($input: MakeOfferInput!) {\n    makeOffer(input: $input) {\n      id\n      listingId\n      status\n      amount {\n        amount\n        currency\n      }\n      annualRate\n      termMonths\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenListings($filter: ListingFilter!) {\n    listings(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n          amount {\n            amount\n            currency\n          }\n          termMonths\n          purpose\n          expiresOn\n          pledgor {\n            id\n            name\n            city\n          }\n          assets {\n            position\n            asset {\n              id\n              number\n              title\n              kind\n            }\n          }\n          offers {\n            id\n            status\n            amount {\n              amount\n              currency\n            }\n            annualRate\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenListings($filter: ListingFilter!) {\n    listings(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n          amount {\n            amount\n            currency\n          }\n          termMonths\n          purpose\n          expiresOn\n          pledgor {\n            id\n            name\n            city\n          }\n          assets {\n            position\n            asset {\n              id\n              number\n              title\n              kind\n            }\n          }\n          offers {\n            id\n            status\n            amount {\n              amount\n              currency\n            }\n            annualRate\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;