import fc from 'fast-check';
import { toConnection, type Connection } from '@app/platform';
import { collectPages } from './export-slice.js';

/** A list of `n` rows 0..n-1 paged by keyset like the registry's lists (cursor = last row's key). */
function list(n: number, calls: number[]) {
  return (first: number, after: string | undefined): Promise<Connection<number>> => {
    calls.push(first);
    const start =
      after === undefined ? 0 : (JSON.parse(Buffer.from(after, 'base64url').toString()) as number[])[0]! + 1;
    const rows = Array.from({ length: Math.max(0, Math.min(first + 1, n - start)) }, (_, i) => start + i);
    return Promise.resolve(toConnection(rows, first, after !== undefined, (r) => [r]));
  };
}

describe('collectPages', () => {
  it.each([
    // rows, maxRows, pageSize, pages read, exported, complete
    [0, 10, 4, [4], 0, true],
    [3, 10, 4, [4], 3, true],
    [8, 10, 4, [4, 4], 8, true],
    [10, 10, 4, [4, 4, 2], 10, true],
    [11, 10, 4, [4, 4, 2], 10, false],
    [250, 100, 100, [100], 100, false],
  ])('%i rows, at most %i by pages of %i', async (n, max, size, pages, exported, complete) => {
    const calls: number[] = [];
    const slice = await collectPages(list(n, calls), undefined, max, size);
    expect(calls).toEqual(pages);
    expect(slice.items).toEqual(Array.from({ length: exported }, (_, i) => i));
    expect(slice.complete).toBe(complete);
    expect(slice.endCursor === null).toBe(complete);
  });

  it('continuing from endCursor exports every row exactly once, in order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 1, max: 10 }),
        async (n, max, size) => {
          const seen: number[] = [];
          let after: string | undefined;
          for (let files = 0; files <= n + 1; files++) {
            const slice = await collectPages(list(n, []), after, max, size);
            expect(slice.items.length).toBeLessThanOrEqual(max);
            seen.push(...slice.items);
            if (slice.complete) break;
            after = slice.endCursor ?? undefined;
          }
          expect(seen).toEqual(Array.from({ length: n }, (_, i) => i));
        },
      ),
    );
  });
});
