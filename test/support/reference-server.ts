/**
 * The reference server listening on a free port of 127.0.0.1, for the contract runner's tests: two
 * accounts with fixed keys, an in-memory database, the test resolver (no DNS), no log, and a count of the
 * TCP connections it accepted.
 */
import { startServer, type RunningServer } from '../../src/server/index.js';
import { ALICE_KEY, API_KEYS, BOB_KEY, SECRETS_KEY, testResolver } from './server.js';

/** A running reference server with its two accounts. */
export interface ReferenceServer {
  url: string;
  /** the API keys it accepts: alice's, then bob's */
  keys: readonly [string, string];
  /** the accounts those keys belong to, in the same order */
  accounts: readonly [string, string];
  server: RunningServer;
  /** TCP connections accepted so far */
  readonly connections: number;
  /** how many live webhooks each account holds now */
  webhookCounts(): Promise<number[]>;
  close(): Promise<void>;
}

/**
 * Starts the reference server on a free port.
 * @example
 * const reference = await startReferenceServer();
 * await runContractSuite({ baseUrl: reference.url, apiKey: reference.keys[0], secondApiKey: reference.keys[1] });
 * await reference.close();
 */
export async function startReferenceServer(): Promise<ReferenceServer> {
  // EC keys are made in a millisecond; RSA ones (the default) take 50-500 ms of CPU per server
  // the contract suite sends thousands of requests a minute and makes many webhooks: its test accounts get room
  const server = await startServer({
    port: 0,
    databasePath: ':memory:',
    apiKeys: API_KEYS,
    secretsKey: SECRETS_KEY,
    resolve: testResolver,
    log: false,
    signingKeyAlgorithm: 'ES256',
    rateLimitPerMinute: false,
    maxWebhooksPerAccount: 100_000,
  });
  let connections = 0;
  server.app.server.on('connection', () => (connections += 1));
  const accounts = ['alice', 'bob'] as const;
  return {
    url: server.url,
    keys: [ALICE_KEY, BOB_KEY],
    accounts,
    server,
    get connections() {
      return connections;
    },
    webhookCounts: () =>
      Promise.all(
        accounts.map(async (account) => {
          const page = await server.store.listWebhooks(account, { limit: 100 });
          return page.ok ? page.items.length : NaN;
        }),
      ),
    close: () => server.close(),
  };
}
