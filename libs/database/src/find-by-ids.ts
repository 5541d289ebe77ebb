import { In, type EntityManager, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';

/**
 * The rows of `entity` whose `id` is one of `ids`, in one query (none for no ids): the batch
 * read behind every request-scoped loader. Order is not defined; loaders key the rows.
 */
export function findByIds<E extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  ids: readonly string[],
): Promise<E[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return manager.findBy(entity, { id: In([...ids]) } as FindOptionsWhere<E>);
}
