import type { Connection } from '@app/platform';

/** One export's share of a list: the rows, and where the next export continues if the list goes on. */
export interface ExportSlice<T> {
  items: T[];
  /** True when the list ended within this export. */
  complete: boolean;
  /** Cursor of the last exported row: the `after` of the next export (null when complete). */
  endCursor: string | null;
}

/** Reads one page of at most `first` rows after a cursor, as the list's own query does. */
export type PageReader<T> = (first: number, after: string | undefined) => Promise<Connection<T>>;

/**
 * Reads a list page by page from `after` until it ends or `maxRows` rows are in, through the
 * list's own paged read (same filters, same visibility, same order), so an export shows exactly
 * the rows the list query would show, page after page.
 */
export async function collectPages<T>(
  read: PageReader<T>,
  after: string | undefined,
  maxRows: number,
  pageSize: number,
): Promise<ExportSlice<T>> {
  const items: T[] = [];
  let cursor = after;
  for (;;) {
    const page = await read(Math.min(pageSize, maxRows - items.length), cursor);
    for (const edge of page.edges) items.push(edge.node);
    const last = page.edges[page.edges.length - 1];
    if (!page.pageInfo.hasNextPage || last === undefined) return { items, complete: true, endCursor: null };
    cursor = last.cursor;
    if (items.length >= maxRows) return { items, complete: false, endCursor: cursor };
  }
}
