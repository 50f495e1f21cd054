/**
 * The Postgres store's published events: one publish of an event id at a time (a transaction advisory lock
 * on it), remembered so that a retry replays; the relay of the platform's transactional outbox through the
 * same publish; and the per-key rate limit's fixed window shared by every process.
 * @module
 */
import type { NewDelivery, OutboxDecision, OutboxRelayed, PublishedEvent, PublishOutcome, SenderWebhook } from '../contract.js';
import { storeFaultOf } from '../errors.js';
import { dateTime } from '../instant.js';
import { rejectOutboxRow, removeOutboxRow, takeOutboxRows } from './event-outbox.js';
import { accountOf, enqueueIn } from './outbox.js';
import { toStoreError, type PostgresRunner, type Transaction } from './runner.js';
import { receivingIn, senderView } from './webhooks.js';
import type { OutboxRow } from '../contract.js';

/** The publish of one event inside `tx`: `POST /v1/events`, `emit` and the outbox all come here. */
export async function publishIn(tx: Transaction, event: PublishedEvent, plan: (webhooks: SenderWebhook[]) => NewDelivery[]): Promise<PublishOutcome> {
  // one publish of an id at a time: a retry racing the first (another process) waits, then replays
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`event/${event.accountId}/${event.eventId}`]);
  const [known] = await tx.query('SELECT fingerprint, deliveries, published_at FROM published_events WHERE account_id = $1 AND event_id = $2', [event.accountId, event.eventId]);
  if (known) {
    const publishedAt = new Date(known.published_at as number);
    return known.fingerprint === event.fingerprint ? { outcome: 'replayed', deliveries: known.deliveries as number, publishedAt } : { outcome: 'conflict', publishedAt };
  }
  const deliveries = plan((await receivingIn(tx, event.accountId, event.eventType)).map(senderView));
  for (const delivery of deliveries) if (accountOf(delivery) !== event.accountId) throw new TypeError('a published event plans deliveries of its own account only');
  await enqueueIn(tx, deliveries);
  await tx.query('INSERT INTO published_events (account_id, event_id, event_type, fingerprint, deliveries, published_at) VALUES ($1, $2, $3, $4, $5, $6)', [
    event.accountId,
    event.eventId,
    event.eventType,
    event.fingerprint,
    deliveries.length,
    event.publishedAt.getTime(),
  ]);
  return { outcome: 'published', deliveries: deliveries.length, publishedAt: event.publishedAt };
}

/** `Store.relayOutbox`: each row published (and removed) or rejected, in one transaction. */
export function relayOutboxIn(run: PostgresRunner, limit: number, decide: (row: OutboxRow) => OutboxDecision): Promise<OutboxRelayed[]> {
  return run.transaction(async (tx) => {
    const relayed: OutboxRelayed[] = [];
    const now = Date.now();
    for (const row of await takeOutboxRows(tx, limit)) {
      const of = { seq: row.seq, accountId: row.accountId, eventId: row.eventId };
      const reject = async (reason: string) => relayed.push({ ...of, outcome: 'rejected', reason: await rejectOutboxRow(tx, row.seq, reason, now) });
      const decision = decide(row);
      if ('reject' in decision) {
        await reject(decision.reject);
        continue;
      }
      // a row this server cannot publish (a fault of ours, not of the database) is rejected alone, not retried forever
      await tx.query('SAVEPOINT outbox_row');
      let outcome: PublishOutcome;
      try {
        outcome = await publishIn(tx, decision.publish, decision.plan);
        await tx.query('RELEASE SAVEPOINT outbox_row');
      } catch (error) {
        if (storeFaultOf(toStoreError(error)) !== undefined) throw error;
        await tx.query('ROLLBACK TO SAVEPOINT outbox_row');
        await reject(`the server could not publish the event: ${(error as Error).message}`);
        continue;
      }
      if (outcome.outcome === 'conflict') {
        await reject(`the event id ${row.eventId} was published for account ${row.accountId} before (at ${dateTime(outcome.publishedAt.getTime())}) with another body; an event id names one event`);
        continue;
      }
      await removeOutboxRow(tx, row.seq);
      relayed.push({ ...of, outcome: outcome.outcome, deliveries: outcome.deliveries });
    }
    return relayed;
  });
}

/** `Store.rateLimitHit`: one statement, on the database's clock (every process shares it); a window that ended starts again at 1. */
export async function rateLimitHitIn(tx: Transaction, key: string, windowMs: number): Promise<{ hits: number; resetsInMs: number }> {
  const window = Math.max(1, Math.round(windowMs));
  const [row] = await tx.query(
    `WITH clock AS (SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS now),
     counted AS (
       INSERT INTO rate_limit_windows AS w (key, hits, resets_at) SELECT $1, 1, now + $2 FROM clock
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN w.resets_at <= EXCLUDED.resets_at - $2 THEN 1 ELSE w.hits + 1 END,
         resets_at = CASE WHEN w.resets_at <= EXCLUDED.resets_at - $2 THEN EXCLUDED.resets_at ELSE w.resets_at END
       RETURNING hits, resets_at)
     SELECT counted.hits, counted.resets_at - clock.now AS resets_in FROM counted, clock`,
    [key, window],
  );
  return { hits: row!.hits as number, resetsInMs: Math.max(0, row!.resets_in as number) };
}
