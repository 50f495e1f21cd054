/**
 * Rows read back the same way by every store (both keep times as milliseconds since the Unix epoch): a
 * delivery as the API lists it, and a signing key.
 * @module
 */
import type { ListedDelivery, StoredSigningKey } from './contract.js';
import type { EventType } from '../types.js';

const dateOrNull = (ms: unknown): Date | null => (ms === null || ms === undefined ? null : new Date(ms as number));

/** A delivery row (the columns of the deliveries list) as the API lists it. */
export function toListedDelivery(row: Record<string, unknown>): ListedDelivery {
  return {
    account_id: row.account_id as string,
    id: row.id as string,
    webhook_id: row.webhook_id as string,
    event_id: row.event_id as string,
    event_type: row.event_type as EventType,
    status: row.status as ListedDelivery['status'],
    attempts: row.attempts as number,
    last_attempt_at: dateOrNull(row.last_attempt_at),
    last_response_status: row.last_response_status as number | null,
    last_error: row.last_error as string | null,
    next_attempt_at: dateOrNull(row.next_attempt_at),
    created_at: new Date(row.created_at as number),
  };
}

/** A row of `signing_keys` (its private key still sealed). */
export function toStoredSigningKey(row: Record<string, unknown>): StoredSigningKey {
  return {
    kid: row.kid as string,
    alg: row.alg as StoredSigningKey['alg'],
    publicJwk: JSON.parse(row.public_jwk as string) as Record<string, string>,
    privateKeyPem: row.private_key as string,
    createdAt: row.created_at as number,
    activatesAt: row.activates_at as number,
    retiresAt: row.retires_at as number | null,
  };
}
