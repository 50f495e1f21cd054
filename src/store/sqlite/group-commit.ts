/**
 * Group commit for the SQLite store's small writes: what the sender records in one turn of the event
 * loop (attempts that finished together, leases renewed together) is written in one transaction, each
 * write in a savepoint of its own, so that a commit's cost (the WAL frames written) is shared.
 * @module
 */

/** What runs in every group's transaction around its writes. */
export interface GroupHooks {
  /** first, on every try (a try again after a busy database starts from scratch) */
  before?: () => void;
  /** last, after every write: what the writes left to do once for the whole group; if it throws, nothing is written */
  after?: () => void;
}

interface Queued {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * A queue of writes committed together at the end of the current turn of the event loop.
 * @example
 * const group = new GroupCommit((body) => db.transaction(body).immediate());
 * const applied = await group.add(() => recordStatement.run(...).changes === 1);
 */
export class GroupCommit {
  readonly #commit: (body: () => void) => unknown;
  readonly #hooks: GroupHooks;
  #queue: Queued[] = [];
  #scheduled = false;

  /**
   * `commit` runs `body` as one transaction (and may run it again while the database is busy, or answer a
   * promise while it waits); each write given to `add` must be a savepoint when nested (a better-sqlite3
   * transaction function is), or a single statement, which SQLite undoes by itself when it fails.
   */
  constructor(commit: (body: () => void) => unknown, hooks: GroupHooks = {}) {
    this.#commit = commit;
    this.#hooks = hooks;
  }

  /** Runs `write` in the next group's transaction; resolves with its result once that transaction commits. */
  add<T>(write: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ run: write, resolve: resolve as (value: unknown) => void, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  /** Commits what is queued now (the store does before it closes); resolves once it is written or refused. */
  async flush(): Promise<void> {
    this.#scheduled = false;
    const group = this.#queue;
    this.#queue = [];
    if (group.length === 0) return;
    let results: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      await this.#commit(() => {
        // tried again from the start when the database was busy: only the last try's results count
        results = [];
        this.#hooks.before?.();
        for (const queued of group) {
          // a write that throws is rolled back to its savepoint; the others still commit
          try {
            results.push({ ok: true, value: queued.run() });
          } catch (error) {
            results.push({ ok: false, error });
          }
        }
        this.#hooks.after?.();
      });
    } catch (error) {
      // the transaction itself failed (the database is busy, full or gone): nothing of the group was written
      for (const queued of group) queued.reject(error);
      return;
    }
    group.forEach((queued, index) => {
      const result = results[index]!;
      if (result.ok) queued.resolve(result.value);
      else queued.reject(result.error);
    });
  }
}
