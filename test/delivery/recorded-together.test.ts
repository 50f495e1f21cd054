/**
 * Attempts that finish in the same turn are recorded in one transaction (the SQLite outbox's group commit):
 * a run of failures and a queue's due time come out as if each attempt had been recorded alone.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { planDeliveries } from '../../src/delivery/events.js';
import type { AttemptRecord, ClaimedDelivery } from '../../src/delivery/outbox.js';
import type { Store } from '../../src/store/contract.js';
import { openOutboxStore } from '../support/outbox-store.js';
import { OrderCreatedEvent } from '../../generated/examples.js';

const T0 = Date.parse('2026-11-03T00:00:00Z');
const stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

const succeeded = (at: number): AttemptRecord => ({ attempted_at: new Date(at), status: 'succeeded', response_status: 204, error: null, next_attempt_at: null, endpoint: 'answered' });
const failed = (at: number, retryAt: number): AttemptRecord => ({
  attempted_at: new Date(at),
  status: 'pending',
  response_status: 500,
  error: 'the endpoint answered 500 Internal Server Error',
  next_attempt_at: new Date(retryAt),
  endpoint: 'answered',
});

async function claimed(count: number): Promise<{ store: Store; claims: ClaimedDelivery[] }> {
  const outbox = await openOutboxStore();
  stores.push(outbox.store);
  const webhook = await outbox.addWebhook({ url: 'http://localhost:1/hook', secret: 'a plain secret' });
  const planned = Array.from({ length: count }).flatMap(() => planDeliveries({ ...OrderCreatedEvent, id: randomUUID() }, [webhook], { now: new Date(T0), newId: randomUUID }));
  await outbox.store.enqueue(planned);
  const claims = await outbox.store.claim({ now: new Date(T0), limit: count, leaseUntil: new Date(T0 + 15_000), perWebhookLimit: 8 });
  expect(claims).toHaveLength(count);
  return { store: outbox.store, claims };
}

describe('attempts recorded in the same turn', () => {
  it('a success before a failure in one group ends the run before it: the failure starts a new one', async () => {
    const { store, claims } = await claimed(4);
    const [earlier, first, second, third] = claims.map((claim) => claim.delivery);
    expect(await store.recordAttempt(earlier!, failed(T0 + 500, T0 + 30_000))).toMatchObject({ failingSince: new Date(T0 + 500), failedDeliveries: 1 });
    const [, afterSuccess] = await Promise.all([store.recordAttempt(first!, succeeded(T0 + 1_000)), store.recordAttempt(second!, failed(T0 + 2_000, T0 + 60_000))]);
    expect(afterSuccess).toEqual({ applied: true, failingSince: new Date(T0 + 2_000), failedDeliveries: 1 });
    // the next group's failure continues that new run
    expect(await store.recordAttempt(third!, failed(T0 + 3_000, T0 + 90_000))).toEqual({ applied: true, failingSince: new Date(T0 + 2_000), failedDeliveries: 2 });
    // and the queue is due again at the earliest retry
    expect(await store.nextDueAt(new Date(T0 + 3_000))).toEqual(new Date(T0 + 30_000));
  });

  it('a failure before a success in one group: the success ends the run, so the next failure starts a new one', async () => {
    const { store, claims } = await claimed(3);
    const [first, second, third] = claims.map((claim) => claim.delivery);
    const [afterFailure, afterSuccess] = await Promise.all([store.recordAttempt(first!, failed(T0 + 1_000, T0 + 60_000)), store.recordAttempt(second!, succeeded(T0 + 2_000))]);
    expect(afterFailure).toEqual({ applied: true, failingSince: new Date(T0 + 1_000), failedDeliveries: 1 });
    expect(afterSuccess.applied).toBe(true);
    expect(await store.recordAttempt(third!, failed(T0 + 3_000, T0 + 90_000))).toEqual({ applied: true, failingSince: new Date(T0 + 3_000), failedDeliveries: 1 });
  });

  it('a success recorded twice in one group applies once', async () => {
    const { store, claims } = await claimed(3);
    const delivery = claims[0]!.delivery;
    const results = await Promise.all([store.recordAttempt(delivery, succeeded(T0 + 1_000)), store.recordAttempt(delivery, succeeded(T0 + 1_000))]);
    expect(results.map((result) => result.applied)).toEqual([true, false]);
  });
});
