/**
 * A reference server in a process of its own, for tests where killing the process is the point: it serves
 * on a free port with the SQLite file it is given (or the Postgres database of DATABASE_URL), delivers to localhost, and with `EMIT=n` creates a
 * webhook at `RECEIVER_URL` and emits n events to it. It prints one JSON line once it is ready.
 */
import { startServer } from '../../src/server/server.js';
import { localResolver } from '../delivery/support.js';
import { ALICE, API_KEYS, SECRETS_KEY } from './server.js';

const env = process.env;
const server = await startServer({
  port: 0,
  databasePath: env.DATABASE_PATH ?? ':memory:',
  ...(env.DATABASE_URL === undefined ? {} : { databaseUrl: env.DATABASE_URL }),
  apiKeys: API_KEYS,
  secretsKey: SECRETS_KEY,
  allowLocalhostDestinations: true,
  signingKeyAlgorithm: 'ES256',
  log: false,
  delivery: { resolve: localResolver, leaseMs: Number(env.LEASE_MS ?? 15_000), pollIntervalMs: 200 },
});
let webhookId: string | undefined;
if (env.EMIT !== undefined) {
  const created = await server.app.inject({
    method: 'POST',
    url: '/v1/webhooks',
    headers: { ...ALICE, 'content-type': 'application/json' },
    payload: JSON.stringify({ url: env.RECEIVER_URL, enabled_events: ['order.created'], secret: 'child-process-secret-0123' }),
  });
  webhookId = (JSON.parse(created.body) as { id: string }).id;
  for (let index = 0; index < Number(env.EMIT); index++) await server.emit('alice', { type: 'order.created' });
}
process.stdout.write(`${JSON.stringify({ ready: true, url: server.url, webhookId })}\n`);
