/**
 * The platform's `private_key_jwt` signing keys: created with `jose` on first start, kept sealed in the
 * store, published (public members only) at `/.well-known/jwks.json`, and rotated by publishing the new key
 * before it signs and keeping the old one listed after it stops. The sender asks `activeSigningKey()` for the
 * key to sign a client assertion with.
 * @module
 */
import type { components } from '../../generated/openapi.js';
import { SigningKeyError } from './errors.js';
import type { Store, StoredSigningKey } from '../store/contract.js';

/** The algorithms the spec's `JsonWebKey` allows. */
export type SigningAlgorithm = StoredSigningKey['alg'];
export const SIGNING_ALGORITHMS: readonly SigningAlgorithm[] = ['RS256', 'PS256', 'ES256', 'EdDSA'];
/** What most identity providers accept for `private_key_jwt`. */
export const DEFAULT_SIGNING_ALGORITHM: SigningAlgorithm = 'RS256';

/** A rotation publishes the new key this long before it signs, so that providers caching the JWKS see it first (ms). */
export const DEFAULT_PUBLISH_AHEAD_MS = 60 * 60 * 1000;
/** A replaced key stays published this long after it stopped signing (ms): assertions live 5 minutes, caches longer. */
export const DEFAULT_RETAIN_MS = 24 * 60 * 60 * 1000;
/** How often a running server reads the keys again, to see a rotation made by another process (ms). */
export const SIGNING_KEYS_REFRESH_MS = 60 * 1000;
/** The JWKS holds at most this many keys (the spec's `maxItems`). */
const MAX_PUBLISHED_KEYS = 10;

type JsonWebKeySet = components['schemas']['JsonWebKeySet'];
type JsonWebKey = components['schemas']['JsonWebKey'];

/** The key to sign a client assertion with. */
export interface SigningKey {
  kid: string;
  alg: SigningAlgorithm;
  /** usable with jose's `SignJWT#sign` */
  privateKey: CryptoKey;
}

/** How a rotation goes. */
export interface RotationOptions {
  /** the new key's algorithm; defaults to the current key's */
  algorithm?: SigningAlgorithm;
  /** when the rotation happens; defaults to now */
  now?: number;
  /** how long the new key is published before it signs; default 1 hour */
  publishAheadMs?: number;
  /** how long the old key stays published after the new one took over; default 24 hours */
  retainMs?: number;
}

/** The JWK members each key type publishes: nothing private can pass (the spec's `JsonWebKey` is closed). */
const PUBLIC_MEMBERS: Record<string, readonly string[]> = { RSA: ['n', 'e'], EC: ['crv', 'x', 'y'], OKP: ['crv', 'x'] };

/**
 * Makes a key pair with `jose` and describes it for the store: its id is the RFC 7638 thumbprint.
 * @example
 * const key = await createSigningKey('ES256', Date.now());
 */
export async function createSigningKey(algorithm: SigningAlgorithm, now: number, activatesAt = now): Promise<StoredSigningKey> {
  if (!SIGNING_ALGORITHMS.includes(algorithm)) {
    throw new SigningKeyError(`the signing key algorithm must be one of ${SIGNING_ALGORITHMS.join(', ')}; got "${String(algorithm)}"`);
  }
  const jose = await import('jose');
  const { publicKey, privateKey } = await jose.generateKeyPair(algorithm, {
    extractable: true,
    ...(algorithm === 'RS256' || algorithm === 'PS256' ? { modulusLength: 2048 } : {}),
    ...(algorithm === 'EdDSA' ? { crv: 'Ed25519' } : {}),
  });
  const exported = (await jose.exportJWK(publicKey)) as Record<string, string>;
  const kty = exported.kty!;
  const members: Record<string, string> = { kty };
  for (const name of PUBLIC_MEMBERS[kty] ?? []) if (typeof exported[name] === 'string') members[name] = exported[name];
  const kid = await jose.calculateJwkThumbprint(members as never);
  return {
    kid,
    alg: algorithm,
    publicJwk: { ...members, kid, use: 'sig', alg: algorithm },
    privateKeyPem: await jose.exportPKCS8(privateKey),
    createdAt: now,
    activatesAt,
    retiresAt: null,
  };
}

/**
 * Rotates the platform's signing key in `store`: the new key is published now and signs from
 * `now + publishAheadMs`; every current key stays published until `retainMs` after that.
 * @example
 * const { kid, activatesAt } = await rotateSigningKey(store, { algorithm: 'ES256' });
 */
