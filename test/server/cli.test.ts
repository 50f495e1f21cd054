/**
 * `webhooks-contract serve` and `sandbox`, in-process: their help, the settings they refuse (each message
 * naming the setting, never quoting a key), the banner with a first curl that works as printed, a stop that
 * waits for the server, and `serve --rotate-signing-key`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, USAGE, type CliIo } from '../../src/cli/index.js';
import { SANDBOX_USAGE } from '../../src/cli/sandbox.js';
import { SERVE_USAGE } from '../../src/cli/serve.js';
import { parseSandboxArguments, parseServeArguments } from '../../src/cli/server-options.js';
import { freePort } from '../support/ports.js';
import { API_KEYS, SECRETS_KEY } from '../support/server.js';

const folder = mkdtempSync(join(tmpdir(), 'webhooks-server-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Run {
  code: Promise<number>;
  out: () => string;
  err: () => string;
  stop: () => void;
}

/** Runs the command in-process; `stop()` is Ctrl-C. */
function run(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  let out = '';
  let err = '';
  const controller = new AbortController();
  const io: CliIo = { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`), env: { SIGNING_KEY_ALG: 'ES256', LOG_FORMAT: 'pretty', ...env }, stop: controller.signal };
  return { code: runCli(args, io), out: () => out, err: () => err, stop: () => controller.abort() };
}

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('not within the time allowed');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The curl lines a banner prints, as fetch calls: URL and headers. */
function firstCurl(banner: string): { url: string; headers: Record<string, string> } {
  const line = banner.split('\n').find((text) => text.trim().startsWith('curl -s '))!;
  const [, url] = /curl -s '([^']+)'/.exec(line)!;
  const headers: Record<string, string> = {};
  for (const [, header] of line.matchAll(/-H '([^']+)'/g)) {
    const colon = header!.indexOf(':');
    headers[header!.slice(0, colon)] = header!.slice(colon + 1).trim();
  }
  return { url: url!, headers };
}

describe('help and settings', () => {
  it('lists serve and sandbox in the usage, and prints each one\'s help', async () => {
    expect(USAGE).toMatch(/\n {2}serve {6}Start the reference server/);
    expect(USAGE).toMatch(/\n {2}sandbox {4}Start the sandbox/);
    const serve = run(['serve', '--help']);
    expect(await serve.code).toBe(0);
    expect(serve.out()).toBe(`${SERVE_USAGE}\n`);
    const sandbox = run(['sandbox', '--help']);
    expect(await sandbox.code).toBe(0);
    expect(sandbox.out()).toBe(`${SANDBOX_USAGE}\n`);
  });

  it('reads flags over the environment over the defaults', () => {
    expect(parseServeArguments([], {}, false)).toMatchObject({ host: '127.0.0.1', port: 8080, databasePath: './data/webhooks.db', logFormat: 'json', allowLocalhost: false, synchronous: 'normal' });
    expect(parseServeArguments([], {}, true).logFormat).toBe('pretty');
    expect(parseServeArguments(['--port', '9001'], { PORT: '9000', HOST: '::1', DATABASE_PATH: '/tmp/x.db', ALLOW_LOCALHOST_DESTINATIONS: '1', SECRETS_KEY_PREVIOUS: 'a, b' }, false)).toMatchObject({
      port: 9001,
      host: '::1',
      databasePath: '/tmp/x.db',
      allowLocalhost: true,
      previousSecretsKeys: ['a', 'b'],
    });
    expect(parseSandboxArguments([], {}, false)).toMatchObject({ host: '127.0.0.1', port: 4011, seed: true, allowNetwork: false });
    expect(parseSandboxArguments(['--allow-network'], {}, false).allowNetwork).toBe(true);
    expect(parseSandboxArguments([], { SANDBOX_ALLOW_NETWORK: '1' }, false).allowNetwork).toBe(true);
    expect(parseSandboxArguments([], { SANDBOX_ALLOW_NETWORK: '0' }, false).allowNetwork).toBe(false);
    expect(SANDBOX_USAGE).toMatch(/--allow-network +Resolve host names and deliver/);
    expect(SANDBOX_USAGE).toContain('SANDBOX_ALLOW_NETWORK=1');
    expect(parseSandboxArguments(['--no-seed'], { SANDBOX_PORT: '0' }, false)).toMatchObject({ port: 0, seed: false });
  });

  it('reads the sender\'s retry schedule and slots from flags and the environment', () => {
    expect(parseServeArguments([], {}, false).delivery).toEqual({});
    expect(parseServeArguments(['--retry-schedule', 'fast'], { RETRY_SCHEDULE: '1m' }, false).delivery.retryPolicy?.delaysMs).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000]);
    expect(parseSandboxArguments([], { RETRY_SCHEDULE: '500ms, 5s,2m', DELIVERY_CONCURRENCY: '64', DELIVERY_WEBHOOK_CONCURRENCY: '2' }, false).delivery).toMatchObject({
      retryPolicy: { delaysMs: [500, 5_000, 120_000] },
      concurrency: 64,
      perWebhookConcurrency: 2,
    });
    expect(parseServeArguments(['--retry-schedule', 'default'], {}, false).delivery).toEqual({});
  });

  it.each<[string[], NodeJS.ProcessEnv, string]>([
    [['serve', '--port', 'abc'], {}, '--port must be a whole number from 0 to 65535 (0 picks a free port); got "abc"'],
    [['serve'], { PORT: '70000' }, 'PORT must be a whole number from 0 to 65535'],
    [['serve', '--log-format', 'xml'], {}, '--log-format (or LOG_FORMAT) must be "json" or "pretty"; got "xml"'],
    [['serve', '--rate-limit', '0'], {}, '--rate-limit (or RATE_LIMIT_PER_MINUTE) must be a whole number of requests per minute'],
    [['serve'], { DATABASE_SYNCHRONOUS: 'sometimes' }, 'DATABASE_SYNCHRONOUS must be "normal" or "full"'],
    [['sandbox'], { SANDBOX_ALLOW_NETWORK: 'yes' }, 'SANDBOX_ALLOW_NETWORK must be 1 or 0; got "yes"'],
    [['serve'], { SIGNING_KEY_ALG: 'HS256' }, 'must be one of RS256, PS256, ES256, EdDSA; got "HS256"'],
    [['serve', 'extra'], {}, 'unexpected argument "extra"'],
    [['sandbox', '--database', 'x'], {}, 'unknown option --database'],
    [['sandbox'], { SANDBOX_PORT: '-1' }, 'SANDBOX_PORT must be a whole number'],
    [['serve', '--retry-schedule', 'often'], {}, '--retry-schedule (or RETRY_SCHEDULE): "often" is not a delay of the retry schedule: write a number and a unit (ms, s, m, h or d), such as 5s, up to 3d'],
    [['sandbox'], { RETRY_SCHEDULE: '5s,,1m' }, 'RETRY_SCHEDULE): "" is not a delay'],
    [['serve', '--delivery-concurrency', '0'], {}, '--delivery-concurrency (or DELIVERY_CONCURRENCY) must be a whole number of deliveries, 1 or more; got "0"'],
    [['sandbox'], { DELIVERY_WEBHOOK_CONCURRENCY: 'lots' }, '--webhook-concurrency (or DELIVERY_WEBHOOK_CONCURRENCY) must be a whole number'],
    [['serve'], { DATABASE_URL: 'mysql://db/webhooks' }, '--database-url (or DATABASE_URL) must be a postgres:// or postgresql:// URL'],
    [['serve', '--database', 'x.db'], { DATABASE_URL: 'postgres://db/webhooks' }, '--database names a SQLite file and --database-url (or DATABASE_URL) a Postgres database: give one of them'],
  ])('refuses %j %j with exit code 2', async (args, env, message) => {
    const result = run(args, env);
    expect(await result.code).toBe(2);
    expect(result.err()).toContain(message);
  });

  it.each<[NodeJS.ProcessEnv, string]>([
    [{ API_KEYS: 'sk_live_aaaaaaaaaaaaaaaa' }, 'API_KEYS entry 1 must look like key=account'],
    [{ API_KEYS: 'short=acme' }, 'API_KEYS entry 1: the key must be 16 to 512 visible ASCII characters'],
    [{ API_KEYS: `${API_KEYS},sk_test_alice_0123456789=carol` }, 'API_KEYS entry 3 repeats an earlier key'],
    [{ API_KEYS, SECRETS_KEY: 'too-short-to-be-a-key' }, 'SECRETS_KEY must be 32 random bytes'],
    // nothing listens on port 1: refused at once, said in one sentence, the password never shown
    [{ API_KEYS, DATABASE_URL: 'postgres://webhooks:pw_never_printed_0123@127.0.0.1:1/webhooks' }, 'DATABASE_URL cannot be used now: the database cannot be reached'],
  ])('fails with exit code 1 on a bad setting, naming it without quoting a key (%j)', async (env, message) => {
    const result = run(['serve', '--port', '0', ...(env.DATABASE_URL === undefined ? ['--database', join(folder, 'bad.db')] : [])], env);
    expect(await result.code).toBe(1);
    expect(result.err()).toContain(message);
    for (const value of Object.values(env)) for (const part of String(value).split(/[,=]/)) if (part.length > 8) expect(result.err()).not.toContain(part);
  });
});

describe('serve', () => {
  it('makes a development key and a SECRETS_KEY on a new database, prints a curl that works, and stops on Ctrl-C', async () => {
    const database = join(folder, 'serve', 'webhooks.db');
    const server = run(['serve', '--port', '0', '--database', database], { LOG_FORMAT: 'pretty' });
    await until(() => server.out().includes('Press Ctrl-C to stop.'));
    const banner = server.out();
    expect(banner).toMatch(/API_KEYS is not set: made a development API key for the account "dev"/);
    expect(banner).toMatch(/export SECRETS_KEY='[A-Za-z0-9+/=]{44}'/);
    const curl = firstCurl(banner);
    expect(curl.headers.Authorization).toMatch(/^Bearer sk_dev_/);
    const response = await fetch(curl.url, { headers: curl.headers });
    expect(response.status).toBe(200);
    await until(() => /\d\d:\d\d:\d\d GET \/v1\/webhooks → 200 \(\d+ ms\) req_[0-9a-f]{32}/.test(server.out()));
    server.stop();
    expect(await server.code).toBe(0);
    expect(server.out()).toContain('Stopping: waiting for requests in flight…\nStopped.');

    // the database now holds secrets: a start without the key is refused with what to set
    const refused = run(['serve', '--port', '0', '--database', database]);
    expect(await refused.code).toBe(1);
    expect(refused.err()).toContain('This database holds encrypted secrets, and SECRETS_KEY is not set: set it to the key they were encrypted with');
    const secretsKey = /export SECRETS_KEY='([^']+)'/.exec(banner)![1]!;
    const again = run(['serve', '--port', '0', '--database', database], { SECRETS_KEY: secretsKey, API_KEYS });
    await until(() => again.out().includes('Press Ctrl-C to stop.'));
    expect(again.out()).not.toContain('SECRETS_KEY is not set');
    expect(firstCurl(again.out()).headers.Authorization).toBe('Bearer <your api key>');
    again.stop();
    expect(await again.code).toBe(0);
  });

  it('rotates the signing key with --rotate-signing-key, without starting', async () => {
    const database = join(folder, 'rotate', 'webhooks.db');
    const env = { API_KEYS, SECRETS_KEY };
    const first = run(['serve', '--port', '0', '--database', database], env);
    await until(() => first.out().includes('Press Ctrl-C to stop.'));
    const url = firstCurl(first.out()).url.replace('/v1/webhooks', '/.well-known/jwks.json');
    const before = (await (await fetch(url)).json()) as { keys: { kid: string }[] };
    expect(before.keys).toHaveLength(1);
    const rotation = run(['serve', '--rotate-signing-key', '--database', database], env);
    expect(await rotation.code).toBe(0);
    const kid = /Made signing key (\S+) \(ES256\)/.exec(rotation.out())![1];
    expect(rotation.out()).toContain('the keys it replaces stay published until a day after that');
    first.stop();
    expect(await first.code).toBe(0);
    const second = run(['serve', '--port', '0', '--database', database], env);
    await until(() => second.out().includes('Press Ctrl-C to stop.'));
    const after = (await (await fetch(firstCurl(second.out()).url.replace('/v1/webhooks', '/.well-known/jwks.json'))).json()) as { keys: { kid: string }[] };
    expect(after.keys.map((key) => key.kid)).toEqual([kid, before.keys[0]!.kid]);
    second.stop();
    expect(await second.code).toBe(0);
  });

  it('says which port is taken', async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const result = run(['serve', '--port', String(port), '--database', ':memory:'], { API_KEYS, SECRETS_KEY });
      expect(await result.code).toBe(1);
      expect(result.err()).toContain(`cannot listen on 127.0.0.1:${port}: port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
  });
});

describe('sandbox', () => {
  it('prints curls that work as printed: the seeded examples, then a create read back', async () => {
    const sandbox = run(['sandbox', '--port', '0', '--quiet']);
    await until(() => sandbox.out().includes('Press Ctrl-C to stop.'));
    const banner = sandbox.out();
    expect(banner).toContain("Any bearer token works, and each token is its own account, starting with the spec's example webhooks.");
    const curl = firstCurl(banner);
    const list = (await (await fetch(curl.url, { headers: curl.headers })).json()) as { data: { id: string }[] };
    expect(list.data.map((webhook) => webhook.id)).toContain('3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f');
    const body = /-d '([^']+)'/.exec(banner)![1]!;
    const created = await fetch(curl.url, { method: 'POST', headers: { ...curl.headers, 'Content-Type': 'application/json' }, body });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await fetch(`${curl.url}/${id}`, { headers: curl.headers })).status).toBe(200);
    sandbox.stop();
    expect(await sandbox.code).toBe(0);
    expect(sandbox.out()).not.toContain('GET /v1/webhooks');
  });
});
