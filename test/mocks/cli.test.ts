/**
 * `npm run idp` and `npm run receiver`, run in-process: what they take and print, and a delivery with a
 * token from the one checked by the other.
 */
import { describe, expect, it } from 'vitest';
import { OrderCreatedEvent } from '../../generated/examples.js';
import { runIdentityProviderCli, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_IDP_PORT } from '../../mocks/identity-provider-cli.js';
import { runReceiverCli, SANDBOX_IDP_PORT } from '../../mocks/local-receiver-cli.js';
import { UsageError, type CliIo } from '../../src/cli/io.js';
import { createSignedTestRequest } from '../../src/receiver/index.js';

/** An io that records what a command prints, and a way to stop it. */
function recordingIo(env: NodeJS.ProcessEnv = {}) {
  const controller = new AbortController();
  const out: string[] = [];
  const io: CliIo = { out: (text) => out.push(...text.split('\n')), err: (text) => out.push(text), env, stop: controller.signal };
  const printed = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const started = Date.now();
      const look = () => {
        for (const line of out) {
          const match = pattern.exec(line);
          if (match !== null) return resolve(match);
        }
        if (Date.now() - started > 5_000) return reject(new Error(`never printed ${String(pattern)}:\n${out.join('\n')}`));
        setTimeout(look, 20);
      };
      look();
    });
  return { io, out, stop: () => controller.abort(), printed };
}

describe('npm run idp and npm run receiver', () => {
  it('issue and check a token for a signed delivery, printing what a newcomer needs', async () => {
    const idp = recordingIo();
    const idpDone = runIdentityProviderCli(['--port', '0', '--ttl', '120'], idp.io);
    const [, issuer] = await idp.printed(/^Local identity provider on (http:\/\/localhost:\d+) /);
    expect(idp.out).toContain(`  oidc_token_endpoint    ${issuer}/token`);
    expect(idp.out.join('\n')).toContain(`oidc_client_id "${DEFAULT_CLIENT_ID}", oidc_client_secret "${DEFAULT_CLIENT_SECRET}" (sent with HTTP Basic)`);
    expect(idp.out.join('\n')).toContain('private_key_jwt        not set up: add --jwks-uri');

    const receiver = recordingIo({ WEBHOOK_SECRET: 'whk-cli-secret-0123456789' });
    const receiverDone = runReceiverCli(['--port', '0', '--idp', issuer!, '--headers'], receiver.io);
    const [, url] = await receiver.printed(/^Local webhook receiver on (http:\/\/localhost:\d+\/webhooks)$/);
    expect(receiver.out.join('\n')).toContain(`JWTs from ${issuer} for audience urn:webhooks-contract:receiver`);

    const tokenResponse = await fetch(`${issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${DEFAULT_CLIENT_ID}:${DEFAULT_CLIENT_SECRET}`).toString('base64')}` },
      body: 'grant_type=client_credentials',
    });
    const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
    await idp.printed(new RegExp(`^\\d\\d:\\d\\d:\\d\\d token for ${DEFAULT_CLIENT_ID} → 200$`));

    const delivery = createSignedTestRequest(OrderCreatedEvent, 'whk-cli-secret-0123456789', { headers: { authorization: `Bearer ${token}` } });
    const response = await fetch(url!.replace('localhost', '127.0.0.1'), { method: 'POST', headers: delivery.headers, body: delivery.body });
    expect(response.status).toBe(204);
    await receiver.printed(/order\.created 4f3c2b1a-0d9e-4f8a-8162-5d4e3f2a1b0c → 204/);
    expect(receiver.out.join('\n')).toContain(`token valid (client ${DEFAULT_CLIENT_ID}, aud urn:webhooks-contract:receiver)`);
    expect(receiver.out.join('\n')).toMatch(/ {9}webhook-signature: v1,/);

    idp.stop();
    receiver.stop();
    expect(await idpDone).toBe(0);
    expect(await receiverDone).toBe(0);
  });

  it.each([
    [runIdentityProviderCli, ['--misbehave', 'sometimes'], '--misbehave must be one of not-json'],
    [runIdentityProviderCli, ['--port', 'eighty'], '--port must be a whole number'],
    [runIdentityProviderCli, ['--unknown'], 'unknown option --unknown'],
    [runReceiverCli, ['--status', '999'], '--status must be an HTTP status'],
    [runReceiverCli, ['--secret', ''], '--secret is empty'],
    [runReceiverCli, ['--idp', 'http://localhost:1'], 'is it running (npm run idp)?'],
    [runReceiverCli, ['--sandbox', '--secret', 'whk-local-secret-0123456789'], '--secret does not go with --sandbox'],
    [runReceiverCli, ['--sandbox', '--oidc', 'client_secret_post'], '--oidc must be private_key_jwt, client_secret or none'],
    [runReceiverCli, ['--oidc', 'none'], '--oidc goes with --sandbox only'],
  ] as const)('%o refuses %j with a usage error', async (run, args, words) => {
    const { io } = recordingIo();
    const error = await run(args, io).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(words);
  });

  it('say when the sandbox to register with is not running', async () => {
    const { io, out } = recordingIo();
    expect(await runReceiverCli(['--sandbox', '--base-url', 'http://127.0.0.1:9', '--port', '0', '--idp-port', '0'], io)).toBe(1);
    expect(out.join('\n')).toContain('npm run receiver: cannot reach the sandbox at http://127.0.0.1:9');
    expect(out.join('\n')).toContain('start it first, with npm run sandbox');
    expect(SANDBOX_IDP_PORT).toBe(DEFAULT_IDP_PORT);
  });

  it('print their help', async () => {
    for (const run of [runIdentityProviderCli, runReceiverCli]) {
      const { io, out } = recordingIo();
      expect(await run(['--help'], io)).toBe(0);
      expect(out.join('\n')).toMatch(/^Usage: webhooks-contract (idp|receiver) \[options\]   \(in this repository: npm run (idp|receiver) -- \[options\]\)/);
    }
  });
});
