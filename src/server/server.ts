/**
 * Assembles the reference server and the sandbox from settings (store, secrets, keys, authentication,
 * SSRF guard) and starts them listening: `buildServer` / `buildSandbox` for `inject()` in tests,
 * `startServer` / `startSandbox` for a running server with a `url` and a graceful `close()`.
 * @module
 */
import { assemble } from './assemble.js';
import { apiKeyAuthenticator, generateApiKey, parseApiKeys, sandboxAuthenticator } from './auth.js';
import { DEFAULT_ALLOWED_ORIGINS, corsPolicy, type CorsPolicy } from './cors.js';
import { ServerConfigError, ServerStartError } from './errors.js';
import { atStart, openSealedStore, whereOf } from './open-store.js';
import { DEV_ACCOUNT, SANDBOX_DEFAULTS, SANDBOX_OFFLINE_REASON, SERVER_DEFAULTS, type BuiltServer, type RunningServer, type SandboxOptions, type ServerOptions } from './options.js';
import { sandboxAccounts } from './sandbox-accounts.js';
import { sealStore } from './sealed-store.js';
import { SecretsBox, generateSecretsKey, parseSecretsKey } from './secrets-box.js';
import { createSqliteStore } from '../store/sqlite/store.js';

export {
  DEFAULT_MAX_WEBHOOKS_PER_ACCOUNT,
  DEV_ACCOUNT,
  SANDBOX_DEFAULTS,
  SANDBOX_OFFLINE_REASON,
  SERVER_DEFAULTS,
  type BuiltServer,
  type CommonOptions,
  type DeliveryOptions,
  type RunningServer,
  type SandboxOptions,
  type ServerOptions,
} from './options.js';

function apiKeyMap(apiKeys: ServerOptions['apiKeys']): Map<string, string> | undefined {
  if (apiKeys === undefined) return undefined;
  if (typeof apiKeys === 'string') return apiKeys.trim() === '' ? undefined : parseApiKeys(apiKeys);
  const entries = apiKeys instanceof Map ? [...apiKeys] : Object.entries(apiKeys);
  if (entries.length === 0) return undefined;
  return parseApiKeys(entries.map(([key, account]) => `${key}=${account}`).join(','), 'apiKeys');
}

/**
 * Builds the reference server: SQLite at `databasePath`, secrets sealed under `secretsKey`, API keys mapped
 * to accounts. Refuses a database whose secrets its key cannot open.
 * @example
 * const server = await buildServer({ databasePath: ':memory:', apiKeys: { sk_test_0123456789abcdef: 'acme' }, secretsKey, resolve: false });
 * const response = await server.app.inject({ method: 'GET', url: '/v1/webhooks', headers: { authorization: 'Bearer sk_test_0123456789abcdef' } });
 * await server.close();
 */
export async function buildServer(options: ServerOptions = {}): Promise<BuiltServer> {
  const keys = apiKeyMap(options.apiKeys);
  const platformList = options.platformKeys === undefined ? [] : typeof options.platformKeys === 'string' ? options.platformKeys.split(',') : [...options.platformKeys];
  if (keys !== undefined && platformList.some((key) => keys.has(key.trim()))) {
    throw new ServerConfigError('a key in PLATFORM_KEYS is also in API_KEYS: a platform key must be a credential of its own');
  }
  const generatedApiKey = keys === undefined ? generateApiKey() : undefined;
  const keyGiven = options.secretsKey !== undefined && options.secretsKey.trim() !== '';
  const generatedSecretsKey = keyGiven ? undefined : generateSecretsKey();
  const box = new SecretsBox(
    parseSecretsKey(keyGiven ? options.secretsKey! : generatedSecretsKey!),
    (options.previousSecretsKeys ?? []).map((key, index) => parseSecretsKey(key, `SECRETS_KEY_PREVIOUS entry ${index + 1}`)),
  );
  const databasePath = options.databasePath ?? SERVER_DEFAULTS.databasePath;
  const { store, resealed, created } = await openSealedStore(options, box, keyGiven, databasePath);
  try {
    const built = await assemble(store, {
      ...options,
      allowLocalhost: options.allowLocalhostDestinations === true,
      authenticate: apiKeyAuthenticator(keys ?? new Map([[generatedApiKey!, DEV_ACCOUNT]])),
    });
    return {
      ...built,
      resealed,
      createdDatabase: created,
      ...(generatedApiKey === undefined ? {} : { generatedApiKey }),
      ...(generatedSecretsKey === undefined ? {} : { generatedSecretsKey }),
    };
  } catch (error) {
    await store.close();
    throw atStart(error, whereOf(options, databasePath));
  }
}

