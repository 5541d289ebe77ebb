import DataLoader from 'dataloader';

/**
 * DataLoaders scoped to one GraphQL request (keyed by its `req` object), so a page of
 * listings costs one query per field, not one per listing, and nothing is cached across
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
}
