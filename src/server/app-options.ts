/**
 * What the reference server's Fastify application is made of (`createApp`'s options), and the operations
 * outside the contract it may serve besides (the sandbox's trigger).
 * @module
 */
import type { SpecRoute } from '../spec/routes.js';
import type { HttpTimeouts } from '../http/timeouts.js';
import type { ValidationIssue } from '../validation/messages.js';
import type { CreateLimits, Store } from '../store/contract.js';
import type { Authenticator } from './auth.js';
import type { CorsPolicy } from './cors.js';
import type { DestinationGuard } from './destinations.js';
import type { StoreError } from './errors.js';
import type { LogOptions } from './logging.js';
import type { OperationHandler } from './operations.js';
import type { RateLimitOptions } from './rate-limit.js';
import type { SigningKeys } from './signing-keys.js';

/** What the application is made of; `buildServer` and `buildSandbox` assemble it. */
export interface AppOptions {
  store: Store;
  authenticate: Authenticator;
  /** who may call the platform's operations (`security: platformKey`, publishing events); nobody without it */
  authenticatePlatform?: Authenticator;
  signingKeys: SigningKeys;
  guard: DestinationGuard;
  /** keys the digests of idempotent request bodies */
  fingerprintKey: Buffer;
  /** answer browsers from the origins this policy allows, and refuse every other origin (the sandbox) */
  cors?: CorsPolicy;
  /** called (and awaited) with each authenticated account before its request runs: the sandbox seeds it */
  onAccount?: (accountId: string) => Promise<void>;
  /** limits requests per API key; none without it (`buildServer` and `buildSandbox` set one by default) */
  rateLimit?: RateLimitOptions;
  /** what a create must stay within (the per-account webhook limit) */
  limits?: CreateLimits;
  /** told when a request scheduled deliveries (a published event), so that the sender starts them now */
  onScheduled?: () => void;
  /** told of every store fault a request met, after it is answered (a lost database stops the server) */
  onStoreFault?: (error: StoreError) => void;
  /** slow-client time-outs of the HTTP server */
  timeouts?: HttpTimeouts;
  log?: LogOptions | false;
  /** milliseconds since the epoch */
  now?: () => number;
  /** the operations to serve; the bundled spec's by default */
  routes?: SpecRoute[];
  /** operations outside the contract (the sandbox's trigger), served with the same checks and problems */
  extraRoutes?: readonly ExtraRoute[];
  /** runs when the application closes, after the last request */
  onClose?: () => Promise<void>;
}

/**
 * An operation that is not in the contract, such as the sandbox's trigger: authenticated, rate-limited,
 * its body read and parsed as the contract's are, then checked by `checkBody` (without one, it takes none).
 */
export interface ExtraRoute {
  /** its method and path, built like the spec's routes; `parameters` may be empty */
  route: SpecRoute;
  checkBody?: (value: unknown) => { ok: true; value: unknown } | { ok: false; errors: ValidationIssue[] };
  handler: OperationHandler;
}
