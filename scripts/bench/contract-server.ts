/**
 * For contract.bench.ts: the reference server the runner is measured against, in its own process,
 * printing its URL on the first line: an in-memory database (as a CI job would start it), the accounts of
 * `API_KEYS` (the bench's two keys), no request log (as `--quiet`), and no DNS lookup when a webhook is
 * saved (the names the runner sends are reserved example names); no rate limit and room for many webhooks,
 * as the runner's tests give their server: the bench measures the runner, not the limiter.
 */
import { startServer } from '../../src/server/index.js';

const server = await startServer({ port: 0, databasePath: ':memory:', apiKeys: process.env.API_KEYS, secretsKey: 'be'.repeat(32), resolve: false, log: false, rateLimitPerMinute: false, maxWebhooksPerAccount: 100_000 });
console.log(server.url);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
