/**
 * What the SQLite store keeps of the server itself: the platform's signing keys, its named secrets, and the
 * page-by-page reading and compare-and-set replacing of every sealed value (re-sealing is the layer above's).
 * Private keys and secrets arrive sealed and are kept as they are.
 * @module
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { SealedChange, SealedKind, SealedPage, StoredSigningKey } from '../contract.js';
import { toStoredSigningKey } from '../rows.js';
import { forSqlite, replaceSealedStatement, sealedPageOf, sealedPageStatement } from '../sealed-rows.js';
import type { SqliteRunner } from './faults.js';
import type { Statements } from './statements.js';

type Row = Record<string, unknown>;

/** The signing keys, server secrets and sealed values of one SQLite database. */
export class SqliteKeys {
  readonly #db: BetterSqlite3.Database;
  readonly #s: Statements;
  readonly #run: SqliteRunner;

  constructor(db: BetterSqlite3.Database, statements: Statements, run: SqliteRunner) {
    this.#db = db;
    this.#s = statements;
    this.#run = run;
  }

  async listSigningKeys(): Promise<StoredSigningKey[]> {
    const rows = (await this.#run.read(() => this.#s.listSigningKeys.all())) as Row[];
    return rows.map(toStoredSigningKey);
  }

  async addSigningKey(key: StoredSigningKey, retireOthersAt: number): Promise<void> {
    await this.#run.write(() =>
      this.#db
        .transaction(() => {
          this.#s.retireSigningKeys.run(retireOthersAt);
          this.#insert(key);
        })
        .immediate(),
    );
  }

  async addFirstSigningKey(key: StoredSigningKey): Promise<boolean> {
    return this.#run.write(() =>
      this.#db
        .transaction(() => {
          if (this.#s.anySigningKey.get() !== undefined) return false;
          this.#insert(key);
          return true;
        })
        .immediate(),
    );
  }

  #insert(key: StoredSigningKey): void {
    this.#s.insertSigningKey.run(key.kid, key.alg, JSON.stringify(key.publicJwk), key.privateKeyPem, key.createdAt, key.activatesAt, key.retiresAt);
  }

  async serverSecret(name: string, create: () => string): Promise<string> {
    const s = this.#s;
    const existing = (await this.#run.read(() => s.getServerSecret.get(name))) as Row | undefined;
    if (existing) return existing.value as string;
    // another process may have made it meanwhile: the first one stays
    const made = create();
    await this.#run.write(() => s.insertServerSecret.run(name, made));
    const stored = (await this.#run.read(() => s.getServerSecret.get(name))) as Row;
    return stored.value as string;
  }

  async sealedValues(kind: SealedKind, after: string | undefined, limit: number): Promise<SealedPage> {
    const { sql, params } = forSqlite(sealedPageStatement(kind, after, limit));
    const rows = (await this.#run.read(() => this.#db.prepare(sql).all(...params))) as Row[];
    return sealedPageOf(kind, rows, limit);
  }

  async replaceSealed(changes: readonly SealedChange[]): Promise<number> {
    if (changes.length === 0) return 0;
    const db = this.#db;
    return this.#run.write(() =>
      db
        .transaction(() => {
          let replaced = 0;
          for (const change of changes) {
            const { sql, params } = forSqlite(replaceSealedStatement(change));
            replaced += db.prepare(sql).run(...params).changes;
          }
          return replaced;
        })
        .immediate(),
    );
  }
}
