/**
 * Keeps the mock's Prism running: when its process ends unexpectedly, a new one starts on a new port
 * while requests wait for it; when it keeps ending (more than `maxRestarts` times a minute) or cannot
 * start again, the supervisor gives up and says so, so that the front layer answers 503 with the reason
 * and the command stops with it, never a 502 forever.
 * @module
 */
import { findFreePort } from './listen.js';
import { MockStartError, type RunningPrism } from './prism.js';
import type { PrismTarget } from './exchange.js';

/** How many restarts a minute the mock allows Prism before it gives up, unless told otherwise. */
export const DEFAULT_MAX_PRISM_RESTARTS = 3;
const RESTART_WINDOW_MS = 60_000;
/** how long a failed connection waits to see whether Prism's process ended (the exit is noticed after the reset) */
const EXIT_GRACE_MS = 1_000;

/** Prism's process ended while the mock was running. */
export interface PrismExit {
  /** its exit code; `null` when a signal ended it */
  code: number | null;
  signal?: NodeJS.Signals;
  /** whether the mock starts a new Prism (false: it gave up) */
  restarting: boolean;
}

/** What the supervisor tells its owner. */
export interface SupervisorEvents {
  /** Prism's process ended unexpectedly */
  onExit?: (exit: PrismExit) => void;
  /** a new Prism answers again */
  onRestarted?: (prism: RunningPrism) => void;
}

/**
 * Starts Prism through `launch` (given a free port) and restarts it when it dies.
 * @example
 * const supervisor = new PrismSupervisor((port) => startPrism({ mode: 'mock', port }));
 * await supervisor.start();
 * createFrontServer({ prism: supervisor });
 */
export class PrismSupervisor implements PrismTarget {
  #launch: (port: number) => Promise<RunningPrism>;
  #maxRestarts: number;
  #events: SupervisorEvents;
  #current: RunningPrism | undefined;
  #starting: Promise<RunningPrism> | undefined;
  #failure: MockStartError | undefined;
  #restarts: number[] = [];
  #stopping = false;
  #resolveFailed!: (error: MockStartError) => void;
  /** settles, with the reason, when the supervisor gives up on Prism; never settles otherwise */
  readonly failed: Promise<MockStartError>;

  constructor(launch: (port: number) => Promise<RunningPrism>, options: { maxRestarts?: number } & SupervisorEvents = {}) {
    this.#launch = launch;
    this.#maxRestarts = options.maxRestarts ?? DEFAULT_MAX_PRISM_RESTARTS;
    this.#events = options;
    this.failed = new Promise((resolve) => (this.#resolveFailed = resolve));
  }

  /** The Prism that runs now (the last one, once the supervisor gave up); undefined before the first start. */
  get current(): RunningPrism | undefined {
    return this.#current;
  }

  /** Starts the first Prism; rejects with its error (nothing is restarted before one has answered). */
  async start(): Promise<RunningPrism> {
    const starting = this.#launchOnFreePort();
    // requests that arrive meanwhile wait for it
    this.#starting = starting;
    try {
      const prism = await starting;
      this.#adopt(prism);
      return prism;
    } catch (error) {
      this.#failure = error instanceof MockStartError ? error : new MockStartError(String(error), { cause: error });
      throw error;
    } finally {
      this.#starting = undefined;
    }
  }

  /** {@inheritDoc PrismTarget.url} */
  async url(): Promise<string> {
    if (this.#failure) throw this.#failure;
    if (this.#starting) return (await this.#starting).url;
    if (this.#current) return this.#current.url;
    throw new MockStartError('Prism has not been started');
  }

  /** {@inheritDoc PrismTarget.recover} */
  async recover(failedUrl: string): Promise<string> {
    if (this.#failure) throw this.#failure;
    const current = this.#current;
    if (current === undefined || current.url !== failedUrl || this.#starting) return this.url();
    // a reset connection usually means the process is ending: wait a moment for its exit to be noticed
    const ended = await Promise.race([current.exited.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), EXIT_GRACE_MS).unref())]);
    // still running: the failure was the connection's (a keep-alive race), so try the same Prism again
    return ended ? this.url() : failedUrl;
  }

  /** Stops Prism for good; no restart follows. */
  async stop(): Promise<void> {
    this.#stopping = true;
    const starting = this.#starting;
    await this.#current?.stop();
    if (starting) await starting.then((prism) => prism.stop(), () => undefined);
  }

  #launchOnFreePort(): Promise<RunningPrism> {
    return findFreePort().then((port) => this.#launch(port));
  }

  #adopt(prism: RunningPrism): void {
    this.#current = prism;
    void prism.exited.then((code) => this.#onExit(prism, code));
  }

  #onExit(prism: RunningPrism, code: number | null): void {
    if (this.#stopping || prism !== this.#current) return;
    const now = Date.now();
    this.#restarts = this.#restarts.filter((at) => now - at < RESTART_WINDOW_MS);
    const restarting = this.#restarts.length < this.#maxRestarts;
    this.#events.onExit?.({ code, ...(prism.exitSignal ? { signal: prism.exitSignal } : {}), restarting });
    const how = prism.exitSignal ? `was ended by ${prism.exitSignal}` : `exited with code ${code}`;
    if (!restarting) {
      this.#giveUp(
        new MockStartError(
          `Prism ${how}, its ${this.#restarts.length + 1}${ordinal(this.#restarts.length + 1)} end within a minute; the mock stopped restarting it. Restart the mock.`,
        ),
      );
      return;
    }
    this.#restarts.push(now);
    const starting = this.#launchOnFreePort();
    this.#starting = starting;
    starting.then(
      (next) => {
        this.#starting = undefined;
        if (this.#stopping) {
          void next.stop();
          return;
        }
        this.#adopt(next);
        this.#events.onRestarted?.(next);
      },
      (error: unknown) => {
        this.#starting = undefined;
        const reason = error instanceof Error ? error.message : String(error);
        this.#giveUp(new MockStartError(`Prism ${how}, and a new Prism did not start: ${reason}`, { cause: error }));
      },
    );
  }

  #giveUp(error: MockStartError): void {
    this.#failure = error;
    this.#resolveFailed(error);
  }
}

function ordinal(n: number): string {
  return n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th';
}
