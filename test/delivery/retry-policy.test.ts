/** The retry policy as pure functions: back-off with jitter, Retry-After, the window, what a status means. */
import { describe, expect, it } from 'vitest';
import { backoffDelayMs, DEFAULT_RETRY_POLICY, describeWindow, judgeStatus, parseRetryAfter, parseRetrySchedule, RETRY_WINDOW_MS, scheduleRetry, withSchedule } from '../../src/delivery/retry-policy.js';

const NOW = new Date('2026-11-02T09:31:12Z');

describe('judgeStatus', () => {
  it.each([
    [200, 'succeeded'],
    [202, 'succeeded'],
    [204, 'succeeded'],
    [299, 'succeeded'],
    [410, 'gone'],
    [301, 'retry'],
    [302, 'retry'],
    [400, 'retry'],
    [401, 'retry'],
    [404, 'retry'],
    [429, 'retry'],
    [500, 'retry'],
    [503, 'retry'],
    [100, 'retry'],
  ])('%s → %s', (status, kind) => {
    expect(judgeStatus(status).kind).toBe(kind);
  });
});

describe('backoffDelayMs', () => {
  it('doubles from 10 s, with equal jitter, up to the 4 h cap', () => {
    expect([1, 2, 3, 4].map((attempts) => backoffDelayMs(attempts, 0))).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect([1, 2, 3, 4].map((attempts) => backoffDelayMs(attempts, 1))).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(backoffDelayMs(20, 1)).toBe(4 * 60 * 60 * 1000);
    expect(backoffDelayMs(1_000, 1)).toBe(4 * 60 * 60 * 1000);
  });

  it('stays within [half, all] of the delay whatever the random number', () => {
    for (const random of [-1, 0, 0.25, 0.999, 2, Number.NaN]) {
      const delay = backoffDelayMs(3, random);
      expect(delay).toBeGreaterThanOrEqual(20_000);
      expect(delay).toBeLessThanOrEqual(40_000);
    }
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Mon, 02 Nov 2026 09:33:12 GMT', 120_000],
    ['Mon, 02 Nov 2026 09:00:00 GMT', 0], // in the past
    ['Monday, 02-Nov-26 09:33:12 GMT', 120_000], // RFC 850
    ['-5', undefined],
    ['1.5', undefined],
    ['soon', undefined],
    ['2026-11-02T09:33:12Z', undefined], // not an HTTP date
    ['', undefined],
    [undefined, undefined],
  ])('%j → %s ms', (value, want) => {
    expect(parseRetryAfter(value, NOW)).toBe(want);
  });
});

describe('scheduleRetry', () => {
  const base = { createdAt: NOW, now: NOW, attempts: 1, random: 0.5 };

  it('waits the back-off, or Retry-After when that is longer', () => {
    expect(scheduleRetry(base)).toEqual({ retry: true, nextAttemptAt: new Date(NOW.getTime() + 7_500) });
    expect(scheduleRetry({ ...base, retryAfterMs: 120_000 })).toEqual({ retry: true, nextAttemptAt: new Date(NOW.getTime() + 120_000) });
    expect(scheduleRetry({ ...base, retryAfterMs: 1_000 })).toEqual({ retry: true, nextAttemptAt: new Date(NOW.getTime() + 7_500) });
  });

  it('makes a last attempt at the end of the window instead of overshooting it', () => {
    const late = new Date(NOW.getTime() + RETRY_WINDOW_MS - 60_000);
    expect(scheduleRetry({ ...base, now: late, attempts: 30 })).toEqual({ retry: true, nextAttemptAt: new Date(NOW.getTime() + RETRY_WINDOW_MS) });
  });

  it('gives up at the end of the window, or when Retry-After points past it', () => {
    const end = new Date(NOW.getTime() + RETRY_WINDOW_MS);
    expect(scheduleRetry({ ...base, now: end, attempts: 35 })).toEqual({ retry: false, reason: 'gave up: no attempt succeeded within the 3-day retry window' });
    expect(scheduleRetry({ ...base, retryAfterMs: RETRY_WINDOW_MS + 1 })).toEqual({
      retry: false,
      reason: 'gave up: the endpoint asked to wait past the end of the 3-day retry window',
    });
  });

  it('follows another policy when given one', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1_000, windowMs: 60 * 60 * 1000 };
    expect(scheduleRetry({ ...base, random: 1 }, policy)).toEqual({ retry: true, nextAttemptAt: new Date(NOW.getTime() + 1_000) });
    expect(describeWindow(policy.windowMs)).toBe('1-hour');
  });
});

describe('parseRetrySchedule', () => {
  it.each<[string, readonly number[] | undefined]>([
    ['default', undefined],
    ['fast', [1_000, 2_000, 4_000, 8_000, 16_000, 32_000]],
    ['250ms', [250]],
    ['5s, 30s,2m', [5_000, 30_000, 120_000]],
    ['1.5s,1h,2d', [1_500, 3_600_000, 172_800_000]],
    ['0s', [0]],
  ])('reads %j', (text, delays) => {
    expect(parseRetrySchedule(text)).toEqual(delays);
  });

  it.each(['', 'soon', '5', '5 s', '-1s', '4d', '1s;2s', Array(51).fill('1s').join(',')])('refuses %j with a sentence that says what to write', (text) => {
    expect(() => parseRetrySchedule(text)).toThrow(/retry schedule/);
  });
});

describe('an explicit schedule', () => {
  const created = NOW;
  const policy = withSchedule(DEFAULT_RETRY_POLICY, [1_000, 60_000]);

  it('waits each delay in turn without jitter, a longer Retry-After included, then gives up', () => {
    expect(scheduleRetry({ createdAt: created, now: NOW, attempts: 1, random: 0 }, policy)).toEqual({ retry: true, nextAttemptAt: new Date(NOW.getTime() + 1_000) });
    expect(scheduleRetry({ createdAt: created, now: NOW, attempts: 1, random: 0.9, retryAfterMs: 5_000 }, policy)).toEqual({ retry: true, nextAttemptAt: new Date(NOW.getTime() + 5_000) });
    expect(scheduleRetry({ createdAt: created, now: NOW, attempts: 2, random: 0 }, policy)).toEqual({ retry: true, nextAttemptAt: new Date(NOW.getTime() + 60_000) });
    expect(scheduleRetry({ createdAt: created, now: NOW, attempts: 3, random: 0 }, policy)).toEqual({ retry: false, reason: 'gave up after 3 attempts: the retry schedule (1 s, 1 min) ran out' });
  });

  it('leaves the policy as it is without one', () => {
    expect(withSchedule(DEFAULT_RETRY_POLICY, undefined)).toBe(DEFAULT_RETRY_POLICY);
    expect(withSchedule(DEFAULT_RETRY_POLICY, null)).toBe(DEFAULT_RETRY_POLICY);
  });
});
