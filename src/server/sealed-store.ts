/**
 * Sealing above the store: `sealStore` wraps any store so that every secret is sealed with the server's
 * SecretsBox before it reaches the store (a webhook's `secret` and `oidc_client_secret`, an idempotent
 * answer's body, a signing key's private key, a server secret) and opened on the way out. A store keeps
 * sealed strings only and holds no key. Checking SECRETS_KEY at start and re-sealing under a new one are one
 * piece of code here, over the store-neutral `sealedValues` / `replaceSealed`. The sender's disabling of a
 * webhook gets its new representation rendered here too (`webhookRepresentation`): a store never renders.
 * @module
 */
import { SEALED_KINDS, type ClaimedDelivery, type SealedChange, type SealedRef, type SenderWebhook, type Store, type StoredWebhook, type WebhookConfig } from '../store/contract.js';
import { SecretsBox } from './secrets-box.js';
import { webhookRepresentation } from './views.js';

/**
 * The context a sealed value is bound to, so that a value moved to another row or field does not open.
 * @example
 * sealingContext({ kind: 'webhook', accountId: 'acme', id, field: 'secret' }) // 'webhook/acme/<id>/secret'
 */
export function sealingContext(ref: SealedRef): string {
  switch (ref.kind) {
    case 'webhook':
      return `webhook/${ref.accountId}/${ref.id}/${ref.field}`;
    case 'signing-key':
      return `signing-key/${ref.kid}`;
    case 'idempotency':
      return `idempotency/${ref.accountId}/${ref.key}`;
    case 'server-secret':
      return `server-secret/${ref.name}`;
  }
}

const SECRET_FIELDS = ['secret', 'oidc_client_secret'] as const;

/** Sealed values read and replaced per round trip while checking or re-sealing. */
const SEALED_PAGE = 500;

/** A configuration with its secrets sealed (`open: false`) or opened (`open: true`) for the webhook `accountId`/`id`. */
function convertSecrets<C extends WebhookConfig | SenderWebhook>(box: SecretsBox, config: C, accountId: string, id: string, open: boolean): C {
  const fields = config as Record<string, unknown>;
  if (typeof fields.secret !== 'string' && typeof fields.oidc_client_secret !== 'string') return config;
  const converted: Record<string, unknown> = { ...fields };
  for (const field of SECRET_FIELDS) {
    const value = fields[field];
    if (typeof value !== 'string') continue;
    const context = sealingContext({ kind: 'webhook', accountId, id, field });
    converted[field] = open ? box.open(value, context) : box.seal(value, context);
  }
  return converted as C;
}

/** An idempotent answer as stored: sealed, or plain JSON from before answers were sealed. */
function openAnswer(box: SecretsBox, stored: string, accountId: string, key: string): string {
  return stored.startsWith('{') ? stored : box.open(stored, sealingContext({ kind: 'idempotency', accountId, key }));
}

/** Marks a store that `sealStore` wrapped (a type only: nothing is added to the object). */
declare const SEALED: unique symbol;

/**
 * A store with sealing above it. The sender and the server take only this: a raw store would otherwise pass
 * where an outbox is expected (TypeScript compares method parameters loosely) and send secrets to disk unsealed.
 */
export type SealedStore<S extends Store = Store> = S & { readonly [SEALED]: true };

/**
 * The store with sealing above it: what goes in is sealed, what comes out is opened; every other call
 * (and a store's own members, such as `created`) goes to the store as it is.
 * @example
 * const store = sealStore(await createSqliteStore({ path }), new SecretsBox(parseSecretsKey(process.env.SECRETS_KEY!)));
 */
