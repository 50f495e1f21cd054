/**
 * The fair outbox of the SQLite store: what a claim takes (per-webhook limits, one probe for an endpoint
 * that stopped answering, round robin across accounts and webhooks, nothing of a disabled webhook), how
 * leases end, and when the next delivery falls due.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { NewDelivery, StoredWebhook } from '../../src/delivery/events.js';
import type { AttemptRecord, ClaimedDelivery } from '../../src/delivery/outbox.js';
import type { Store } from '../../src/store/contract.js';
import { openOutboxStore, type OutboxStore } from '../support/outbox-store.js';

const NOW = Date.parse('2026-11-02T10:00:00Z');
const opened: Store[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});

async function open(): Promise<OutboxStore> {
  const outbox = await openOutboxStore();
  opened.push(outbox.store);
  return outbox;
}

/** `count` deliveries to `webhook`, due one millisecond apart from `at`. */
async function enqueue(store: Store, webhook: StoredWebhook, count: number, at = NOW - 60_000): Promise<NewDelivery[]> {
  const deliveries = Array.from({ length: count }, (_, index) => ({
    account_id: webhook.account_id!,
    id: randomUUID(),
    webhook_id: webhook.id,
    event_id: randomUUID(),
    event_type: 'order.created' as const,
    body: '{}',
    created_at: new Date(at + index),
  }));
  await store.enqueue(deliveries);
  return deliveries;
}

const claim = (store: Store, limit: number, perWebhookLimit = 8, now = NOW) =>
  store.claim({ now: new Date(now), limit, leaseUntil: new Date(now + 15_000), perWebhookLimit });
const owners = (claims: readonly ClaimedDelivery[]) => claims.map((claimed) => claimed.delivery.webhook_id);
const failed = (at: number, endpoint: AttemptRecord['endpoint']): AttemptRecord => ({
  attempted_at: new Date(at),
  status: 'pending',
  response_status: endpoint === 'answered' ? 503 : null,
  error: 'failed',
  next_attempt_at: new Date(at + 1_000),
  endpoint,
});

describe('a claim', () => {
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
    for (const webhook of many) await enqueue(store, webhook, 5);
    const smallOnes = await enqueue(store, small, 5);
    const claims = await claim(store, 4);
    // two accounts, two turns each: the big account's turns go to two of its webhooks
    expect(claims.filter((claimed) => claimed.delivery.account_id === 'small')).toHaveLength(2);
    expect(new Set(claims.filter((claimed) => claimed.delivery.account_id === 'big').map((claimed) => claimed.delivery.webhook_id)).size).toBe(2);
    expect(claims.filter((claimed) => claimed.delivery.account_id === 'small').map((claimed) => claimed.delivery.id)).toEqual(smallOnes.slice(0, 2).map((delivery) => delivery.id));
    // the webhooks just served wait their turn: the third webhook of the big account comes first next time
    const next = await claim(store, 1, 8, NOW + 1);
    expect(owners(next)).toEqual([many.find((webhook) => !owners(claims).includes(webhook.id))!.id]);
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
    const webhook = await addWebhook({ url: 'https://slow.example/' });
    await enqueue(store, webhook, 1);
    const [claimed] = await claim(store, 1);
    expect(await store.nextDueAt(new Date(NOW))).toEqual(new Date(NOW + 15_000));
    await store.extendLeases([claimed!.delivery], new Date(NOW + 40_000));
    expect(await store.nextDueAt(new Date(NOW))).toEqual(new Date(NOW + 40_000));
    expect(await claim(store, 1, 8, NOW + 20_000)).toEqual([]);
    expect(await claim(store, 1, 8, NOW + 40_000)).toHaveLength(1);
  });
});

describe('a webhook’s run of failures', () => {
  it('counts each delivery once, and ends with a success or a new url', async () => {
    const { store, addWebhook, changeWebhook } = await open();
    const webhook = await addWebhook({ url: 'https://flaky.example/' });
    await enqueue(store, webhook, 2);
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
    await changeWebhook(webhook, { url: 'https://fixed.example/' }, NOW + 6_000);
    await enqueue(store, webhook, 3, NOW);
    expect(await claim(store, 10, 8, NOW + 7_000)).toHaveLength(4);
  });
});
