/**
 * The sender's loop: keeps every free slot busy. A slot that frees starts the next delivery that can start
 * at once (no batch waits for its slowest member); an idle loop sleeps until the next delivery falls due, or
 * until something is enqueued (`wake`), with a poll as the backstop. Stopping lets the attempts in flight
 * finish and be recorded; nothing is claimed that does not start at once, so a stop leaves nothing claimed.
 * @module
 */
import type { DeliveryEngine, DeliveryReport } from './engine.js';

/** The longest an idle loop sleeps before it looks again, unless told otherwise. */
export const DEFAULT_POLL_INTERVAL_MS = 1_000; // ms
/** How long a sender whose due work is all at its webhooks' limits waits before it looks again (an attempt that ends looks at once). */
const BUSY_NAP_MS = 50;
/**
 * How many deliveries are in flight at once, unless told otherwise. Open sockets bound it, not the CPU:
 * a slow or hanging receiver holds a slot without costing anything. With 32 per webhook, 31 endpoints
 * that hang all at once (before their first time-out puts each on one probe) still leave half the slots.
 */
export const DEFAULT_CONCURRENCY = 1_024;

/** How to build a worker. */
export interface DeliveryWorkerOptions {
  engine: Pick<DeliveryEngine, 'claim' | 'deliverOne' | 'nextDueAt'>;
  /** deliveries in flight at once; default 1,024 */
  concurrency?: number;
  /** the longest an idle loop sleeps (a wake-up or the next due time cuts it short); default 1 s */
  pollIntervalMs?: number;
  /** the engine's clock, to turn the next due time into a sleep; defaults to the system's */
  now?: () => Date;
  /** told when a claim fails as a whole (the store could not be read, say); the loop goes on */
  onError?: (error: unknown) => void;
}

/** A running (or runnable) sender loop. */
export interface DeliveryWorker {
  /** Starts the loop: deliveries due now go out at once. */
  start(): void;
  /** Says that something was enqueued: free slots take it now; nothing when the loop is not started. */
  wake(): void;
  /**
   * Delivers everything that can be delivered at the current time (slots refill as attempts finish, so a
   * webhook at its limit gets its turn), and resolves with what each delivery came to once nothing more is
   * due: how tests drive the sender on an injected clock, with the loop not started. Rejects when the
   * outbox cannot be read (a claim failed) and nothing is in flight.
   */
  runOnce(): Promise<DeliveryReport[]>;
  /** Stops the loop: nothing new starts, the attempts in flight finish and are recorded; resolves then. */
  stop(): Promise<void>;
  /** whether the loop runs by itself */
  readonly started: boolean;
  /** how many deliveries are in flight now */
  readonly inFlight: number;
}

/**
 * Builds the loop around an engine; `start()` it, `wake()` it after enqueuing, `stop()` it before closing the store.
 * @example
 * const worker = createDeliveryWorker({ engine, onError: (error) => log.error(error) });
 * worker.start();
 * await outbox.enqueue(deliveries);
 * worker.wake();
 * await worker.stop();
 */
