import { AppException, PublicErrorCode } from '@app/errors';
import { decodeCursor, encodeCursor, pageSize, toConnection } from './pagination.js';

describe('Relay pagination helpers', () => {
  it('round-trips cursors and rejects foreign ones as BAD_USER_INPUT on "after"', () => {
    expect(
      decodeCursor(encodeCursor(['PATENT', 'CN1', '00000000-0000-4000-8000-000000000001']), [
        'string',
        'string',
        'uuid',
      ]),
    ).toEqual(['PATENT', 'CN1', '00000000-0000-4000-8000-000000000001']);
    for (const bad of [
      'not-base64!',
      encodeCursor(['a']),
      encodeCursor(['PATENT', 'x', 'not-a-uuid']),
      Buffer.from('{"x":1}').toString('base64url'),
    ]) {
      try {
        decodeCursor(bad, ['string', 'string', 'uuid']);
        throw new Error('expected a rejection');
      } catch (error) {
        expect(error).toBeInstanceOf(AppException);
        expect((error as AppException).code).toBe(PublicErrorCode.BAD_USER_INPUT);
        expect((error as AppException).field).toBe('after');
      }
    }
  });

  it('accepts a timestamp part only when it is an instant', () => {
    const at = '2026-11-21T08:00:00.000Z';
    const id = '00000000-0000-4000-8000-000000000001';
    expect(decodeCursor(encodeCursor([at, id]), ['timestamp', 'uuid'])).toEqual([at, id]);
    expect(() => decodeCursor(encodeCursor(['not a time', id]), ['timestamp', 'uuid'])).toThrow(
      expect.objectContaining({ code: PublicErrorCode.BAD_USER_INPUT, field: 'after' }),
    );
  });

  it.each([0, 101, 2.5, -1])('refuses page size %p', (first) => {
    expect(() => pageSize(first)).toThrow(/first: must be between 1 and 100/);
  });

  it('uses limit + 1 rows to tell whether a next page exists', () => {
    const page = toConnection([1, 2, 3], 2, false, (n) => [n]);
    expect(page.edges.map((e) => e.node)).toEqual([1, 2]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.pageInfo.endCursor).toBe(encodeCursor([2]));
    expect(toConnection([1], 2, true, (n) => [n]).pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
    });
  });
});
