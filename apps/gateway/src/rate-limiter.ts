import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Token buckets per key, refilled continuously: `perMinute` units a minute, bursts up to
 * `perMinute`. In memory, per gateway process: several gateway instances would each grant
 * the full budget (a shared store such as Redis would be needed to enforce it across them).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly ratePerMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 100_000,
  ) {
    this.ratePerMs = perMinute / 60_000;
  }

  /**
   * Takes `units[key]` from every key's bucket, or nothing at all when one of them has too
   * few: then the answer is how many seconds until all of them would have enough.
   */
  take(units: ReadonlyMap<string, number>): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const now = this.now();
    let waitMs = 0;
    const current = new Map<string, number>();
    for (const [key, amount] of units) {
      const bucket = this.buckets.get(key);
      const tokens =
        bucket === undefined
          ? this.perMinute
          : Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.ratePerMs);
      current.set(key, tokens);
      if (amount > tokens) {
        // More than a whole budget at once can never pass: it is refused like a flood, with
        // a full minute to wait, rather than let through.
        const needMs = amount > this.perMinute ? 60_000 : (amount - tokens) / this.ratePerMs;
        waitMs = Math.max(waitMs, needMs, 1);
      }
    }
    if (waitMs > 0) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    for (const [key, amount] of units) {
      this.buckets.set(key, { tokens: (current.get(key) ?? this.perMinute) - amount, at: now });
    }
    if (this.buckets.size > this.maxKeys) this.prune(now);
    return { allowed: true };
  }

  /** Number of keys held (for tests). */
  get size(): number {
    return this.buckets.size;
  }

  /** Forgets buckets that have refilled completely: they behave exactly like absent ones. */
  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.ratePerMs >= this.perMinute) this.buckets.delete(key);
    }
  }
}

/**
 * The units an operation costs, by `<operation type>.<root field>`: each root field
 * selection counts one, so aliases of one field (`a: ipAssets b: ipAssets`) count as many
 * as separate requests would. Root-level fragments are expanded; `__typename` is free.
 * The root field, not the client-chosen operation name, is the key: renaming an operation
 * must not reset the budget.
 */
export function operationUnits(document: DocumentNode, operationName?: string | null): Map<string, number> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const operation =
    operationName === undefined || operationName === null
      ? operations[0]
      : operations.find((o) => o.name?.value === operationName);
  const units = new Map<string, number>();
  if (operation === undefined) return units;
  const seen = new Set<string>();
  const walk = (selectionSet: SelectionSetNode): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__typename') continue;
        const key = `${operation.operation}.${selection.name.value}`;
        units.set(key, (units.get(key) ?? 0) + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        // A root fragment spread twice selects the same fields (merged), so it counts once.
        if (fragment === undefined || seen.has(fragment.name.value)) continue;
        seen.add(fragment.name.value);
        walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return units;
}
