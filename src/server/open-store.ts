/**
 * Opens the store the server's options name (any store given, Postgres at `databaseUrl`, or SQLite at
 * `databasePath`) with sealing above it, checks that SECRETS_KEY opens what it holds, and re-seals under
 * a new key; a fault met while starting is said of where the database is in one sentence.
 * @module
 */
import { SecretsKeyError, StoreError, storeFaultOf } from './errors.js';
import type { ServerOptions } from './options.js';
import { resealAll, sealStore, sealedKeyIds, type SealedStore } from './sealed-store.js';
import { missingKeyMessage, type SecretsBox } from './secrets-box.js';
import { createSqliteStore } from '../store/sqlite/store.js';
import type { Store } from '../store/contract.js';

/** The store, sealed; how many values were sealed again; and whether the database was made at this start. */
export interface OpenedStore {
  store: SealedStore;
  resealed: number;
  created: boolean;
}

/**
 * Opens the store with `box` sealing above it; refuses a database whose secrets `box` cannot open (or that
 * holds secrets while no key was given), and seals again under the current key when previous keys are given.
 */
export async function openSealedStore(options: ServerOptions, box: SecretsBox, keyGiven: boolean, databasePath: string): Promise<OpenedStore> {
  const raw = await openStore(options, databasePath);
  const where = whereOf(options, databasePath);
  try {
    await checkSecretsKey(raw, box, keyGiven);
    const resealed = (options.previousSecretsKeys?.length ?? 0) > 0 ? await resealAll(raw, box) : 0;
    return { store: sealStore(raw, box), resealed, created: raw.created === true };
  } catch (error) {
    await raw.close();
    throw atStart(error, where);
  }
}

/** Where the database is, as start-up messages name it. */
export function whereOf(options: ServerOptions, databasePath: string): string {
  return options.store !== undefined ? 'the store' : options.databaseUrl !== undefined ? 'DATABASE_URL' : `DATABASE_PATH ${JSON.stringify(databasePath)}`;
}

/** Checks that this box opens everything stored; the message says which key is missing. */
async function checkSecretsKey(store: Store, box: SecretsBox, keyGiven: boolean): Promise<void> {
  const needed = await sealedKeyIds(store);
  if (!keyGiven && needed.size > 0) {
    throw new SecretsKeyError(
      `This database holds encrypted secrets, and SECRETS_KEY is not set: set it to the key they were encrypted with (key id ${[...needed].join(', ')}), the one printed or chosen when the database was made.`,
    );
  }
  for (const keyId of needed) if (!box.hasKey(keyId)) throw new SecretsKeyError(missingKeyMessage(keyId, box.keyId));
}

/** The store the options name: any store given, Postgres at `databaseUrl`, or SQLite at `databasePath`. */
async function openStore(options: ServerOptions, databasePath: string): Promise<Store & { readonly created?: boolean }> {
  if (options.store !== undefined) return options.store();
  if (options.databaseUrl !== undefined) {
    // loaded only here: a server on SQLite never reads the Postgres code (nor needs pg installed)
    const { createPostgresStore } = await import('../store/postgres/store.js');
    try {
      return await createPostgresStore({
        url: options.databaseUrl,
        setting: 'DATABASE_URL',
        ...(options.statementTimeoutMs === undefined ? {} : { statementTimeoutMs: options.statementTimeoutMs }),
      });
    } catch (error) {
      throw atStart(error, 'DATABASE_URL');
    }
  }
  return createSqliteStore({
    path: databasePath,
    setting: 'DATABASE_PATH',
    ...(options.databaseMustExist ? { mustExist: 'DATABASE_MUST_EXIST' } : {}),
    ...(options.synchronous ? { synchronous: options.synchronous } : {}),
    ...(options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs }),
    ...(options.maxDatabaseBytes === undefined ? {} : { maxBytes: options.maxDatabaseBytes }),
  });
}

/** A store fault met while starting (a lock held elsewhere, a full disk, an unreachable server), said of where the database is in one sentence. */
export function atStart(error: unknown, where: string): unknown {
  const fault = storeFaultOf(error);
  if (fault === undefined) return error;
  const { message } = error as Error;
  if (message.startsWith(where)) return error;
  const advice =
    fault === 'busy' && where.startsWith('DATABASE_PATH')
      ? ': stop what holds it (a backup, a sqlite3 shell) or wait for it, then start again'
      : fault === 'unavailable' && where === 'DATABASE_URL'
        ? ': check that the Postgres server is running and that DATABASE_URL names it, its database and a user that may connect'
        : '';
  return new StoreError(fault, `${where} cannot be used now: ${message}${advice}.`, { cause: error });
}