export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const { engine } = options;
  const slots = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  const pollMs = Math.max(0, options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS);
  const clock = options.now ?? (() => new Date());
  /** every attempt not yet recorded, for `stop` and `runOnce` */
  const inFlight = new Set<Promise<DeliveryReport>>();
  /** attempts whose request is not over: what holds a slot (a finished one's record no longer does) */
  let sending = 0;
  let started = false;
  let stopping = false;
  /** a claim in progress: claims never overlap, so none takes more than the free slots */
  let claiming: Promise<number> | undefined;
  let again = false;
  let pumpScheduled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** when the armed timer fires (Date.now() milliseconds) */
  let timerAt = 0;
  /** why the last claim failed, for `runOnce` to reject with */
  let lastClaimError: unknown;
  /** finished reports, for `runOnce` */
  let collect: DeliveryReport[] | undefined;

  function launch(claims: Awaited<ReturnType<typeof engine.claim>>): void {
    for (const claim of claims) {
      sending++;
      const onSent = () => {
        sending--;
        // the freed slot takes the next delivery at once: its claim goes in the same transaction as this
        // attempt's record (several that free in one turn share one claim)
        if (started && !stopping) schedulePump();
      };
      // one callback takes the attempt off the books and collects its report (deliverOne is not meant to reject)
      const attempt: Promise<DeliveryReport> = engine.deliverOne(claim, { onSent }).then(
        (report) => {
          inFlight.delete(attempt);
          collect?.push(report);
          return report;
        },
        (error: unknown) => {
          inFlight.delete(attempt);
          throw error;
        },
      );
      inFlight.add(attempt);
    }
  }

  /** One claim for the free slots; resolves with how many it started. */
  function claimFree(): Promise<number> {
    if (claiming !== undefined) {
      again = true;
      return claiming;
    }
    const free = slots - sending;
    if (free <= 0 || stopping) return Promise.resolve(0);
    claiming = engine
      .claim(free)
      .then(
        (claims) => {
          launch(claims);
          return claims.length;
        },
        (error: unknown) => {
          lastClaimError = error;
          options.onError?.(error);
          return -1;
        },
      )
      .finally(() => {
        claiming = undefined;
      });
    return claiming;
  }

  function schedulePump(): void {
    if (pumpScheduled) return;
    pumpScheduled = true;
    // a microtask, not the next turn: the claim joins the records queued in this turn, in one commit
    queueMicrotask(() => {
      pumpScheduled = false;
      void pump();
    });
  }

  async function pump(): Promise<void> {
    if (!started || stopping) return;
    const free = slots - sending;
    const launched = await claimFree();
    if (again) {
      again = false;
      schedulePump();
      return;
    }
    if (launched === -1) return sleep(pollMs);
    // every free slot taken: the next finished attempt pumps again
    if (launched >= free && free > 0) return;
    // attempts are in flight and a nap already ends soon: it looks again then, and each ending attempt pumps,
    // so asking the store when the next delivery is due would be one more query per delivery for nothing
    if (sending > 0 && timer !== undefined && timerAt - Date.now() <= BUSY_NAP_MS) return;
    // nothing more can start now: sleep until the next delivery falls due (or a wake-up)
    const next = await engine.nextDueAt().catch(() => null);
    let until = next === null ? pollMs : Math.max(0, next.getTime() - clock().getTime());
    // due now yet not claimed: its webhook is at its limit, and one of its attempts ending pumps again;
    // a short nap keeps that from turning into a loop of empty claims
    if (until === 0 && sending > 0) until = BUSY_NAP_MS;
    sleep(Math.min(until, pollMs));
  }

  function sleep(ms: number): void {
    if (!started || stopping) return;
    if (timer !== undefined) clearTimeout(timer);
    timerAt = Date.now() + ms;
    timer = setTimeout(() => {
      timer = undefined;
      schedulePump();
    }, ms);
    // the server's socket keeps a process alive, not the sender's timer
    timer.unref();
  }

  return {
    start() {
      if (started || stopping) return;
      started = true;
      schedulePump();
    },
    wake() {
      if (started && !stopping) schedulePump();
    },
    async runOnce() {
      const reports: DeliveryReport[] = [];
      collect = reports;
      try {
        for (;;) {
          const count = await claimFree();
          if (count === -1 && inFlight.size === 0) throw lastClaimError;
          if (count <= 0 && inFlight.size === 0) break;
          // wait for a slot to free (or for all, when nothing more was due), then claim again
          if (inFlight.size > 0) await Promise.race(inFlight);
        }
      } finally {
        collect = undefined;
      }
      return reports;
    },
    async stop() {
      stopping = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await claiming;
      await Promise.allSettled([...inFlight]);
    },
    get started() {
      return started && !stopping;
    },
    get inFlight() {
      return inFlight.size;
    },
  };
}
