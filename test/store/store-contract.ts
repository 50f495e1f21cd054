/**
 * The store contract: one Vitest suite every store must pass (SQLite, Postgres, any other), run by
 * `describeStoreContract` from each store's own test file. It says what `src/store/contract.ts` promises:
 * webhooks and their versions, idempotency keys, the per-account limit, pages and tombstones, the fair
 * outbox (enqueue, claims, leases, attempts, disabling), published events, signing keys, server secrets,
 * account isolation, purges, forgetting an account, and races between two stores on one database.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewDelivery, SenderWebhook } from '../../src/delivery/events.js';
import type { AttemptRecord, ClaimedDelivery } from '../../src/delivery/outbox.js';
import { webhookRepresentation } from '../../src/server/views.js';
import {
  DELIVERY_RETENTION_DAYS,
  IDEMPOTENCY_TTL_MS,
  PUBLISHED_EVENT_RETENTION_DAYS,
  TOMBSTONE_DAYS,
  type IdempotencyClaim,
  type NewWebhook,
  type Store,
  type StoredSigningKey,
  type WebhookConfig,
} from '../../src/store/contract.js';
import { clientSecretCreate, minimalCreate } from '../support/bodies.js';
import { outboxHelpers, type OutboxStore } from '../support/outbox-store.js';

/** A database for the suite: emptied before each test, and opened as often as a test asks (several processes). */
export interface StoreUnderTest {
  /** starts the next test on an empty database */
  reset(): Promise<void>;
  /** a store on the current database; two open at once behave as two processes */
  open(): Promise<Store>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-11-02T10:00:00Z');

/**
 * Runs the store contract against one store.
 * @example
 * describeStoreContract('SQLite', async () => ({ reset: async () => { path = next() }, open: () => createSqliteStore({ path }) }));
 */
export function describeStoreContract(name: string, setup: () => Promise<StoreUnderTest>): void {
  describe(`the store contract: ${name}`, () => {
    let database: StoreUnderTest | undefined;
    const opened: Store[] = [];
    beforeEach(async () => {
      database ??= await setup();
      await database.reset();
    });
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.close()));
    });

    /** A store on this test's database, closed after it. */
    async function openStore(): Promise<Store> {
      const store = await database!.open();
      opened.push(store);
      return store;
    }
    async function open(): Promise<OutboxStore> {
      return outboxHelpers(await openStore());
    }

    const webhook = (accountId: string, createdAt = 1_000, config: Record<string, unknown> = { ...minimalCreate }): NewWebhook => {
      const id = randomUUID();
      return { accountId, id, config: config as WebhookConfig, createdAt, representation: webhookRepresentation({ id, config: config as WebhookConfig, createdAt, updatedAt: createdAt }) };
    };
    const claimOf = (hook: NewWebhook, key: string, fingerprint = 'f', notBefore = 0): IdempotencyClaim => ({
      key,
      fingerprint,
      notBefore,
      response: { status: 201, body: hook.representation.json, location: `/v1/webhooks/${hook.id}` },
    });
    /** A delivery of `eventId` to a webhook, as `planDeliveries` makes one. */
    const scheduled = (accountId: string, webhookId: string, eventId: string, createdAt: number): NewDelivery => ({
      account_id: accountId,
      webhook_id: webhookId,
      id: randomUUID(),
      event_id: eventId,
      event_type: 'order.created',
      body: `{"id":"${eventId}"}`,
      created_at: new Date(createdAt),
    });
    const attempt = (at: number, fields: Partial<AttemptRecord> = {}): AttemptRecord => ({
      attempted_at: new Date(at),
      status: 'pending',
      response_status: 500,
      error: 'the endpoint answered 500 Internal Server Error',
      next_attempt_at: new Date(at + 10_000),
      endpoint: 'answered',
      ...fields,
    });
    /** `count` deliveries to `hook`, due one millisecond apart from `at`. */
    async function enqueue(store: Store, hook: SenderWebhook, count: number, at = NOW - 60_000): Promise<NewDelivery[]> {
      const deliveries = Array.from({ length: count }, (_, index) => ({ ...scheduled(hook.account_id!, hook.id, randomUUID(), at + index) }));
      await store.enqueue(deliveries);
      return deliveries;
    }
    const claim = (store: Store, limit: number, perWebhookLimit = 8, now = NOW) => store.claim({ now: new Date(now), limit, leaseUntil: new Date(now + 15_000), perWebhookLimit });
    const owners = (claims: readonly ClaimedDelivery[]) => claims.map((claimed) => claimed.delivery.webhook_id);
    const failed = (at: number, endpoint: AttemptRecord['endpoint']): AttemptRecord => ({
      attempted_at: new Date(at),
      status: 'pending',
      response_status: endpoint === 'answered' ? 503 : null,
      error: 'failed',
      next_attempt_at: new Date(at + 1_000),
      endpoint,
    });
    const ids = async (store: Store, accountId: string, startingAfter?: string) => {
      const page = await store.listWebhooks(accountId, { limit: 100, ...(startingAfter === undefined ? {} : { startingAfter }) });
      return page.ok ? page.items.map((item) => item.id) : page.reason;
    };

    describe('webhooks', () => {
      it('creates, reads with and without secrets, updates at the version read, and deletes once', async () => {
        const store = await openStore();
        const hook = webhook('acme', 1_000, { ...clientSecretCreate, secret: 'whsec_contract_canary_0123' });
        const created = await store.createWebhook(hook);
        expect(created).toMatchObject({ kind: 'created', webhook: { accountId: 'acme', id: hook.id, version: 1, createdAt: 1_000, updatedAt: 1_000 } });
        expect(created.kind === 'created' && 'secret' in created.webhook.config).toBe(false);
        const plain = await store.getWebhook('acme', hook.id);
        const { oidc_client_secret: _clientSecret, ...withoutSecrets } = clientSecretCreate;
        expect(plain?.config).toEqual(withoutSecrets);
        expect((await store.getWebhook('acme', hook.id, { includeSecrets: true }))?.config).toEqual({ ...clientSecretCreate, secret: 'whsec_contract_canary_0123' });
        expect(await store.getWebhookRepresentation('acme', hook.id)).toEqual(hook.representation);

        const config = { ...clientSecretCreate, secret: 'whsec_contract_canary_0123', url: 'https://changed.example/hook' } as WebhookConfig;
        const representation = webhookRepresentation({ id: hook.id, config, createdAt: 1_000, updatedAt: 2_000 });
        const updated = await store.updateWebhook('acme', hook.id, 1, { config, updatedAt: 2_000, representation });
        expect(updated).toMatchObject({ kind: 'updated', webhook: { version: 2, updatedAt: 2_000, config: { url: 'https://changed.example/hook' } } });
        // an update from the version read before: another update won
        expect(await store.updateWebhook('acme', hook.id, 1, { config, updatedAt: 3_000, representation })).toEqual({ kind: 'conflict' });
        expect(await store.updateWebhook('acme', randomUUID(), 1, { config, updatedAt: 3_000, representation })).toEqual({ kind: 'not-found' });
        expect(await store.getWebhookRepresentation('acme', hook.id)).toEqual(representation);

        expect(await store.deleteWebhook('acme', hook.id, 4_000)).toBe(true);
        expect(await store.deleteWebhook('acme', hook.id, 5_000)).toBe(false);
        expect(await store.getWebhook('acme', hook.id)).toBeUndefined();
        expect(await store.getWebhookRepresentation('acme', hook.id)).toBeUndefined();
        expect(await store.updateWebhook('acme', hook.id, 2, { config, updatedAt: 6_000, representation })).toEqual({ kind: 'not-found' });
      });

      it('replays an Idempotency-Key with the same body, refuses it with another, and claims it anew once expired', async () => {
        const store = await openStore();
        const first = webhook('acme', 1_000);
        expect((await store.createWebhook(first, claimOf(first, 'k1'))).kind).toBe('created');
        const retry = webhook('acme', 2_000);
        expect(await store.createWebhook(retry, claimOf(retry, 'k1'))).toEqual({ kind: 'replayed', response: claimOf(first, 'k1').response });
        expect(await store.createWebhook(retry, claimOf(retry, 'k1', 'another body'))).toEqual({ kind: 'key-reused' });
        // the same key in another account is another key
        expect((await store.createWebhook({ ...retry, accountId: 'other' }, claimOf(retry, 'k1'))).kind).toBe('created');
        // keys claimed before notBefore have expired
        const later = webhook('acme', 1_000 + IDEMPOTENCY_TTL_MS + 1);
        expect((await store.createWebhook(later, claimOf(later, 'k1', 'another body', 1_001))).kind).toBe('created');
        expect(await ids(store, 'acme')).toEqual([later.id, first.id]);
      });

      it('keeps an account within its limit of live webhooks; a delete makes room, a key replays past the limit', async () => {
        const store = await openStore();
        const limits = { maxWebhooksPerAccount: 2 };
        const a = webhook('acme', 1);
        const b = webhook('acme', 2);
        expect((await store.createWebhook(a, claimOf(a, 'ka'), limits)).kind).toBe('created');
        expect((await store.createWebhook(b, undefined, limits)).kind).toBe('created');
        expect(await store.createWebhook(webhook('acme', 3), undefined, limits)).toEqual({ kind: 'limit-reached', limit: 2 });
        expect((await store.createWebhook(webhook('acme', 3), claimOf(a, 'ka'), limits)).kind).toBe('replayed');
        expect((await store.createWebhook(webhook('other', 3), undefined, limits)).kind).toBe('created');
        await store.deleteWebhook('acme', a.id, 4);
        expect((await store.createWebhook(webhook('acme', 5), undefined, limits)).kind).toBe('created');
        expect((await store.createWebhook(webhook('acme', 6), undefined, limits)).kind).toBe('limit-reached');
      });

      it('lists newest first in pages, with a cursor that outlives its webhook for 30 days; an unknown or foreign cursor is refused', async () => {
        const store = await openStore();
        const hooks = [];
        for (let index = 0; index < 5; index++) {
          const hook = webhook('acme', 1_000 + index);
          await store.createWebhook(hook);
          hooks.push(hook.id);
        }
        const newest = [...hooks].reverse();
        const first = await store.listWebhooks('acme', { limit: 2 });
        expect(first).toMatchObject({ ok: true, hasMore: true });
        expect(first.ok && first.items.map((item) => item.id)).toEqual(newest.slice(0, 2));
        expect(first.ok && JSON.parse(first.items[0]!.representation.json)).toMatchObject({ id: newest[0] });
        const last = await store.listWebhooks('acme', { limit: 3, startingAfter: newest[1]! });
        expect(last).toMatchObject({ ok: true, hasMore: false });
        expect(last.ok && last.items.map((item) => item.id)).toEqual(newest.slice(2));
        // a tombstone keeps its place
        await store.deleteWebhook('acme', newest[1]!, 10);
        expect(await ids(store, 'acme', newest[1])).toEqual(newest.slice(2));
        expect(await ids(store, 'acme')).toEqual([newest[0], ...newest.slice(2)]);
        expect(await ids(store, 'acme', randomUUID())).toBe('unknown-cursor');
        expect(await ids(store, 'other', newest[0])).toBe('unknown-cursor');
        await store.purgeExpired(10 + TOMBSTONE_DAYS * DAY_MS - 1);
        expect(await ids(store, 'acme', newest[1])).toEqual(newest.slice(2));
        await store.purgeExpired(10 + TOMBSTONE_DAYS * DAY_MS + 1);
        expect(await ids(store, 'acme', newest[1])).toBe('unknown-cursor');
      });

      it('renders again the representations of another version, and only those', async () => {
        const store = await openStore();
        const hook = webhook('acme');
        await store.createWebhook({ ...hook, representation: { json: '{"old":true}', version: 0 } });
        await store.createWebhook(webhook('acme'));
        const render = (stored: { id: string }) => ({ json: JSON.stringify({ id: stored.id, rendered: 'again' }), version: hook.representation.version });
        expect(await store.refreshRepresentations(hook.representation.version, render)).toBe(1);
        expect(await store.getWebhookRepresentation('acme', hook.id)).toEqual(render(hook));
        expect(await store.refreshRepresentations(hook.representation.version, render)).toBe(0);
      });

      it('keeps accounts apart: another account reaches none of its webhooks or deliveries', async () => {
        const store = await openStore();
        const hook = webhook('acme');
        await store.createWebhook(hook);
        await store.enqueue([scheduled('acme', hook.id, 'e1', 0)]);
        expect(await store.getWebhook('other', hook.id)).toBeUndefined();
        expect(await store.getWebhookRepresentation('other', hook.id)).toBeUndefined();
        expect(await store.updateWebhook('other', hook.id, 1, { config: hook.config, updatedAt: 2, representation: hook.representation })).toEqual({ kind: 'not-found' });
        expect(await store.deleteWebhook('other', hook.id, 2)).toBe(false);
        expect(await ids(store, 'other')).toEqual([]);
        expect(await store.listDeliveries('other', hook.id, { limit: 10 })).toEqual({ ok: true, items: [], hasMore: false });
        expect(await store.webhooksReceiving('other', 'order.created')).toEqual([]);
        // a delivery for another account's webhook is skipped
        await store.enqueue([scheduled('other', hook.id, 'e2', 0)]);
        expect((await store.claim({ now: new Date(1), limit: 10, leaseUntil: new Date(10), perWebhookLimit: 8 })).map((c) => c.delivery.account_id)).toEqual(['acme']);
        expect(await store.getWebhook('acme', hook.id)).toMatchObject({ version: 1 });
      });

      it('forgets an account: its webhooks, deliveries, keys, limit and events; others stay', async () => {
        const store = await openStore();
        const limits = { maxWebhooksPerAccount: 1 };
        const hook = webhook('acme');
        const kept = webhook('other');
        await store.createWebhook(hook, claimOf(hook, 'k'), limits);
        await store.createWebhook(kept, undefined, limits);
        await store.enqueue([scheduled('acme', hook.id, 'e', 0), scheduled('other', kept.id, 'e', 0)]);
        const event = { accountId: 'acme', eventId: 'evt_1', eventType: 'order.created' as const, fingerprint: 'f', publishedAt: new Date(0) };
        await store.publishEvent(event, () => []);
        await store.forgetAccount('acme');
        expect(await ids(store, 'acme')).toEqual([]);
        expect(await store.listDeliveries('acme', hook.id, { limit: 10 })).toEqual({ ok: true, items: [], hasMore: false });
        const again = webhook('acme', 2);
        expect((await store.createWebhook(again, claimOf(again, 'k', 'other body'), limits)).kind).toBe('created');
        expect((await store.publishEvent({ ...event, fingerprint: 'other' }, () => [])).outcome).toBe('published');
        expect(await ids(store, 'other')).toEqual([kept.id]);
        expect((await store.claim({ now: new Date(1), limit: 10, leaseUntil: new Date(10), perWebhookLimit: 8 })).map((c) => c.delivery.account_id)).toEqual(['other']);
      });
    });

    describe('the outbox', () => {
      it('schedules once per event and live webhook, claims due deliveries of every account with their webhook and secrets, leased', async () => {
        const store = await openStore();
        const live = webhook('acme', 1_000, { ...clientSecretCreate, secret: 'whsec_storage_canary_0123' });
        await store.createWebhook(live);
        // another account with the same webhook id, as every sandbox account has the examples' ids
        await store.createWebhook({ ...live, accountId: 'other' });
        const now = Date.parse('2026-06-01T00:00:00Z');
        const first = scheduled('acme', live.id, 'e1', now - 2);
        await store.enqueue([first, { ...first, id: randomUUID() }, scheduled('acme', live.id, 'e2', now + 60_000), scheduled('acme', randomUUID(), 'e3', now)]);
        await store.enqueue([{ ...scheduled('other', live.id, 'e1', now - 1), id: first.id }]);
        const listed = async (accountId: string) => {
          const page = await store.listDeliveries(accountId, live.id, { limit: 10 });
          return page.ok ? page.items : [];
        };
        expect((await listed('acme')).map((delivery) => delivery.event_id)).toEqual(['e2', 'e1']);

        const leaseUntil = new Date(now + 120_000);
        const claims = await store.claim({ now: new Date(now), limit: 10, leaseUntil, perWebhookLimit: 8 });
        expect(claims.map((claimed) => [claimed.delivery.account_id, claimed.delivery.event_id]).sort()).toEqual([
          ['acme', 'e1'],
          ['other', 'e1'],
        ]);
        const acmeClaim = claims.find((claimed) => claimed.delivery.account_id === 'acme')!;
        const otherClaim = claims.find((claimed) => claimed.delivery.account_id === 'other')!;
        expect(acmeClaim.delivery).toMatchObject({ id: first.id, status: 'pending', attempts: 0, body: '{"id":"e1"}', next_attempt_at: leaseUntil, created_at: first.created_at });
        expect(acmeClaim.webhook).toMatchObject({ id: live.id, account_id: 'acme', secret: 'whsec_storage_canary_0123', oidc_client_secret: clientSecretCreate.oidc_client_secret });
        // leased: not due again until the lease ends
        expect(await store.claim({ now: new Date(now + 30_000), limit: 10, leaseUntil: new Date(now + 200_000), perWebhookLimit: 8 })).toEqual([]);

        // an attempt applies to the claim's own delivery and account only, once
        expect(await store.recordAttempt(acmeClaim.delivery, attempt(now))).toMatchObject({ applied: true, failingSince: new Date(now), failedDeliveries: 1 });
        expect(await store.recordAttempt(acmeClaim.delivery, attempt(now))).toMatchObject({ applied: false });
        expect((await listed('acme'))[1]).toMatchObject({ id: first.id, status: 'pending', attempts: 1, last_response_status: 500, next_attempt_at: new Date(now + 10_000) });
        expect((await listed('other'))[0]).toMatchObject({ id: first.id, attempts: 0, next_attempt_at: leaseUntil });

        // released (a stopping sender): due at once, while the lease is the one claimed
        expect(await store.release(otherClaim.delivery, new Date(now + 5))).toBe(true);
        expect(await store.release(otherClaim.delivery, new Date(now + 5))).toBe(false);
        expect((await store.claim({ now: new Date(now + 5), limit: 10, leaseUntil, perWebhookLimit: 8 })).map((claimed) => claimed.delivery.account_id)).toEqual(['other']);
        await expect(store.enqueue([{ ...first, account_id: undefined }])).rejects.toThrow('needs its account_id');
      });

      it('takes at most the per-webhook limit of one webhook, counting what is already in flight', async () => {
        const { store, addWebhook } = await open();
        const busy = await addWebhook({ url: 'https://busy.example/' });
        await enqueue(store, busy, 10);
        expect(await claim(store, 100, 3)).toHaveLength(3);
        expect(await claim(store, 100, 3)).toHaveLength(0);
        // a lease that ended is no longer in flight
        expect(await claim(store, 100, 3, NOW + 15_000)).toHaveLength(3);
      });

      it('goes round robin across accounts, then across each account’s webhooks, oldest due first within one', async () => {
        const { store, addWebhook } = await open();
        const many = [await addWebhook({ url: 'https://a1.example/' }, 'big'), await addWebhook({ url: 'https://a2.example/' }, 'big'), await addWebhook({ url: 'https://a3.example/' }, 'big')];
        const small = await addWebhook({ url: 'https://b.example/' }, 'small');
        for (const hook of many) await enqueue(store, hook, 5);
        const smallOnes = await enqueue(store, small, 5);
        const claims = await claim(store, 4);
        // two accounts, two turns each: the big account's turns go to two of its webhooks
        expect(claims.filter((claimed) => claimed.delivery.account_id === 'small')).toHaveLength(2);
        expect(new Set(claims.filter((claimed) => claimed.delivery.account_id === 'big').map((claimed) => claimed.delivery.webhook_id)).size).toBe(2);
        expect(claims.filter((claimed) => claimed.delivery.account_id === 'small').map((claimed) => claimed.delivery.id)).toEqual(smallOnes.slice(0, 2).map((delivery) => delivery.id));
        // the webhooks just served wait their turn: the third webhook of the big account comes first next time
        const next = await claim(store, 1, 8, NOW + 1);
        expect(owners(next)).toEqual([many.find((hook) => !owners(claims).includes(hook.id))!.id]);
      });

      it('gives a webhook whose endpoint stopped answering one delivery at a time, until it answers', async () => {
        const { store, addWebhook } = await open();
        const dead = await addWebhook({ url: 'https://dead.example/' });
        await enqueue(store, dead, 10);
        const [first] = await claim(store, 100, 8);
        await store.recordAttempt(first!.delivery, failed(NOW, 'unresponsive'));
        const later = NOW + 60_000;
        // the others' leases ended: one probe
        expect(await claim(store, 100, 8, later)).toHaveLength(1);
        expect(await claim(store, 100, 8, later)).toHaveLength(0);
        const [probe] = await claim(store, 100, 8, later + 15_000);
        await store.recordAttempt(probe!.delivery, failed(later + 15_000, 'answered'));
        expect(await claim(store, 100, 8, later + 15_000)).toHaveLength(8);
      });

      it('takes nothing of a disabled or deleted webhook, and the next due time leaves them out', async () => {
        const { store, addWebhook, changeWebhook } = await open();
        const disabled = await addWebhook({ url: 'https://off.example/' });
        const deleted = await addWebhook({ url: 'https://gone.example/' });
        const live = await addWebhook({ url: 'https://on.example/' });
        expect(await store.nextDueAt(new Date(NOW))).toBeNull();
        await enqueue(store, disabled, 2, NOW - 10_000);
        await enqueue(store, deleted, 2, NOW - 20_000);
        await enqueue(store, live, 1, NOW + 30_000);
        await changeWebhook(disabled, { disabled_at: new Date(NOW - 5_000).toISOString(), disabled_reason: 'disabled through the API' }, NOW - 5_000);
        await store.deleteWebhook('acme', deleted.id, NOW - 5_000);
        expect(await store.nextDueAt(new Date(NOW))).toEqual(new Date(NOW + 30_000));
        expect(await claim(store, 10)).toEqual([]);
        // enabled again: its deliveries are due as they were
        await changeWebhook(disabled, { disabled_at: null, disabled_reason: null }, NOW);
        expect(await store.nextDueAt(new Date(NOW))).toEqual(new Date(NOW - 10_000));
        expect(owners(await claim(store, 10))).toEqual([disabled.id, disabled.id]);
      });

      it('is due again at the end of its lease when nothing was recorded, and a renewed lease moves that on', async () => {
        const { store, addWebhook } = await open();
        const hook = await addWebhook({ url: 'https://slow.example/' });
        await enqueue(store, hook, 1);
        const [claimed] = await claim(store, 1);
        expect(await store.nextDueAt(new Date(NOW))).toEqual(new Date(NOW + 15_000));
        await store.extendLeases([claimed!.delivery], new Date(NOW + 40_000));
        expect(await store.nextDueAt(new Date(NOW))).toEqual(new Date(NOW + 40_000));
        expect(await claim(store, 1, 8, NOW + 20_000)).toEqual([]);
        expect(await claim(store, 1, 8, NOW + 40_000)).toHaveLength(1);
      });

      it('counts each delivery of a run of failures once, and ends the run with a success or a new url', async () => {
        const { store, addWebhook, changeWebhook } = await open();
        const hook = await addWebhook({ url: 'https://flaky.example/' });
        await enqueue(store, hook, 2);
        const [a, b] = await claim(store, 2);
        expect(await store.recordAttempt(a!.delivery, failed(NOW, 'answered'))).toEqual({ applied: true, failingSince: new Date(NOW), failedDeliveries: 1 });
        expect(await store.recordAttempt(b!.delivery, failed(NOW + 1, 'answered'))).toEqual({ applied: true, failingSince: new Date(NOW), failedDeliveries: 2 });
        // the same delivery failing again is not a new delivery
        const [again] = await claim(store, 1, 8, NOW + 1_000);
        expect(await store.recordAttempt(again!.delivery, failed(NOW + 1_000, 'answered'))).toMatchObject({ failedDeliveries: 2 });
        const [ok] = await claim(store, 1, 8, NOW + 2_001);
        const success: AttemptRecord = { attempted_at: new Date(NOW + 2_001), status: 'succeeded', response_status: 204, error: null, next_attempt_at: null, endpoint: 'answered' };
        expect(await store.recordAttempt(ok!.delivery, success)).toEqual({ applied: true, failingSince: null, failedDeliveries: 0 });
        const [last] = await claim(store, 1, 8, NOW + 5_000);
        expect(await store.recordAttempt(last!.delivery, failed(NOW + 5_000, 'unresponsive'))).toEqual({ applied: true, failingSince: new Date(NOW + 5_000), failedDeliveries: 1 });
        // a new url: a new endpoint, with a clean record (and its full limit)
        await changeWebhook(hook, { url: 'https://fixed.example/' }, NOW + 6_000);
        await enqueue(store, hook, 3, NOW);
        expect(await claim(store, 10, 8, NOW + 7_000)).toHaveLength(4);
      });

      it('gives a delivery up without an attempt (markFailed) once, while its claim is current', async () => {
        const { store, addWebhook, delivery } = await open();
        const hook = await addWebhook({ url: 'https://late.example/' });
        const [scheduledOne] = await enqueue(store, hook, 1);
        const [claimed] = await claim(store, 1);
        expect(await store.markFailed(claimed!.delivery, 'the delivery window ended')).toBe(true);
        expect(await store.markFailed(claimed!.delivery, 'again')).toBe(false);
        expect(await delivery({ webhook_id: hook.id, id: scheduledOne!.id })).toMatchObject({ status: 'failed', attempts: 0, last_error: 'the delivery window ended', next_attempt_at: null });
        expect(await store.nextDueAt(new Date(NOW))).toBeNull();
      });

      it('disables a webhook on 410: disabled_at and a new answer for the API, its pending deliveries failed', async () => {
        const store = await openStore();
        const hook = webhook('acme');
        await store.createWebhook(hook);
        const gone = scheduled('acme', hook.id, 'e1', 0);
        const waiting = scheduled('acme', hook.id, 'e2', 0);
        await store.enqueue([gone, waiting]);
        const [claimed] = await store.claim({ now: new Date(1), limit: 1, leaseUntil: new Date(60_000), perWebhookLimit: 8 });
        expect(claimed!.delivery.event_id).toBe('e1');
        expect(await store.recordAttempt(claimed!.delivery, attempt(5_000, { status: 'failed', response_status: 410, error: 'gone', next_attempt_at: null }))).toMatchObject({ applied: true });
        const reason = 'the webhook was disabled: its endpoint answered 410 Gone';
        expect(await store.disableWebhook(claimed!.delivery, { at: new Date(Date.parse('2026-06-01T00:00:00Z')), reason, failPending: true, render: webhookRepresentation })).toBe(true);
        const stored = await store.getWebhook('acme', hook.id);
        expect(stored).toMatchObject({ version: 2, updatedAt: Date.parse('2026-06-01T00:00:00Z'), config: { disabled_at: '2026-06-01T00:00:00.000Z', disabled_reason: reason } });
        expect(JSON.parse((await store.getWebhookRepresentation('acme', hook.id))!.json)).toMatchObject({ disabled_at: '2026-06-01T00:00:00.000Z', disabled_reason: reason, updated_at: '2026-06-01T00:00:00.000Z' });
        const list = await store.listDeliveries('acme', hook.id, { limit: 10 });
        expect(list.ok && list.items.map((delivery) => [delivery.event_id, delivery.status, delivery.last_error])).toEqual([
          ['e2', 'failed', 'the webhook was disabled: its endpoint answered 410 Gone'],
          ['e1', 'failed', 'gone'],
        ]);
        // once disabled, a second 410 changes nothing more
        expect(await store.disableWebhook(claimed!.delivery, { at: new Date(Date.parse('2026-07-01T00:00:00Z')), reason: 'again', failPending: true, render: webhookRepresentation })).toBe(false);
        expect((await store.getWebhook('acme', hook.id))?.config.disabled_at).toBe('2026-06-01T00:00:00.000Z');
      });

      it('fails the pending deliveries of a deleted webhook, and hands the sender no webhook for one claimed', async () => {
        const store = await openStore();
        const hook = webhook('acme');
        await store.createWebhook(hook);
        await store.enqueue([scheduled('acme', hook.id, 'claimed', 0)]);
        const [claimed] = await store.claim({ now: new Date(1), limit: 10, leaseUntil: new Date(1_000), perWebhookLimit: 8 });
        await store.enqueue([scheduled('acme', hook.id, 'waiting', 0)]);
        expect(await store.deleteWebhook('acme', hook.id, 5)).toBe(true);
        expect(await store.claim({ now: new Date(2_000), limit: 10, leaseUntil: new Date(3_000), perWebhookLimit: 8 })).toEqual([]);
        expect(await store.recordAttempt(claimed!.delivery, attempt(7, { status: 'succeeded', response_status: 200, error: null, next_attempt_at: null }))).toMatchObject({ applied: false });
        const list = await store.listDeliveries('acme', hook.id, { limit: 10 });
        expect(list.ok && list.items.map((delivery) => [delivery.event_id, delivery.status, delivery.last_error, delivery.next_attempt_at])).toEqual([
          ['waiting', 'failed', 'the webhook was deleted', null],
          ['claimed', 'failed', 'the webhook was deleted', null],
        ]);
        // a delivery for a deleted webhook is not scheduled at all
        await store.enqueue([scheduled('acme', hook.id, 'after', 0)]);
        const after = await store.listDeliveries('acme', hook.id, { limit: 10 });
        expect(after.ok && after.items).toHaveLength(2);
        expect(await store.webhooksReceiving('acme', 'order.created')).toEqual([]);
      });

      it('lists a webhook’s deliveries newest first in pages', async () => {
        const { store, addWebhook } = await open();
        const hook = await addWebhook({ url: 'https://pages.example/' });
        const made = await enqueue(store, hook, 5);
        const newest = made.map((delivery) => delivery.id).reverse();
        const first = await store.listDeliveries('acme', hook.id, { limit: 3 });
        expect(first.ok && [first.items.map((delivery) => delivery.id), first.hasMore]).toEqual([newest.slice(0, 3), true]);
        const rest = await store.listDeliveries('acme', hook.id, { limit: 3, startingAfter: newest[2]! });
        expect(rest.ok && [rest.items.map((delivery) => delivery.id), rest.hasMore]).toEqual([newest.slice(3), false]);
        expect(await store.listDeliveries('acme', hook.id, { limit: 3, startingAfter: randomUUID() })).toEqual({ ok: false, reason: 'unknown-cursor' });
      });

      it('lists whom an event goes to: live webhooks enabled for its type or *, oldest first, without secrets', async () => {
        const store = await openStore();
        const orders = webhook('acme', 1, { ...minimalCreate, enabled_events: ['order.created', 'order.completed'], secret: 'whsec_never_listed_0123' });
        const all = webhook('acme', 2, { ...minimalCreate, enabled_events: ['*'] });
        const businesses = webhook('acme', 3, { ...minimalCreate, enabled_events: ['business.created'] });
        for (const hook of [orders, all, businesses, webhook('other', 4, { ...minimalCreate, enabled_events: ['*'] })]) await store.createWebhook(hook);
        const receiving = await store.webhooksReceiving('acme', 'order.created');
        expect(receiving.map((hook) => hook.id)).toEqual([orders.id, all.id]);
        expect(receiving[0]).toEqual({ ...minimalCreate, enabled_events: ['order.created', 'order.completed'], id: orders.id, account_id: 'acme' });
      });

      it('keeps finished deliveries for DELIVERY_RETENTION_DAYS, and pending ones until they finish', async () => {
        const store = await openStore();
        const hook = webhook('acme');
        await store.createWebhook(hook);
        await store.enqueue([scheduled('acme', hook.id, 'finished', 0), scheduled('acme', hook.id, 'pending', 0)]);
        const [claimed] = await store.claim({ now: new Date(1), limit: 1, leaseUntil: new Date(2), perWebhookLimit: 8 });
        await store.recordAttempt(claimed!.delivery, attempt(1, { status: 'succeeded', response_status: 204, error: null, next_attempt_at: null }));
        const events = async () => {
          const page = await store.listDeliveries('acme', hook.id, { limit: 10 });
          return page.ok ? page.items.map((delivery) => delivery.event_id) : [];
        };
        await store.purgeExpired(DELIVERY_RETENTION_DAYS * DAY_MS - 1);
        expect(await events()).toEqual(['pending', 'finished']);
        await store.purgeExpired(DELIVERY_RETENTION_DAYS * DAY_MS + 1);
        expect(await events()).toEqual(['pending']);
      });
    });

    describe('published events', () => {
      it('publishes once per account and id: the fan-out planned from the receivers, a replay answers the first count, another body is a conflict', async () => {
        const { store, addWebhook } = await open();
        const a = await addWebhook({ url: 'https://a.example/', enabled_events: ['order.created'] });
        await addWebhook({ url: 'https://b.example/', enabled_events: ['business.created'] });
        const c = await addWebhook({ url: 'https://c.example/', enabled_events: ['*'] });
        const publishedAt = new Date(NOW);
        const event = { accountId: 'acme', eventId: 'evt_1', eventType: 'order.created' as const, fingerprint: 'digest', publishedAt };
        const seen: string[][] = [];
        const plan = (receivers: SenderWebhook[]) => {
          seen.push(receivers.map((receiver) => receiver.id));
          return receivers.map((receiver) => scheduled('acme', receiver.id, 'evt_1', NOW));
        };
        expect(await store.publishEvent(event, plan)).toEqual({ outcome: 'published', deliveries: 2, publishedAt });
        expect(seen).toEqual([[a.id, c.id]]);
        expect(await store.publishEvent({ ...event, publishedAt: new Date(NOW + 1) }, plan)).toEqual({ outcome: 'replayed', deliveries: 2, publishedAt });
        expect(await store.publishEvent({ ...event, fingerprint: 'another' }, plan)).toEqual({ outcome: 'conflict', publishedAt });
        expect(seen).toHaveLength(1);
        expect((await claim(store, 10)).map((claimed) => claimed.delivery.webhook_id).sort()).toEqual([a.id, c.id].sort());
        // the same id in another account is another event
        expect((await store.publishEvent({ ...event, accountId: 'other' }, () => [])).outcome).toBe('published');
        // a plan for another account's webhooks is a bug, and nothing is published
        const stray = { ...event, eventId: 'evt_2' };
        await expect(store.publishEvent(stray, () => [scheduled('other', a.id, 'evt_2', NOW)])).rejects.toThrow(TypeError);
        expect((await store.publishEvent(stray, () => [])).outcome).toBe('published');
        // remembered for PUBLISHED_EVENT_RETENTION_DAYS
        await store.purgeExpired(NOW + PUBLISHED_EVENT_RETENTION_DAYS * DAY_MS - 1);
        expect((await store.publishEvent(event, plan)).outcome).toBe('replayed');
        await store.purgeExpired(NOW + PUBLISHED_EVENT_RETENTION_DAYS * DAY_MS + 1);
        expect((await store.publishEvent({ ...event, fingerprint: 'another' }, () => [])).outcome).toBe('published');
      });
    });

    describe('keys and secrets', () => {
      const signingKey = (kid: string, createdAt: number, fields: Partial<StoredSigningKey> = {}): StoredSigningKey => ({
        kid,
        alg: 'ES256',
        publicJwk: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y', kid, alg: 'ES256', use: 'sig' },
        privateKeyPem: `-----BEGIN PRIVATE KEY-----\n${kid}\n-----END PRIVATE KEY-----\n`,
        createdAt,
        activatesAt: createdAt,
        retiresAt: null,
        ...fields,
      });

      it('adds signing keys, retiring the current ones, lists them newest first with their private keys, and purges those retired long ago', async () => {
        const store = await openStore();
        expect(await store.listSigningKeys()).toEqual([]);
        await store.addSigningKey(signingKey('k1', 1_000), 0);
        await store.addSigningKey(signingKey('k2', 2_000, { activatesAt: 5_000 }), 9_000);
        expect(await store.listSigningKeys()).toEqual([signingKey('k2', 2_000, { activatesAt: 5_000 }), signingKey('k1', 1_000, { retiresAt: 9_000 })]);
        await store.purgeExpired(9_000 + TOMBSTONE_DAYS * DAY_MS + 1);
        expect((await store.listSigningKeys()).map((key) => key.kid)).toEqual(['k2']);
      });

      it('keeps one first signing key when two stores add theirs at once, and none retired', async () => {
        const [a, b] = [await openStore(), await openStore()];
        const added = await Promise.all([a.addFirstSigningKey(signingKey('ka', 1_000)), b.addFirstSigningKey(signingKey('kb', 1_000))]);
        expect(added.filter(Boolean)).toHaveLength(1);
        const keys = await b.listSigningKeys();
        expect(keys).toHaveLength(1);
        expect(keys[0]).toEqual(signingKey(added[0] ? 'ka' : 'kb', 1_000));
        expect(await a.addFirstSigningKey(signingKey('kc', 2_000))).toBe(false);
      });

      it('makes a server secret once: later calls, and other stores on the database, get the first', async () => {
        const store = await openStore();
        const beside = await openStore();
        const [first, second] = await Promise.all([store.serverSecret('fingerprint', () => 'one'), beside.serverSecret('fingerprint', () => 'two')]);
        expect(first).toBe(second);
        expect(await store.serverSecret('fingerprint', () => 'three')).toBe(first);
        expect(await store.serverSecret('other', () => 'four')).toBe('four');
      });

      it('lists every sealed value page by page, of each kind, and replaces one only while it still reads what was read', async () => {
        const store = await openStore();
        // a store keeps what it is given: sealing is the layer above's, so any string stands for a sealed value
        const hooks = [1, 2, 3].map((i) => webhook('acme', i, { ...clientSecretCreate, secret: `sealed-secret-${i}` }));
        for (const hook of hooks) await store.createWebhook(hook);
        await store.createWebhook(webhook('acme', 4));
        await store.createWebhook(webhook('other', 5), claimOf(hooks[0]!, 'key-1'));
        await store.addSigningKey(signingKey('k1', 1_000), 0);
        await store.serverSecret('fingerprint', () => 'sealed-server-secret');
        const all = async (kind: Parameters<Store['sealedValues']>[0]) => {
          const values = [];
          let after: string | undefined;
          do {
            const page = await store.sealedValues(kind, after, 2);
            values.push(...page.values);
            after = page.next;
          } while (after !== undefined);
          return values;
        };
        const secrets = await all('webhook');
        expect(secrets).toHaveLength(6);
        expect(secrets.filter((v) => v.ref.kind === 'webhook' && v.ref.field === 'secret').map((v) => v.value).sort()).toEqual(['sealed-secret-1', 'sealed-secret-2', 'sealed-secret-3']);
        expect(secrets.filter((v) => v.ref.kind === 'webhook' && v.ref.field === 'oidc_client_secret').every((v) => v.value === clientSecretCreate.oidc_client_secret)).toBe(true);
        expect(await all('signing-key')).toEqual([{ ref: { kind: 'signing-key', kid: 'k1' }, value: signingKey('k1', 1_000).privateKeyPem }]);
        expect(await all('idempotency')).toEqual([{ ref: { kind: 'idempotency', accountId: 'other', key: 'key-1' }, value: hooks[0]!.representation.json }]);
        expect(await all('server-secret')).toEqual([{ ref: { kind: 'server-secret', name: 'fingerprint' }, value: 'sealed-server-secret' }]);

        const first = secrets.find((v) => v.ref.kind === 'webhook' && v.ref.field === 'secret' && v.value === 'sealed-secret-1')!;
        const replaced = await store.replaceSealed([
          { ref: first.ref, from: 'sealed-secret-1', to: 'resealed-1' },
          // read before another writer changed it: left as it is
          { ref: first.ref, from: 'sealed-secret-1', to: 'resealed-again' },
          { ref: { kind: 'signing-key', kid: 'k1' }, from: signingKey('k1', 1_000).privateKeyPem, to: 'resealed-key' },
          { ref: { kind: 'idempotency', accountId: 'other', key: 'key-1' }, from: hooks[0]!.representation.json, to: 'resealed-answer' },
          { ref: { kind: 'server-secret', name: 'fingerprint' }, from: 'sealed-server-secret', to: 'resealed-server-secret' },
        ]);
        expect(replaced).toBe(4);
        expect((await store.getWebhook('acme', hooks[0]!.id, { includeSecrets: true }))?.config).toMatchObject({ secret: 'resealed-1' });
        expect((await store.listSigningKeys())[0]?.privateKeyPem).toBe('resealed-key');
        expect(await store.serverSecret('fingerprint', () => 'new')).toBe('resealed-server-secret');
        expect(await store.createWebhook(webhook('other'), claimOf(hooks[0]!, 'key-1'))).toMatchObject({ kind: 'replayed', response: { body: 'resealed-answer' } });
        expect(await store.replaceSealed([])).toBe(0);
      });
    });

    describe('two stores on one database (two processes)', () => {
      it('creates once for one Idempotency-Key sent to both at once: one created, one replayed', async () => {
        const [a, b] = [await openStore(), await openStore()];
        const first = webhook('acme');
        const second = webhook('acme');
        const outcomes = await Promise.all([a.createWebhook(first, claimOf(first, 'same')), b.createWebhook(second, claimOf(first, 'same'))]);
        expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(['created', 'replayed']);
        expect(await ids(a, 'acme')).toHaveLength(1);
      });

      it('holds the per-account limit when both create at once', async () => {
        const [a, b] = [await openStore(), await openStore()];
        const limits = { maxWebhooksPerAccount: 3 };
        const outcomes = await Promise.all(Array.from({ length: 8 }, (_, index) => (index % 2 === 0 ? a : b).createWebhook(webhook('acme', index), undefined, limits)));
        expect(outcomes.filter((outcome) => outcome.kind === 'created')).toHaveLength(3);
        expect(await ids(b, 'acme')).toHaveLength(3);
      });

      it('claims each delivery once when both claim at once, within the per-webhook limit', async () => {
        const a = await open();
        const b = outboxHelpers(await openStore());
        const hooks = [await a.addWebhook({ url: 'https://one.example/' }), await a.addWebhook({ url: 'https://two.example/' }, 'other')];
        for (const hook of hooks) await enqueue(a.store, hook, 20);
        const [fromA, fromB] = await Promise.all([claim(a.store, 16, 4), claim(b.store, 16, 4)]);
        const claimed = [...fromA, ...fromB].map((c) => c.delivery.id);
        expect(new Set(claimed).size).toBe(claimed.length);
        // at most four of each webhook in flight, whoever claimed them
        for (const hook of hooks) expect(claimed.length === 0 || [...fromA, ...fromB].filter((c) => c.delivery.webhook_id === hook.id).length <= 4).toBe(true);
        const more = await claim(b.store, 100, 100, NOW);
        expect(more.every((c) => !claimed.includes(c.delivery.id))).toBe(true);
        expect(claimed.length + more.length).toBe(40);
      });
    });
  });
}
