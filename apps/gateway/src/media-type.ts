export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
export const APPLICATION_JSON = 'application/json';

/**
 * The media type of a response the gateway writes itself (refusals before the runtime):
 * the highest-priority of the two GraphQL-over-HTTP types the Accept header lists, or
 * application/graphql-response+json when Accept is absent or names neither (the spec's
 * default since 2025).
 */
export function responseMediaType(accept: string | null | undefined): string {
  if (accept === null || accept === undefined || accept.trim() === '') return GRAPHQL_RESPONSE_JSON;
  let best: { type: string; q: number } | null = null;
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q) || q <= 0) continue;
    const type =
      range === GRAPHQL_RESPONSE_JSON || range === '*/*' || range === 'application/*'
        ? GRAPHQL_RESPONSE_JSON
        : range === APPLICATION_JSON
          ? APPLICATION_JSON
          : null;
    if (type !== null && (best === null || q > best.q)) best = { type, q };
  }
  return best?.type ?? GRAPHQL_RESPONSE_JSON;
}
