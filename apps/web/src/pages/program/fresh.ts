import type { ApolloClient, OperationVariables, TypedDocumentNode } from '@apollo/client';

/** A one-off query straight from the server (exports, ledger pages): never answered from the cache, nor stored. */
export async function queryFresh<TData, TVariables extends OperationVariables>(
  client: ApolloClient,
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const result = await client.query<TData, TVariables>({
    query,
    variables,
    fetchPolicy: 'no-cache',
  } as ApolloClient.QueryOptions<TData, TVariables>);
  // Apollo's errors (CombinedGraphQLErrors, ServerError) are Error instances: ErrorNotice reads them as they are.
  if (result.error instanceof Error) throw result.error;
  if (result.data === undefined) throw new Error('The server answered without data.');
  return result.data;
}
