/**
 * How the Postgres store runs its SQL, in one place: one pool (node-postgres), a statement timeout on every
 * query (set on each connection, so the server enforces it) and a client-side bound beside it, transactions
 * retried while Postgres reports a serialization failure or deadlock, and Postgres's errors turned into the
 * store-neutral `StoreError`s (busy, full, unavailable, conflict). The pool drops a broken connection and
 * opens a new one on the next query, so the store reconnects by itself once the database is back.
 * @module
 */
import type pg from 'pg';
import { StoreError, type StoreFault } from '../errors.js';
import { retryWhileBusy } from '../retry.js';

/** What to install when pg, an optional peer dependency, is missing. */
export const PG_INSTALL_HINT = 'npm install pg@8';

/** How to connect. */
export interface PostgresRunnerOptions {
  /** `postgres://user:password@host:port/database` */
  url: string;
  /** the longest any statement runs before Postgres cancels it (a 503); default 5 s */
  statementTimeoutMs?: number;
  /** the longest to wait for a connection (opening one, or a free one of the pool); default 5 s */
  connectTimeoutMs?: number;
  /** connections at most; default 10 */
  maxConnections?: number;
}

/** A statement's parameters. */
export type Values = readonly unknown[];
/** A row as node-postgres hands it over (bigint columns already numbers, see `TYPES`). */
export type Row = Record<string, unknown>;

/** What runs inside a transaction: queries on its one connection. */
export interface Transaction {
  query<R extends Row = Row>(text: string, values?: Values): Promise<R[]>;
}

/** Postgres's SQLSTATE codes the store answers as faults, by class or by code. */
function postgresFault(error: unknown): StoreFault | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  // a statement or lock time-out, a serialization failure or deadlock (after its retries), too many clients
  if (code === '57014' || code === '55P03' || code === '40001' || code === '40P01' || code === '53300') return 'busy';
  if (code === '53100') return 'full';
  if (code === '23505') return 'conflict';
  // the server shutting down or starting, a connection lost, refused or timed out, read-only, out of memory
  if (/^(08|57P0|53200|25006|3D000|28)/.test(code) || ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH'].includes(code)) return 'unavailable';
  return undefined;
}

/** node-postgres's own errors for a lost or unobtainable connection carry no code, only these words. */
const CONNECTION_LOST = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Query read timeout|connection timeout|Cannot use a pool after calling end/i;

/** What each fault means, for the log; Postgres's code and message follow it. */
const FAULT_WORDS: Record<StoreFault, string> = {
  busy: 'the database did not answer in time (a statement time-out, a lock held elsewhere, or too many connections)',
  full: 'the database is full (no space left on its disk)',
  unavailable: 'the database cannot be reached or is not accepting writes',
  gone: 'the database was removed',
  conflict: 'the write collided with another writer',
};

/** A Postgres (or connection) error as the store-neutral `StoreError`; other errors as they are. */
export function toStoreError(error: unknown): unknown {
  if (error instanceof StoreError) return error;
  const message = (error as Error | null)?.message ?? String(error);
  const fault = postgresFault(error) ?? (CONNECTION_LOST.test(message) ? 'unavailable' : undefined);
  if (fault === undefined) return error;
  const code = (error as { code?: unknown }).code;
  return new StoreError(fault, `${FAULT_WORDS[fault]} (${typeof code === 'string' ? `${code}: ` : ''}${message})`, { cause: error });
}

/** A serialization failure or deadlock: the transaction did nothing, and running it again is safe. */
const isRetryable = (error: unknown) => ['40001', '40P01'].includes((error as { code?: unknown } | null)?.code as string);

/** int8 (counts, sequences, milliseconds) as numbers: every one here stays below 2^53. */
const INT8_OID = 20;

/**
 * The pool and how every statement runs.
 * @example
 * const runner = new PostgresRunner(pg, { url: process.env.DATABASE_URL! });
 * const rows = await runner.query('SELECT 1 AS one');
 */
/** The names of the statements prepared so far, by their text (a bounded set: the store's statements are fixed texts). */
const PREPARED = new Map<string, string>();
/** Past this many distinct texts, statements run unnamed (parsed and planned each time) instead of being remembered. */
const MAX_PREPARED = 500;

/**
 * A statement with parameters as a named prepared statement: each connection parses it once and Postgres
 * may keep its plan, instead of parsing and planning every execution (most of a short statement's CPU). One
 * without parameters runs as a simple query, which may hold several commands (the migrations).
 */
