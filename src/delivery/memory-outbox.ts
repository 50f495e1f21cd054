/**
 * An outbox in memory, for tests and for trying the engine without a database. It keeps the promises of
 * `DeliveryOutbox` (claims lease, records apply only to current claims) but nothing survives the process.
 * @module
 */
import type { NewDelivery, StoredWebhook } from './events.js';
import type { AttemptRecord, ClaimedDelivery, DeliveryOutbox, DeliveryRecord } from './outbox.js';

/**
 * The in-memory outbox, with the webhooks it hands out beside each claimed delivery.
 * @example
 * const outbox = new MemoryOutbox([webhook]);
 * outbox.enqueue(planDeliveries(event, [webhook], { now, newId: randomUUID }));
 */
export class MemoryOutbox implements DeliveryOutbox {
  readonly webhooks = new Map<string, StoredWebhook>();
  readonly deliveries = new Map<string, DeliveryRecord>();

  constructor(webhooks: readonly StoredWebhook[] = []) {
    for (const webhook of webhooks) this.webhooks.set(webhook.id, webhook);
  }

  enqueue(deliveries: readonly NewDelivery[]): void {
    for (const delivery of deliveries) {
      if (this.deliveries.has(delivery.id)) throw new Error(`delivery ${delivery.id} already exists`);
      this.deliveries.set(delivery.id, {
        ...delivery,
        status: 'pending',
        attempts: 0,
        last_attempt_at: null,
        last_response_status: null,
        last_error: null,
        next_attempt_at: delivery.created_at,
      });
    }
  }

  claimDue(now: Date, limit: number, leaseUntil: Date): ClaimedDelivery[] {
    const due = [...this.deliveries.values()]
      .filter((delivery) => delivery.status === 'pending' && delivery.next_attempt_at !== null && delivery.next_attempt_at.getTime() <= now.getTime())
      .sort((a, b) => a.next_attempt_at!.getTime() - b.next_attempt_at!.getTime() || a.created_at.getTime() - b.created_at.getTime())
      .slice(0, limit);
    return due.map((delivery) => {
      delivery.next_attempt_at = leaseUntil;
      // copies: the engine must not change the store by holding on to a record
      return { delivery: { ...delivery }, webhook: this.webhooks.get(delivery.webhook_id) };
    });
  }

  recordAttempt(claimed: DeliveryRecord, outcome: AttemptRecord): boolean {
    const delivery = this.#current(claimed);
    if (delivery === undefined) return false;
    Object.assign(delivery, {
      attempts: delivery.attempts + 1,
      status: outcome.status,
      last_attempt_at: outcome.attempted_at,
      last_response_status: outcome.response_status,
      last_error: outcome.error,
      next_attempt_at: outcome.next_attempt_at,
    });
    return true;
  }

  markFailed(claimed: DeliveryRecord, reason: string): boolean {
    const delivery = this.#current(claimed);
    if (delivery === undefined) return false;
    Object.assign(delivery, { status: 'failed', last_error: reason, next_attempt_at: null });
    return true;
  }

  release(claimed: DeliveryRecord, dueAt: Date): boolean {
    const delivery = this.#current(claimed);
    // only the lease this claim took: a later claim of the same delivery keeps its own
    if (delivery === undefined || delivery.next_attempt_at?.getTime() !== claimed.next_attempt_at?.getTime()) return false;
    delivery.next_attempt_at = dueAt;
    return true;
  }

  disableWebhook(claimed: DeliveryRecord, at: Date, reason: string): void {
    const webhookId = claimed.webhook_id;
    const webhook = this.webhooks.get(webhookId);
    if (webhook !== undefined && (webhook.disabled_at === undefined || webhook.disabled_at === null)) {
      this.webhooks.set(webhookId, { ...webhook, disabled_at: at.toISOString() });
    }
    for (const delivery of this.deliveries.values()) {
      if (delivery.webhook_id === webhookId && delivery.status === 'pending') {
        Object.assign(delivery, { status: 'failed', last_error: reason, next_attempt_at: null });
      }
    }
  }

  /** The deliveries of a webhook, newest first, as the API lists them. */
  list(webhookId?: string): DeliveryRecord[] {
    return [...this.deliveries.values()]
      .filter((delivery) => webhookId === undefined || delivery.webhook_id === webhookId)
      .sort((a, b) => b.created_at.getTime() - a.created_at.getTime())
      .map((delivery) => ({ ...delivery }));
  }

  /** The stored delivery, while the claim `claimed` came from is still current. */
  #current(claimed: DeliveryRecord): DeliveryRecord | undefined {
    const delivery = this.deliveries.get(claimed.id);
    return delivery !== undefined && delivery.status === 'pending' && delivery.attempts === claimed.attempts ? delivery : undefined;
  }
}
