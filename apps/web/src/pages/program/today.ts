/** Today's calendar day in China (UTC+8), `YYYY-MM-DD`: the platform books in China time. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
