/**
 * Time-outs for many requests with one timer: each request gets a `Deadline`, a minimal abort signal that
 * undici's `request` and `body.dump` accept, and one timer armed for the earliest deadline aborts what is
 * past due. `AbortSignal.timeout` costs a timer and a weak reference per request, about a third of the
 * sender's own CPU time per delivery to a fast receiver; this costs an object and a set entry.
 * @module
 */

/** An abort signal that fires at a deadline (or never, when its request ends first). */
export class Deadline {
  aborted = false;
  reason: unknown = undefined;
  /** when it fires (`Date.now()` milliseconds) */
  readonly at: number;
  #listeners: (() => void)[] | undefined;

  constructor(at: number) {
    this.at = at;
  }

  addEventListener(_type: 'abort', listener: () => void): void {
    (this.#listeners ??= []).push(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const index = this.#listeners?.indexOf(listener) ?? -1;
    if (index !== -1) this.#listeners!.splice(index, 1);
  }

  /** Aborts with `reason`: each listener is told once. */
  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const listeners = this.#listeners;
    this.#listeners = undefined;
    listeners?.forEach((listener) => listener());
  }
}

/**
 * The deadlines of the requests in flight, and the one timer that ends them.
 * @example
 * const deadline = deadlines.start(10_000);
 * try { await request(url, { signal: deadline }) } finally { deadlines.end(deadline) }
 */
export class Deadlines {
  readonly #pending = new Set<Deadline>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** when the armed timer fires */
  #armedAt = Number.POSITIVE_INFINITY;

  /** A deadline `timeoutMs` from now, aborted with a `TimeoutError` then unless ended before. */
  start(timeoutMs: number): Deadline {
    const deadline = new Deadline(Date.now() + timeoutMs);
    this.#pending.add(deadline);
    if (deadline.at < this.#armedAt) this.#arm(deadline.at);
    return deadline;
  }

  /** The request is over: its deadline no longer fires. */
  end(deadline: Deadline): void {
    this.#pending.delete(deadline);
    if (this.#pending.size === 0 && this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#armedAt = Number.POSITIVE_INFINITY;
    }
  }

  #arm(at: number): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#armedAt = at;
    this.#timer = setTimeout(() => this.#fire(), Math.max(0, at - Date.now()));
    // a request's socket keeps the process alive, not its time-out
    this.#timer.unref();
  }

  /** Aborts every deadline past due, then arms the timer for the earliest one left. */
  #fire(): void {
    this.#timer = undefined;
    this.#armedAt = Number.POSITIVE_INFINITY;
    const now = Date.now();
    let earliest = Number.POSITIVE_INFINITY;
    for (const deadline of this.#pending) {
      if (deadline.at <= now) {
        this.#pending.delete(deadline);
        deadline.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
      } else if (deadline.at < earliest) earliest = deadline.at;
    }
    if (earliest !== Number.POSITIVE_INFINITY) this.#arm(earliest);
  }
}
