/**
 * The server's side of the platform's transactional outbox (Postgres): the relay takes the rows the
 * platform committed, judges each with the validators of `POST /v1/events` (the `EventPublish` body, and
 * the row's id and type columns against its event), and has the store publish it through the same path,
 * in one transaction with the fan-out; a malformed row is rejected with the reason, never delivered and
 * never taken again. Every process relays: the store's `FOR UPDATE SKIP LOCKED` gives each row to one.
 * @module
 */
import type { WebhookEvent } from '../types.js';
import { validateSchema } from '../validation/validate.js';
import type { OutboxDecision, OutboxRelayed, OutboxRow, Store } from '../store/contract.js';
import { publicationOf, type EmitContext } from './events.js';

/** Rows taken in one transaction. */
const OUTBOX_BATCH = 100;
/** The longest the relay sleeps before it looks again (a NOTIFY wakes it sooner). */
const OUTBOX_POLL_MS = 1_000;

/** What one run of the relay did. */
export interface OutboxReport {
  /** the rows published or replayed (an event id already published with the same body), and rejected */
  relayed: OutboxRelayed[];
}

/**
 * What to do with one outbox row: reject it, with the reason in words, when it would be refused by
 * `POST /v1/events` (422) or its columns disagree with its event; publish it otherwise.
 */
export function decideOutboxRow(row: OutboxRow, context: EmitContext): OutboxDecision {
  const checked = validateSchema('EventPublish', { account_id: row.accountId, event: row.body });
  if (!checked.ok) return { reject: `the event breaks the contract: ${checked.errors.map((error) => `${error.pointer || '(body)'}: ${error.message}`).join('; ')}` };
  const event = row.body as WebhookEvent;
  if (event.id !== row.eventId) return { reject: `the row's event_id ${JSON.stringify(row.eventId)} is not its event's id ${JSON.stringify(event.id)}` };
  if (event.type !== row.eventType) return { reject: `the row's event_type ${JSON.stringify(row.eventType)} is not its event's type ${JSON.stringify(event.type)}` };
  const { publish, plan } = publicationOf(row.accountId, event, context);
  return { publish, plan };
}

/** The relay of one server: `runOnce()` for tests, a loop woken by the outbox's NOTIFY otherwise. */
export interface OutboxRelay {
  /** Relays every pending row no other process holds, batch after batch, and says what became of each. */
  runOnce(): Promise<OutboxReport>;
  /** Starts the loop: it relays now, when woken, and at least every second. */
  start(): void;
  /** A row was written: relay soon (nothing when not started). */
  wake(): void;
  /** Stops the loop; a run in flight finishes. */
  stop(): Promise<void>;
}

/**
 * A relay for a store with an outbox.
 * @example
 * const relay = createOutboxRelay(store, { now: Date.now }, { onRelayed: (row) => log(row), onError: warn });
 */
export function createOutboxRelay(
  store: Store & Required<Pick<Store, 'relayOutbox'>>,
  context: EmitContext,
  hooks: { onRelayed?: (row: OutboxRelayed) => void; onError?: (error: unknown) => void } = {},
): OutboxRelay {
  let started = false;
  let running: Promise<void> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  const runOnce = async (): Promise<OutboxReport> => {
    const relayed: OutboxRelayed[] = [];
    for (;;) {
      const batch = await store.relayOutbox(OUTBOX_BATCH, (row) => decideOutboxRow(row, context));
      for (const row of batch) hooks.onRelayed?.(row);
      relayed.push(...batch);
      if (batch.length < OUTBOX_BATCH) return { relayed };
    }
  };
  const loop = async () => {
    do {
      again = false;
      try {
        await runOnce();
      } catch (error) {
        // the database away or busy: the next poll tries again
        hooks.onError?.(error);
      }
    } while (again && started);
    running = undefined;
  };
  const wake = () => {
    if (!started) return;
    if (running !== undefined) again = true;
    else running = loop();
  };
  return {
    runOnce,
    wake,
    start() {
      if (started) return;
      started = true;
      timer = setInterval(wake, OUTBOX_POLL_MS);
      timer.unref();
      wake();
    },
    async stop() {
      started = false;
      if (timer !== undefined) clearInterval(timer);
      await running;
    },
  };
}
