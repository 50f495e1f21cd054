/**
 * How a store waits for a lock another writer holds: asynchronously, with a bound and jitter, so that the
 * event loop (other requests, reads, timers, the sender) goes on meanwhile. Store-neutral: the SQLite store
 * uses it around every statement and transaction; a networked store can use it for its transient failures.
 * @module
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** How long a write may wait for another writer's lock before it is answered 503 (ms). */
export const DEFAULT_BUSY_TIMEOUT_MS = 2_000;
/** The first wait between tries, doubled after each, up to the longest (ms). */
const FIRST_WAIT_MS = 2;
const LONGEST_WAIT_MS = 100;

/** How to retry. */
export interface BusyRetryOptions {
  /** the whole time to keep trying, from the first failure (ms) */
  timeoutMs: number;
  /** a number in [0, 1) for the jitter; `Math.random` by default */
  random?: () => number;
}

/**
 * Runs `attempt` again while it fails with an error `isBusy` recognises, waiting between tries without
 * blocking (a random half to the whole of a wait that doubles from 2 ms up to 100 ms), until `timeoutMs`
 * has passed; then rejects with the last busy error. Any other error rejects at once.
 * @example
 * const row = await retryWhileBusy(() => statement.get(id), (error) => error.code === 'SQLITE_BUSY', { timeoutMs: 2000 });
 */
export async function retryWhileBusy<T>(attempt: () => T | Promise<T>, isBusy: (error: unknown) => boolean, options: BusyRetryOptions): Promise<T> {
  const random = options.random ?? Math.random;
  const deadline = performance.now() + Math.max(0, options.timeoutMs);
  let wait = FIRST_WAIT_MS;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      const left = deadline - performance.now();
      if (!isBusy(error) || left <= 0) throw error;
      // jittered: writers that met the same lock do not all come back at the same moment
      await sleep(Math.min(left, wait / 2 + (random() * wait) / 2));
      wait = Math.min(LONGEST_WAIT_MS, wait * 2);
    }
  }
}
