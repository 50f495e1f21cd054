/**
 * The sandbox's accounts, one per bearer token, kept within a bound: each is seeded on its first request,
 * and forgotten (its webhooks, deliveries and keys removed from the store) once it has been idle for the
 * idle time, or when more accounts than the cap are in use (the least recently used goes first). A
 * forgotten token that comes back starts again from the seed. So memory stays flat however many tokens
 * are sent: that of the cap's worth of accounts.
 * @module
 */
import { seedSandboxAccount } from './sandbox-seed.js';
import type { Store } from '../store/contract.js';

/** Accounts kept at most unless configured otherwise. */
export const DEFAULT_SANDBOX_MAX_ACCOUNTS = 1_000;
/** How long an account may go unused before it is forgotten, unless configured otherwise (ms). */
export const DEFAULT_SANDBOX_ACCOUNT_IDLE_MS = 24 * 60 * 60 * 1000;
/** How often idle accounts are looked for, besides on every request (ms). */
const SWEEP_EVERY_MS = 60_000;

/** How the accounts are kept. */
export interface SandboxAccountsOptions {
  store: Store;
  /** seed each new account with the spec's examples */
  seed: boolean;
  /** milliseconds since the epoch */
  now: () => number;
  maxAccounts?: number;
  idleMs?: number;
  /** told when a forgotten account's data could not be removed */
  onError?: (error: unknown) => void;
}

/** The accounts in use. */
export interface SandboxAccounts {
  /** Marks an account used now (seeding it on first use); resolves once it is ready for its request. */
  use(accountId: string): Promise<void>;
  /** how many accounts are kept now */
  readonly size: number;
  /** Stops the sweep; resolves once every removal under way is done. */
  close(): Promise<void>;
}

/**
 * Keeps the sandbox's accounts, least recently used first.
 * @example
 * const accounts = sandboxAccounts({ store, seed: true, now: Date.now });
 * await accounts.use('sandbox_2bd806c97f0e00af');
 */
export function sandboxAccounts(options: SandboxAccountsOptions): SandboxAccounts {
  const maxAccounts = Math.max(1, options.maxAccounts ?? DEFAULT_SANDBOX_MAX_ACCOUNTS);
  const idleMs = Math.max(1, options.idleMs ?? DEFAULT_SANDBOX_ACCOUNT_IDLE_MS);
  /** in the order last used, oldest first (a Map keeps insertion order; a use moves the account to the end) */
  const accounts = new Map<string, { usedAt: number; ready: Promise<void> }>();
  /** removals under way: an account that comes back meanwhile is seeded only after its removal */
  const forgetting = new Map<string, Promise<void>>();

  const forget = (accountId: string, ready: Promise<void>) => {
    accounts.delete(accountId);
    const removal = ready
      .catch(() => undefined)
      .then(() => options.store.forgetAccount(accountId))
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        if (forgetting.get(accountId) === removal) forgetting.delete(accountId);
      });
    forgetting.set(accountId, removal);
  };
  const sweep = (now: number) => {
    for (const [accountId, entry] of accounts) {
      if (accounts.size <= maxAccounts && now - entry.usedAt < idleMs) break;
      forget(accountId, entry.ready);
    }
  };
  const timer = setInterval(() => sweep(options.now()), SWEEP_EVERY_MS);
  timer.unref();

  return {
    use(accountId) {
      const now = options.now();
      let entry = accounts.get(accountId);
      if (entry) {
        accounts.delete(accountId);
        entry.usedAt = now;
      } else {
        const pending = forgetting.get(accountId) ?? Promise.resolve();
        const ready = options.seed ? pending.then(() => seedSandboxAccount(options.store, accountId, now)) : pending;
        entry = { usedAt: now, ready };
      }
      accounts.set(accountId, entry);
      sweep(now);
      return entry.ready;
    },
    get size() {
      return accounts.size;
    },
    async close() {
      clearInterval(timer);
      await Promise.all(forgetting.values());
    },
  };
}
