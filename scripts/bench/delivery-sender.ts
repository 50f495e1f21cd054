/**
 * A sender in a process of its own, for the Postgres delivery benchmark: the engine and its loop (as
 * `serve` runs them) over the Postgres database of DATABASE_URL, delivering to localhost. It prints one
 * line once the store is open, starts sending at the first line on its stdin, and stops at SIGTERM
 * (letting the attempts in flight finish, then closing the store), printing how many deliveries it made.
 */
import { createInterface } from 'node:readline';
import { createDeliveryEngine } from '../../src/delivery/engine.js';
import { createSenderHttpClient } from '../../src/delivery/http-client.js';
import { createDeliveryWorker } from '../../src/delivery/worker.js';
import { SecretsBox, parseSecretsKey } from '../../src/server/secrets-box.js';
import { sealStore } from '../../src/server/sealed-store.js';
import { createPostgresStore } from '../../src/store/postgres/store.js';

const store = sealStore(await createPostgresStore({ url: process.env.DATABASE_URL! }), new SecretsBox(parseSecretsKey(process.env.SECRETS_KEY!)));
// records that failed (the delivery is then attempted again after its lease): what breaks exactly-once, by reason
const recordFailures = new Map<string, number>();
const record = store.recordAttempt.bind(store);
store.recordAttempt = async (...args) => {
  try {
    return await record(...args);
  } catch (error) {
    const reason = (error as Error).message.slice(0, 120);
    recordFailures.set(reason, (recordFailures.get(reason) ?? 0) + 1);
    throw error;
  }
};
const http = createSenderHttpClient({ allowLocalhost: true, resolve: async () => [{ address: '127.0.0.1' }], userAgent: 'webhooks-contract/bench' });
let succeeded = 0;
const engine = createDeliveryEngine({
  outbox: store,
  http,
  attemptTimeoutMs: 30_000,
  autoDisable: false,
  log: (entry) => {
    if (entry.event === 'delivery.succeeded') succeeded++;
  },
});
const worker = createDeliveryWorker({
  engine,
  onError: (error) => process.stderr.write(`sender ${process.pid}: ${(error as Error).message}\n`),
});
createInterface({ input: process.stdin }).once('line', () => worker.start());
process.once('SIGTERM', () => {
  void (async () => {
    await worker.stop();
    await http.close().catch(() => undefined);
    await store.close();
    if (recordFailures.size > 0) process.stderr.write(`sender ${process.pid}: attempts not recorded (due again after their lease): ${JSON.stringify(Object.fromEntries(recordFailures))}\n`);
    process.stdout.write(`${JSON.stringify({ succeeded })}\n`);
    process.exit(0);
  })();
});
process.stdout.write('ready\n');