export async function rotateSigningKey(store: Store, options: RotationOptions = {}): Promise<StoredSigningKey> {
  const now = options.now ?? Date.now();
  const publishAhead = options.publishAheadMs ?? DEFAULT_PUBLISH_AHEAD_MS;
  const retain = options.retainMs ?? DEFAULT_RETAIN_MS;
  if (!(publishAhead >= 0) || !(retain >= 0)) throw new SigningKeyError('publishAheadMs and retainMs must be zero or more');
  const existing = await store.listSigningKeys();
  const current = activeOf(existing, now);
  const algorithm = options.algorithm ?? current?.alg ?? DEFAULT_SIGNING_ALGORITHM;
  const published = existing.filter((key) => key.retiresAt === null || key.retiresAt > now);
  if (published.length >= MAX_PUBLISHED_KEYS) {
    throw new SigningKeyError(`${published.length} signing keys are still published; wait until older ones retire before rotating again`);
  }
  const key = await createSigningKey(algorithm, now, now + publishAhead);
  await store.addSigningKey(key, now + publishAhead + retain);
  return key;
}

/** The newest key that signs at `now`: activated, and not retired. */
function activeOf<K extends StoredSigningKey>(keys: readonly K[], now: number): K | undefined {
  return keys
    .filter((key) => key.activatesAt <= now && (key.retiresAt === null || key.retiresAt > now))
    .sort((a, b) => b.activatesAt - a.activatesAt || b.createdAt - a.createdAt)[0];
}

/** The signing keys of a running server. */
export interface SigningKeys {
  /** settles once a key can sign (on first start, once it is made); rejects if that failed */
  readonly ready: Promise<void>;
  /** The key to sign with now; throws SigningKeyError before `ready`. */
  activeSigningKey(): SigningKey;
  /** The published keys (public members only), newest first; waits for `ready`. */
  jwks(): Promise<JsonWebKeySet>;
  /** Reads the keys from the store again (a rotation by another process). */
  refresh(): Promise<void>;
  /** Stops the periodic refresh. */
  close(): void;
}

/**
 * Loads the signing keys from `store`, making the first one when there is none. Nothing here blocks
 * start-up: the key pair is made (and jose loaded) in the background, and `ready` says when it is done.
 * @example
 * const keys = openSigningKeys(store, { algorithm: 'RS256' });
 * await keys.ready;
 * const { kid, alg, privateKey } = keys.activeSigningKey();
 */
export function openSigningKeys(store: Store, options: { algorithm?: SigningAlgorithm; now?: () => number; refreshMs?: number } = {}): SigningKeys {
  const now = options.now ?? Date.now;
  let stored: StoredSigningKey[] = [];
  const imported = new Map<string, CryptoKey>();
  let failure: unknown;

  async function load(): Promise<void> {
    let keys = await store.listSigningKeys();
    if (keys.length === 0) {
      const key = await createSigningKey(options.algorithm ?? DEFAULT_SIGNING_ALGORITHM, now());
      // another process starting on the same new database may have made one first: then its key is the key
      await store.addFirstSigningKey(key);
      keys = await store.listSigningKeys();
    }
    const missing = keys.filter((key) => !imported.has(key.kid));
    if (missing.length > 0) {
      const jose = await import('jose');
      for (const key of missing) imported.set(key.kid, (await jose.importPKCS8(key.privateKeyPem, key.alg)) as CryptoKey);
    }
    stored = keys;
  }

  const ready = load();
  ready.catch((error: unknown) => {
    failure = error;
  });
  const timer = setInterval(() => {
    load().catch(() => {
      // keep serving the keys already loaded; the next refresh tries again
    });
  }, options.refreshMs ?? SIGNING_KEYS_REFRESH_MS);
  timer.unref();

  return {
    ready,
    activeSigningKey() {
      if (failure !== undefined) throw new SigningKeyError('the signing keys could not be loaded', { cause: failure });
      const key = activeOf(stored, now());
      const privateKey = key && imported.get(key.kid);
      if (!key || !privateKey) throw new SigningKeyError('no signing key is ready yet: await signingKeys.ready first');
      return { kid: key.kid, alg: key.alg, privateKey };
    },
    async jwks() {
      await ready;
      const at = now();
      const keys = stored
        .filter((key) => key.retiresAt === null || key.retiresAt > at)
        .slice(0, MAX_PUBLISHED_KEYS)
        .map((key) => key.publicJwk as unknown as JsonWebKey);
      return { keys };
    },
    refresh: load,
    close() {
      clearInterval(timer);
    },
  };
}
