import { addMonths, staleness } from './staleness.js';

const at = (iso: string): Date => new Date(iso);

describe('valuation staleness', () => {
  it.each([
    ['2026-01-31T00:00:00Z', 1, '2026-02-28T00:00:00Z'],
    ['2024-01-31T00:00:00Z', 1, '2024-02-29T00:00:00Z'],
    ['2025-11-21T10:00:00Z', 12, '2026-11-21T10:00:00Z'],
  ])('adds months to %s (+%i) without overflowing short months', (from, months, expected) => {
    expect(addMonths(at(from), months).toISOString()).toBe(at(expected).toISOString());
  });

  const base = {
    valuedAt: at('2026-01-10T00:00:00Z'),
    statusChangedAtValuation: at('2025-06-01T00:00:00Z'),
    currentStatusChangedAt: at('2025-06-01T00:00:00Z'),
    validityMonths: 12,
  };

  it('is current within the validity and with unchanged facts', () => {
    expect(staleness({ ...base, now: at('2026-11-21T00:00:00Z') })).toMatchObject({ stale: false, reasons: [] });
  });

  it('expires exactly at valuedAt + validity', () => {
    expect(staleness({ ...base, now: at('2027-01-10T00:00:00Z') }).reasons).toEqual(['OLDER_THAN_VALIDITY']);
    expect(staleness({ ...base, now: at('2027-01-09T23:59:59Z') }).stale).toBe(false);
  });

  it('turns stale when the asset status changed after the valuation read it', () => {
    const result = staleness({
      ...base,
      currentStatusChangedAt: at('2026-03-01T00:00:00Z'),
      now: at('2026-04-01T00:00:00Z'),
    });
    expect(result.reasons).toEqual(['ASSET_STATUS_CHANGED']);
  });

  it('falls back to the valuation date when no snapshot was recorded (seeded valuations)', () => {
    const result = staleness({
      ...base,
      statusChangedAtValuation: null,
      currentStatusChangedAt: at('2026-01-11T00:00:00Z'),
      now: at('2026-02-01T00:00:00Z'),
    });
    expect(result.reasons).toEqual(['ASSET_STATUS_CHANGED']);
  });

  it('gives both reasons when both apply, and none when the asset cannot be read', () => {
    expect(
      staleness({ ...base, currentStatusChangedAt: at('2026-05-01T00:00:00Z'), now: at('2028-01-01T00:00:00Z') })
        .reasons,
    ).toEqual(['OLDER_THAN_VALIDITY', 'ASSET_STATUS_CHANGED']);
    expect(staleness({ ...base, currentStatusChangedAt: null, now: at('2026-02-01T00:00:00Z') }).stale).toBe(false);
  });
});
