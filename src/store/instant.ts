/**
 * The one time representation the stores compare: milliseconds since the Unix epoch, read from an RFC 3339
 * date-time where the API gives one, and written back as one (`dateTime`).
 * @module
 */

/**
 * An RFC 3339 date-time (UTC, milliseconds) from milliseconds since the epoch: how the stores write the
 * date-times they keep as text (`disabled_at`), and how the API shows every time.
 * @example
 * dateTime(0) // '1970-01-01T00:00:00.000Z'
 */
export function dateTime(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * The milliseconds of an RFC 3339 date-time, for comparisons; a leap second (`…:59:60`) counts as the
 * second after it, which is what a clock without leap seconds shows at that moment.
 * @example
 * instantOf('2026-11-02T10:00:00Z') // 1793613600000
 */
export function instantOf(dateTime: string): number {
  const parsed = Date.parse(dateTime);
  if (!Number.isNaN(parsed)) return parsed;
  const leap = /^(.*T\d\d:\d\d:)60(.*)$/.exec(dateTime);
  if (leap) return Date.parse(`${leap[1]}59${leap[2]}`) + 1000;
  throw new RangeError('not an RFC 3339 date-time');
}