function statementOf(text: string, values: Values): pg.QueryConfig {
  if (values.length === 0) return { text };
  let name = PREPARED.get(text);
  if (name === undefined && PREPARED.size < MAX_PREPARED) {
    name = `wc_${PREPARED.size + 1}`;
    PREPARED.set(text, name);
  }
  return name === undefined ? { text, values: values as unknown[] } : { name, text, values: values as unknown[] };
}

export class PostgresRunner {
  readonly pool: pg.Pool;
  readonly statementTimeoutMs: number;
  readonly #driver: typeof pg;
  readonly #url: string;

  constructor(driver: typeof pg, options: PostgresRunnerOptions) {
    this.#driver = driver;
    this.#url = options.url;
    this.statementTimeoutMs = Math.max(1, Math.round(options.statementTimeoutMs ?? 5_000));
    const types = {
      getTypeParser: (oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? (value: string) => Number(value) : (driver.types.getTypeParser as (oid: number, format?: string) => unknown)(oid, format),
    };
    this.pool = new driver.Pool({
      connectionString: options.url,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
      // the server cancels a statement past it; the client gives up a little later (a server that went silent)
      statement_timeout: this.statementTimeoutMs,
      lock_timeout: this.statementTimeoutMs,
      query_timeout: this.statementTimeoutMs + 1_000,
      idle_in_transaction_session_timeout: this.statementTimeoutMs * 2,
      idleTimeoutMillis: 30_000,
      application_name: 'webhooks-contract',
      types: types as never,
    });
    // an idle connection broken by a restart of the server: the pool drops it, the next query opens another
    this.pool.on('error', () => undefined);
  }

  /** Runs one statement (its own transaction). */
  async query<R extends Row = Row>(text: string, values: Values = []): Promise<R[]> {
    try {
      return (await this.pool.query<R>(statementOf(text, values))).rows;
    } catch (error) {
      throw toStoreError(error);
    }
  }

  /**
   * Runs `body` in one transaction on one connection: committed when it resolves, rolled back when it
   * rejects; run again (with a bounded, jittered wait) after a serialization failure or a deadlock.
   * `queryTimeoutMs` replaces the client's own bound on each statement (a migration, which sets its own
   * statement time-out).
   */
  async transaction<T>(body: (tx: Transaction) => Promise<T>, options: { queryTimeoutMs?: number } = {}): Promise<T> {
    try {
      return await retryWhileBusy(() => this.#once(body, options.queryTimeoutMs), isRetryable, { timeoutMs: this.statementTimeoutMs });
    } catch (error) {
      throw toStoreError(error);
    }
  }

  async #once<T>(body: (tx: Transaction) => Promise<T>, queryTimeoutMs: number | undefined): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const query = async <R extends Row>(text: string, values: Values = []) =>
        (await client.query<R>(queryTimeoutMs === undefined ? statementOf(text, values) : ({ ...statementOf(text, values), query_timeout: queryTimeoutMs } as pg.QueryConfig))).rows;
      const result = await body({ query });
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch {
        // the connection is gone: it leaves the pool below
        broken = error as Error;
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }

  /**
   * Listens on `channel` on a connection of its own, calling `onNotify` for each notification; the
   * connection is opened again (every `retryMs`) after it breaks. Resolves with how to stop listening.
   */
  async listen(channel: string, onNotify: () => void, retryMs = 1_000): Promise<() => Promise<void>> {
    let stopped = false;
    let client: pg.Client | undefined;
    let timer: NodeJS.Timeout | undefined;
    const connect = async () => {
      if (stopped) return;
      const next = new this.#driver.Client({ connectionString: this.#url, connectionTimeoutMillis: 5_000 });
      next.on('notification', () => onNotify());
      next.on('error', () => {
        // the server went away: listen again once it is back, and wake the sender meanwhile (it polls anyway)
        next.end().catch(() => undefined);
        if (client === next) client = undefined;
        schedule();
      });
      try {
        await next.connect();
        await next.query(`LISTEN ${channel}`);
        if (stopped) {
          await next.end();
          return;
        }
        client = next;
        // what was enqueued while no one listened is found by the poll; a wake-up now finds it sooner
        onNotify();
      } catch {
        next.end().catch(() => undefined);
        schedule();
      }
    };
    const schedule = () => {
      if (stopped || timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        void connect();
      }, retryMs);
      timer.unref();
    };
    await connect();
    return async () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await client?.end().catch(() => undefined);
    };
  }

  /** Closes every connection; later queries fail. */
  async close(): Promise<void> {
    await this.pool.end();
  }
}
