/**
 * Where each kind of sealed value lives in both stores' schemas (the same tables and columns in SQLite and
 * Postgres): the statement that reads one page of a kind in key order, and the compare-and-set that replaces
 * one value. The stores run these with their own placeholders; what the values mean is the layer above's.
 * @module
 */
import type { SealedChange, SealedKind, SealedPage, SealedRef, SealedValue } from './sealed-values.js';

/** A statement and its parameters; `$1`, `$2`… become `?` for SQLite (each used once, in order). */
export interface Statement {
  sql: string;
  params: unknown[];
}

type Row = Record<string, unknown>;

/** The statement reading the page of `kind` after `after` (the previous page's `next`), `limit` rows at most. */
export function sealedPageStatement(kind: SealedKind, after: string | undefined, limit: number): Statement {
  switch (kind) {
    case 'webhook':
      return {
        sql: 'SELECT seq, account_id, id, secret, oidc_client_secret FROM webhooks WHERE seq > $1 AND (secret IS NOT NULL OR oidc_client_secret IS NOT NULL) ORDER BY seq LIMIT $2',
        params: [after === undefined ? 0 : Number(after), limit],
      };
    case 'signing-key':
      return { sql: 'SELECT kid, private_key FROM signing_keys WHERE kid > $1 ORDER BY kid LIMIT $2', params: [after ?? '', limit] };
    case 'idempotency': {
      const [accountId, key] = after === undefined ? ['', ''] : (JSON.parse(after) as [string, string]);
      return { sql: 'SELECT account_id, key, body FROM idempotency_keys WHERE (account_id, key) > ($1, $2) ORDER BY account_id, key LIMIT $3', params: [accountId, key, limit] };
    }
    case 'server-secret':
      return { sql: 'SELECT name, value FROM server_secrets WHERE name > $1 ORDER BY name LIMIT $2', params: [after ?? '', limit] };
  }
}

/** The page the rows of `sealedPageStatement` make. */
export function sealedPageOf(kind: SealedKind, rows: readonly Row[], limit: number): SealedPage {
  const values: SealedValue[] = [];
  for (const row of rows) {
    if (kind === 'webhook') {
      for (const field of ['secret', 'oidc_client_secret'] as const) {
        if (typeof row[field] === 'string') values.push({ ref: { kind, accountId: row.account_id as string, id: row.id as string, field }, value: row[field] as string });
      }
    } else if (kind === 'signing-key') values.push({ ref: { kind, kid: row.kid as string }, value: row.private_key as string });
    else if (kind === 'idempotency') values.push({ ref: { kind, accountId: row.account_id as string, key: row.key as string }, value: row.body as string });
    else values.push({ ref: { kind, name: row.name as string }, value: row.value as string });
  }
  const last = rows.at(-1);
  if (last === undefined || rows.length < limit) return { values };
  const next = kind === 'webhook' ? String(last.seq) : kind === 'signing-key' ? (last.kid as string) : kind === 'idempotency' ? JSON.stringify([last.account_id, last.key]) : (last.name as string);
  return { values, next };
}

/** The compare-and-set that replaces one sealed value: it changes nothing when the value is no longer `from`. */
export function replaceSealedStatement({ ref, from, to }: SealedChange): Statement {
  return { sql: replaceSql(ref), params: [to, ...keyOf(ref), from] };
}

function replaceSql(ref: SealedRef): string {
  switch (ref.kind) {
    case 'webhook':
      // the column is one of two names, never the caller's text
      return ref.field === 'secret' ? 'UPDATE webhooks SET secret = $1 WHERE account_id = $2 AND id = $3 AND secret = $4' : 'UPDATE webhooks SET oidc_client_secret = $1 WHERE account_id = $2 AND id = $3 AND oidc_client_secret = $4';
    case 'signing-key':
      return 'UPDATE signing_keys SET private_key = $1 WHERE kid = $2 AND private_key = $3';
    case 'idempotency':
      return 'UPDATE idempotency_keys SET body = $1 WHERE account_id = $2 AND key = $3 AND body = $4';
    case 'server-secret':
      return 'UPDATE server_secrets SET value = $1 WHERE name = $2 AND value = $3';
  }
}

function keyOf(ref: SealedRef): unknown[] {
  switch (ref.kind) {
    case 'webhook':
      return [ref.accountId, ref.id];
    case 'signing-key':
      return [ref.kid];
    case 'idempotency':
      return [ref.accountId, ref.key];
    case 'server-secret':
      return [ref.name];
  }
}

/** The statement with SQLite's placeholders: each `$n` is used once and in order, so `?` binds the same. */
export function forSqlite(statement: Statement): Statement {
  return { sql: statement.sql.replace(/\$\d+/g, '?'), params: statement.params };
}
