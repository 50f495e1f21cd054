/**
 * The server's sender: the delivery engine over the store (its outbox), with the SSRF-guarded HTTP client and
 * the platform's signing keys. `server.ts` loads this module on the sender's first run, so that its code
 * (undici, oauth4webapi) is not read while the server starts.
 * @module
 */
import { createDeliveryEngine, type AutoDisablePolicy, type DeliveryEngine, type DeliveryLogEntry } from '../delivery/engine.js';
import { createSenderHttpClient } from '../delivery/http-client.js';
import type { RetryPolicy } from '../delivery/retry-policy.js';
import { VERSION } from '../version.js';
import type { Resolver } from './destinations.js';
import type { SigningKeys } from './signing-keys.js';
import type { SealedStore } from './sealed-store.js';

/** What the sender is built from. */
export interface SenderSettings {
  /** the store, sealed: the sender reads secrets from its claims and writes none */
  store: SealedStore;
  signingKeys: SigningKeys;
  /** the development setting: `http(s)://localhost` destinations */
  allowLocalhost: boolean;
  resolve: Resolver;
  /** loopback only, never resolving a name (the offline sandbox); what cannot go fails with `reason` */
  offline?: { reason: string };
  /** the server's clock, in milliseconds */
  now: () => number;
  random?: () => number;
  attemptTimeoutMs?: number;
  retryPolicy?: RetryPolicy;
  perWebhookConcurrency?: number;
  leaseMs?: number;
  autoDisable?: AutoDisablePolicy | false;
  log: (entry: DeliveryLogEntry) => void;
}

/** A built sender: its engine, and how to close its connections. */
export interface Sender {
  engine: DeliveryEngine;
  close(): Promise<void>;
}

/**
 * Builds the engine the server's worker runs.
 * @example
 * const { engine } = createSender({ store, signingKeys, allowLocalhost: false, resolve: systemResolver, now: Date.now, log });
 */
export function createSender(settings: SenderSettings): Sender {
  const http = createSenderHttpClient({
    allowLocalhost: settings.allowLocalhost,
    resolve: settings.resolve,
    ...(settings.offline === undefined ? {} : { offline: settings.offline }),
    userAgent: `webhooks-contract/${VERSION}`,
  });
  const { signingKeys } = settings;
  const engine = createDeliveryEngine({
    outbox: settings.store,
    http,
    now: () => new Date(settings.now()),
    signingKey: async () => {
      await signingKeys.ready;
      return signingKeys.activeSigningKey();
    },
    ...(settings.random === undefined ? {} : { random: settings.random }),
    ...(settings.attemptTimeoutMs === undefined ? {} : { attemptTimeoutMs: settings.attemptTimeoutMs }),
    ...(settings.retryPolicy === undefined ? {} : { retryPolicy: settings.retryPolicy }),
    ...(settings.perWebhookConcurrency === undefined ? {} : { perWebhookConcurrency: settings.perWebhookConcurrency }),
    ...(settings.leaseMs === undefined ? {} : { leaseMs: settings.leaseMs }),
    ...(settings.autoDisable === undefined ? {} : { autoDisable: settings.autoDisable }),
    log: settings.log,
  });
  return { engine, close: () => http.close() };
}
