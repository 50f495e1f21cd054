/**
 * Access tokens cached per webhook, in memory only: each is kept for the shorter of the identity
 * provider's `expires_in` and the webhook's `oidc_access_token_ttl_seconds`, less a margin, and concurrent
 * deliveries to one webhook share a single token request.
 * @module
 */
import { createHash } from 'node:crypto';
import type { OidcSettings, TokenResult } from './access-token.js';

/** How long before its computed end a token is replaced: never send one that may expire in flight. */
export const TOKEN_REFRESH_MARGIN_S = 30; // seconds; at most a quarter of the token's lifetime
/** Past this many entries, expired ones are swept on the next store (then not before twice as many). */
const SWEEP_ABOVE = 1_000;
/** The most tokens kept: past it, the ones stored longest ago go first (a new request fetches them again). */
const MAX_ENTRIES = 10_000;

/** A token from the cache, and whether it was cached (a 401 then warrants one fresh request). */
export type CachedTokenResult = TokenResult & { fromCache: boolean };

interface Entry {
  fingerprint: string;
  accessToken: string;
  /** ms since the epoch, on the cache's clock */
  refreshAt: number;
}

/**
 * The token cache of one sender process.
 * @example
 * const tokens = new AccessTokenCache();
 * const token = await tokens.get(webhook.id, settings, now, () => requestAccessToken(settings, { fetch }));
 */
export class AccessTokenCache {
  readonly #entries = new Map<string, Entry>();
  readonly #inFlight = new Map<string, { fingerprint: string; promise: Promise<TokenResult> }>();
  #sweepAbove = SWEEP_ABOVE;

  /**
   * The webhook's token: the cached one while it is fresh and the settings are unchanged, otherwise the
   * result of `request` (shared with any concurrent caller for the same webhook and settings).
   */
  async get(webhookId: string, settings: OidcSettings, now: Date, request: () => Promise<TokenResult>): Promise<CachedTokenResult> {
    const fingerprint = fingerprintOf(settings);
    const entry = this.#entries.get(webhookId);
    if (entry !== undefined && entry.fingerprint === fingerprint && now.getTime() < entry.refreshAt) {
      return { ok: true, accessToken: entry.accessToken, expiresInSeconds: Math.floor((entry.refreshAt - now.getTime()) / 1000), fromCache: true };
    }
    const pending = this.#inFlight.get(webhookId);
    if (pending !== undefined && pending.fingerprint === fingerprint) return { ...(await pending.promise), fromCache: false };

    const requestedAt = now.getTime();
    const promise = request().then((result) => {
      if (result.ok) this.#store(webhookId, fingerprint, result, requestedAt, settings.accessTokenTtlSeconds);
      return result;
    });
    this.#inFlight.set(webhookId, { fingerprint, promise });
    try {
      return { ...(await promise), fromCache: false };
    } finally {
      if (this.#inFlight.get(webhookId)?.promise === promise) this.#inFlight.delete(webhookId);
    }
  }

  /**
   * Forgets the webhook's token, if it is still `accessToken` (the one a receiver just refused); a token
   * another delivery fetched meanwhile is kept.
   */
  invalidate(webhookId: string, accessToken?: string): void {
    const entry = this.#entries.get(webhookId);
    if (entry !== undefined && (accessToken === undefined || entry.accessToken === accessToken)) this.#entries.delete(webhookId);
  }

  /** How many webhooks have a token cached (for tests and metrics). */
  get size(): number {
    return this.#entries.size;
  }

  #store(webhookId: string, fingerprint: string, result: Extract<TokenResult, { ok: true }>, requestedAt: number, ttlSeconds: number): void {
    const lifetimeS = Math.min(result.expiresInSeconds ?? ttlSeconds, ttlSeconds);
    // a token that lives no time (expires_in: 0) is used for this delivery only
    if (!(lifetimeS > 0)) return;
    const marginS = Math.min(TOKEN_REFRESH_MARGIN_S, lifetimeS / 4);
    if (this.#entries.size > this.#sweepAbove) {
      for (const [id, entry] of this.#entries) if (entry.refreshAt <= requestedAt) this.#entries.delete(id);
      this.#sweepAbove = Math.max(SWEEP_ABOVE, this.#entries.size * 2);
    }
    // stored anew at the end, so that the first entries are the ones stored longest ago
    this.#entries.delete(webhookId);
    this.#entries.set(webhookId, { fingerprint, accessToken: result.accessToken, refreshAt: requestedAt + (lifetimeS - marginS) * 1000 });
    while (this.#entries.size > MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
  }
}

/** What identifies a webhook's token settings; a change (a new client secret, another scope) means a new token. */
function fingerprintOf(settings: OidcSettings): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        settings.authMethod,
        settings.clientId,
        settings.clientSecret ?? null,
        settings.tokenEndpoint,
        settings.scope ?? null,
        settings.resourceUri ?? null,
        settings.accessTokenTtlSeconds,
      ]),
    )
    .digest('base64url');
}