/**
 * Builds the sandbox: the same server on an in-memory store with an ephemeral secrets key, any bearer token
 * accepted (each its own account, seeded with the spec's examples), CORS on, loopback destinations
 * allowed, the trigger (`POST /v1/sandbox/events`) served, and offline unless `allowNetwork`.
 * @example
 * const sandbox = await buildSandbox({ log: false });
 * await sandbox.app.inject({ method: 'GET', url: '/v1/webhooks', headers: { authorization: 'Bearer alice' } });
 */
export async function buildSandbox(options: SandboxOptions = {}): Promise<BuiltServer> {
  const cors: CorsPolicy = corsPolicy(options.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS);
  const store = sealStore(await createSqliteStore({ path: ':memory:' }), SecretsBox.ephemeral());
  // each token's account, within a bound: idle and least recently used ones are forgotten
  const accounts = sandboxAccounts({
    store,
    seed: options.seed !== false,
    now: options.now ?? Date.now,
    ...(options.maxAccounts === undefined ? {} : { maxAccounts: options.maxAccounts }),
    ...(options.accountIdleMs === undefined ? {} : { idleMs: options.accountIdleMs }),
  });
  try {
    const built = await assemble(store, {
      ...options,
      allowLocalhost: true,
      ...(options.allowNetwork === true ? {} : { offline: { reason: SANDBOX_OFFLINE_REASON } }),
      authenticate: sandboxAuthenticator(),
      cors,
      trigger: true,
      onAccount: (accountId: string) => accounts.use(accountId),
      beforeStoreClose: () => accounts.close(),
    });
    return { ...built, resealed: 0, createdDatabase: true };
  } catch (error) {
    await accounts.close();
    await store.close();
    throw error;
  }
}

async function listen(built: BuiltServer, host: string, port: number): Promise<RunningServer> {
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    await built.close();
    throw new ServerConfigError(`the port must be a whole number from 0 to 65535; got ${String(port)}`);
  }
  try {
    await built.app.listen({ host, port });
  } catch (error) {
    await built.close();
    const code = (error as NodeJS.ErrnoException).code;
    const hint =
      code === 'EADDRINUSE'
        ? `port ${port} on ${host} is already in use: stop what is using it, or pick another port (--port or PORT)`
        : code === 'EACCES'
          ? `no permission to listen on port ${port}: pick a port above 1023 (--port or PORT)`
          : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND'
            ? `${host} is not an address of this machine (--host or HOST)`
            : (error as Error).message;
    throw new ServerStartError(`cannot listen on ${host}:${port}: ${hint}`, { cause: error });
  }
  const address = built.app.server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`;
  return { ...built, url, host, port: boundPort };
}

/**
 * Starts the reference server (127.0.0.1:8080 by default) and resolves once it listens.
 * @example
 * const server = await startServer({ port: 0, databasePath: ':memory:', apiKeys: 'sk_test_0123456789abcdef=acme', secretsKey });
 * await fetch(`${server.url}/v1/webhooks`, { headers: { Authorization: 'Bearer sk_test_0123456789abcdef' } });
 * await server.close();
 */
export async function startServer(options: ServerOptions & { host?: string; port?: number } = {}): Promise<RunningServer> {
  return listen(await buildServer(options), options.host ?? SERVER_DEFAULTS.host, options.port ?? SERVER_DEFAULTS.port);
}

/**
 * Starts the sandbox, the stateful mock (127.0.0.1:4011 by default), and resolves once it listens.
 * @example
 * const sandbox = await startSandbox({ port: 0 });
 * await fetch(`${sandbox.url}/v1/webhooks`, { headers: { Authorization: 'Bearer any-token' } });
 * await sandbox.close();
 */
export async function startSandbox(options: SandboxOptions & { host?: string; port?: number } = {}): Promise<RunningServer> {
  return listen(await buildSandbox(options), options.host ?? SANDBOX_DEFAULTS.host, options.port ?? SANDBOX_DEFAULTS.port);
}
