import DataLoader from 'dataloader';

/**
 * DataLoaders scoped to one GraphQL request (keyed by its `req` object), so a page of
 * records costs one query per field, not one per record, and nothing is cached across
 * requests (what a caller may see depends on who asks).
 */
export class RequestLoaders {
  private readonly byRequest = new WeakMap<object, Map<string, DataLoader<string, unknown>>>();

  /** The request's loader called `name`; `batch` answers in the order of its keys (an Error for a missing one). */
  loader<V>(
    req: object,
    name: string,
    batch: (keys: readonly string[]) => Promise<(V | Error)[]>,
  ): DataLoader<string, V> {
    let loaders = this.byRequest.get(req);
    if (loaders === undefined) {
      loaders = new Map();
      this.byRequest.set(req, loaders);
    }
    let loader = loaders.get(name) as DataLoader<string, V> | undefined;
    if (loader === undefined) {
      loader = new DataLoader<string, V>(batch);
      loaders.set(name, loader);
    }
    return loader;
  }

  /** One record per key, found by `fetch` for all keys at once; null where none is found. */
  byKey<R, V = R>(
    req: object,
    name: string,
    fetch: (keys: readonly string[]) => Promise<readonly R[]>,
    keyOf: (row: R) => string,
    map: (row: R) => V = (row) => row as unknown as V,
  ): DataLoader<string, V | null> {
    return this.loader<V | null>(req, name, async (keys) => {
      const found = new Map((await fetch(keys)).map((row) => [keyOf(row), map(row)]));
      return keys.map((key) => found.get(key) ?? null);
    });
  }

  /** The records of each key (in `fetch` order), found for all keys at once; an empty list where none. */
  grouped<R>(
    req: object,
    name: string,
    fetch: (keys: readonly string[]) => Promise<readonly R[]>,
    keyOf: (row: R) => string,
  ): DataLoader<string, R[]> {
    return this.loader<R[]>(req, name, async (keys) => {
      const groups = new Map<string, R[]>(keys.map((key) => [key, []]));
      for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(row);
      return keys.map((key) => groups.get(key) ?? []);
    });
  }
}
