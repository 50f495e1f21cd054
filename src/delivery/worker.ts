/**
 * The sender's loop: the engine's `runDue` run again and again, never two runs at once, woken early when
 * something was enqueued, and stopped gracefully: attempts in flight finish and are recorded, and claimed
 * deliveries not yet attempted are released, so that a stop loses nothing.
 * @module
 */
import type { DeliveryEngine, DeliveryReport } from './engine.js';

/** How long the loop waits between runs that found less than a full batch due, unless told otherwise. */
export const DEFAULT_POLL_INTERVAL_MS = 1_000; // ms
/** How many due deliveries one run claims, unless told otherwise. */
const DEFAULT_BATCH_SIZE = 100;

/** How to build a worker. */
export interface DeliveryWorkerOptions {
  engine: Pick<DeliveryEngine, 'runDue'>;
  /** the wait between runs when nothing more is due; default 1 s. A wake-up cuts it short. */
  pollIntervalMs?: number;
  /** deliveries claimed per run; default 100. A full batch is followed by another run at once. */
  batchSize?: number;
  /** told when a run fails as a whole (the store could not be read, say); the loop goes on */
  onError?: (error: unknown) => void;
}

/** A running (or runnable) sender loop. */
export interface DeliveryWorker {
  /** Starts the loop: a run at once, then one per poll interval, or sooner when woken. */
  start(): void;
  /** Asks for a run as soon as possible (an event was just enqueued); nothing when the loop is not started. */
  wake(): void;
  /**
   * One run now, after any run in progress: how tests drive the sender on an injected clock, with the loop
   * not started. Resolves with what each claimed delivery came to.
   */
  runOnce(): Promise<DeliveryReport[]>;
  /**
   * Stops the loop: no new run and no new attempt starts, the attempts in flight finish and are recorded,
   * and what was claimed but not attempted is released. Resolves once all of that is done.
   */
  stop(): Promise<void>;
  /** whether the loop runs by itself */
  readonly started: boolean;
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
  const pollMs = Math.max(0, options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS);
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const stopping = new AbortController();
  let started = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** the last run, settled or not: every run waits for it, so runs never overlap */
  let chain: Promise<unknown> = Promise.resolve();
  let looping = false;
  let woken = false;

  function run(): Promise<DeliveryReport[]> {
    const result = chain.then(() => options.engine.runDue({ limit: batchSize, signal: stopping.signal }));
    chain = result.catch(() => undefined);
    return result;
  }

  function schedule(delayMs: number): void {
    if (!started || stopping.signal.aborted) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(tick, delayMs);
    // the server's socket keeps a process alive, not the sender's timer
    timer.unref();
  }

  function tick(): void {
    timer = undefined;
    if (stopping.signal.aborted) return;
    looping = true;
    woken = false;
    run()
      .then(
        // a full batch means more may be due already
        (reports) => reports.length >= batchSize,
        (error: unknown) => {
          options.onError?.(error);
          return false;
        },
      )
      .then((more) => {
        looping = false;
        schedule(more || woken ? 0 : pollMs);
      });
  }

  return {
    start() {
      if (started || stopping.signal.aborted) return;
      started = true;
      schedule(0);
    },
    wake() {
      if (!started || stopping.signal.aborted) return;
      if (looping) woken = true;
      else schedule(0);
    },
    runOnce: run,
    async stop() {
      stopping.abort();
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await chain;
    },
    get started() {
      return started && !stopping.signal.aborted;
    },
  };
}
