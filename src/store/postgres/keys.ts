/**
 * What the Postgres store keeps of the server itself: the platform's signing keys (added under a transaction
 * advisory lock, so that processes starting together keep one first key and none retires another's), its
 * named secrets (the first one made stays), and the page-by-page reading and compare-and-set replacing of
 * every sealed value. Private keys and secrets arrive sealed and are kept as they are.
 * @module
 */
import type { SealedChange, SealedKind, SealedPage, StoredSigningKey } from '../contract.js';
import { toStoredSigningKey } from '../rows.js';
import { replaceSealedStatement, sealedPageOf, sealedPageStatement } from '../sealed-rows.js';
import type { PostgresRunner, Transaction } from './runner.js';

/** `Store.listSigningKeys`. */
export async function listSigningKeysIn(tx: Transaction): Promise<StoredSigningKey[]> {
  const rows = await tx.query('SELECT kid, alg, public_jwk, private_key, created_at, activates_at, retires_at FROM signing_keys ORDER BY activates_at DESC, created_at DESC, kid');
  return rows.map(toStoredSigningKey);
}

async function insertSigningKey(tx: Transaction, key: StoredSigningKey): Promise<void> {
  await tx.query('INSERT INTO signing_keys (kid, alg, public_jwk, private_key, created_at, activates_at, retires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    key.kid,
    key.alg,
    JSON.stringify(key.publicJwk),
    key.privateKeyPem,
    key.createdAt,
    key.activatesAt,
    key.retiresAt,
  ]);
}

/** `Store.addSigningKey`. */
export function addSigningKeyIn(run: PostgresRunner, key: StoredSigningKey, retireOthersAt: number): Promise<void> {
  return run.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtextextended('signing-keys', 0))");
    await tx.query('UPDATE signing_keys SET retires_at = $1 WHERE retires_at IS NULL', [retireOthersAt]);
    await insertSigningKey(tx, key);
  });
}

/** `Store.addFirstSigningKey`. */
export function addFirstSigningKeyIn(run: PostgresRunner, key: StoredSigningKey): Promise<boolean> {
  return run.transaction(async (tx) => {
    // processes starting together on a new database: the first one's key stays, the others read it
    await tx.query("SELECT pg_advisory_xact_lock(hashtextextended('signing-keys', 0))");
    if ((await tx.query('SELECT 1 FROM signing_keys LIMIT 1')).length > 0) return false;
    await insertSigningKey(tx, key);
    return true;
  });
}

/** `Store.serverSecret`. */
export async function serverSecretIn(tx: Transaction, name: string, create: () => string): Promise<string> {
  const [existing] = await tx.query('SELECT value FROM server_secrets WHERE name = $1', [name]);
  if (existing) return existing.value as string;
  // another process may make it meanwhile: the first one stays
  await tx.query('INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [name, create()]);
  const [stored] = await tx.query('SELECT value FROM server_secrets WHERE name = $1', [name]);
  return stored!.value as string;
}

/** `Store.sealedValues`. */
export async function sealedValuesIn(tx: Transaction, kind: SealedKind, after: string | undefined, limit: number): Promise<SealedPage> {
  const { sql, params } = sealedPageStatement(kind, after, limit);
  return sealedPageOf(kind, await tx.query(sql, params), limit);
}

/** `Store.replaceSealed`: one transaction, each value replaced only if it still reads `from`. */
export function replaceSealedIn(run: PostgresRunner, changes: readonly SealedChange[]): Promise<number> {
  if (changes.length === 0) return Promise.resolve(0);
  return run.transaction(async (tx) => {
    let replaced = 0;
    for (const change of changes) {
      const { sql, params } = replaceSealedStatement(change);
      replaced += (await tx.query(`${sql} RETURNING 1`, params)).length;
    }
    return replaced;
  });
}