export function sealStore<S extends Store>(store: S, box: SecretsBox): SealedStore<S> {
  const openWebhook = (webhook: StoredWebhook): StoredWebhook => ({ ...webhook, config: convertSecrets(box, webhook.config, webhook.accountId, webhook.id, true) });
  const openClaimed = (claimed: ClaimedDelivery): ClaimedDelivery =>
    claimed.webhook === undefined ? claimed : { ...claimed, webhook: convertSecrets(box, claimed.webhook, claimed.webhook.account_id!, claimed.webhook.id, true) };
  const sealed: Partial<Store> = {
    async createWebhook(webhook, claim, limits) {
      const sealedWebhook = { ...webhook, config: convertSecrets(box, webhook.config, webhook.accountId, webhook.id, false) };
      // the answer may carry the secret the platform generated
      const sealedClaim = claim && { ...claim, response: { ...claim.response, body: box.seal(claim.response.body, sealingContext({ kind: 'idempotency', accountId: webhook.accountId, key: claim.key })) } };
      const outcome = await store.createWebhook(sealedWebhook, sealedClaim, limits);
      if (outcome.kind === 'replayed') return { kind: 'replayed', response: { ...outcome.response, body: openAnswer(box, outcome.response.body, webhook.accountId, claim!.key) } };
      if (outcome.kind === 'created') return { kind: 'created', webhook: openWebhook(outcome.webhook) };
      return outcome;
    },
    async getWebhook(accountId, id, options) {
      const webhook = await store.getWebhook(accountId, id, options);
      return webhook && (options?.includeSecrets ? openWebhook(webhook) : webhook);
    },
    async updateWebhook(accountId, id, expectedVersion, change) {
      const outcome = await store.updateWebhook(accountId, id, expectedVersion, { ...change, config: convertSecrets(box, change.config, accountId, id, false) });
      return outcome.kind === 'updated' ? { kind: 'updated', webhook: openWebhook(outcome.webhook) } : outcome;
    },
    async claim(request) {
      return (await store.claim(request)).map(openClaimed);
    },
    async listSigningKeys() {
      return (await store.listSigningKeys()).map((key) => ({ ...key, privateKeyPem: box.open(key.privateKeyPem, sealingContext({ kind: 'signing-key', kid: key.kid })) }));
    },
    addSigningKey(key, retireOthersAt) {
      return store.addSigningKey({ ...key, privateKeyPem: box.seal(key.privateKeyPem, sealingContext({ kind: 'signing-key', kid: key.kid })) }, retireOthersAt);
    },
    addFirstSigningKey(key) {
      return store.addFirstSigningKey({ ...key, privateKeyPem: box.seal(key.privateKeyPem, sealingContext({ kind: 'signing-key', kid: key.kid })) });
    },
    disableWebhook(claimed, request) {
      // the sender's disabling renders the new representation here, above the store, as every other write does
      return store.disableWebhook(claimed, { ...request, render: webhookRepresentation });
    },
    async serverSecret(name, create) {
      const context = sealingContext({ kind: 'server-secret', name });
      return box.open(await store.serverSecret(name, () => box.seal(create(), context)), context);
    },
  };
  // by function, not name: a method replaced on the store (a test's stand-in) is the one called
  const bound = new WeakMap<object, unknown>();
  return new Proxy(store, {
    get(target, property) {
      if (Object.hasOwn(sealed, property)) return sealed[property as keyof Store];
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      // the store's own methods run on the store itself (its private fields are not the proxy's)
      if (!bound.has(value)) bound.set(value, (value as (...args: unknown[]) => unknown).bind(target));
      return bound.get(value);
    },
  }) as SealedStore<S>;
}

/**
 * The ids of every key that sealed something in `store` (empty for a database without secrets).
 * @example
 * const needed = await sealedKeyIds(store); // Set { 'Jq3x9_aZ' }
 */
export async function sealedKeyIds(store: Store): Promise<Set<string>> {
  const ids = new Set<string>();
  await forEachSealedPage(store, async (values) => {
    for (const { value } of values) {
      const keyId = SecretsBox.keyIdOf(value);
      if (keyId !== undefined) ids.add(keyId);
    }
  });
  return ids;
}

/**
 * Seals again under `box`'s current key everything in `store` sealed with another (and an idempotent answer
 * kept in plain text from before answers were sealed); resolves with how many values it replaced. Safe
 * while other processes do the same: each replacement is a compare-and-set, so a value is replaced once.
 * @example
 * const resealed = await resealAll(store, new SecretsBox(newKey, [oldKey]));
 */
export async function resealAll(store: Store, box: SecretsBox): Promise<number> {
  let replaced = 0;
  await forEachSealedPage(store, async (values) => {
    const changes: SealedChange[] = [];
    for (const { ref, value } of values) {
      const context = sealingContext(ref);
      const keyId = SecretsBox.keyIdOf(value);
      if (keyId === box.keyId) continue;
      if (keyId === undefined && !(ref.kind === 'idempotency' && value.startsWith('{'))) continue;
      changes.push({ ref, from: value, to: box.seal(keyId === undefined ? value : box.open(value, context), context) });
    }
    replaced += await store.replaceSealed(changes);
  });
  return replaced;
}

async function forEachSealedPage(store: Store, visit: (values: Awaited<ReturnType<Store['sealedValues']>>['values']) => Promise<void>): Promise<void> {
  for (const kind of SEALED_KINDS) {
    let after: string | undefined;
    do {
      const page = await store.sealedValues(kind, after, SEALED_PAGE);
      await visit(page.values);
      after = page.next;
    } while (after !== undefined);
  }
}
