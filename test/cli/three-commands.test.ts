/**
 * The README's three commands, as processes: `npm run sandbox`, `npm run receiver -- --sandbox` and
 * `npm run trigger -- business.approved`, each run as its package.json script runs it (npm itself left out,
 * and free ports added, since the default ones may be taken). The event must arrive at the receiver signed
 * and with an access token the local identity provider issued against the sandbox's signing key.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/ports.js';
import { ROOT, startProcess, type StartedProcess } from '../support/processes.js';

const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const started: StartedProcess[] = [];

afterAll(() => {
  for (const process of started) process.kill();
});

/** What `npm run <script> -- <args>` runs, started from the repository's root. */
function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}): StartedProcess {
  const [command, ...scriptArgs] = scripts[script]!.split(' ');
  const executable = command === 'node' ? process.execPath : join(ROOT, 'node_modules', '.bin', command!);
  const running = startProcess(executable, [...scriptArgs, ...args], env);
  started.push(running);
  return running;
}

describe("the README's three commands", () => {
  it('are the ones the README gives', () => {
    for (const command of ['npm run sandbox', 'npm run receiver -- --sandbox', 'npm run trigger -- business.approved']) expect(readme.includes(command), command).toBe(true);
  });

  it('show a signed, OIDC-authenticated event arriving', async () => {
    const [sandboxPort, receiverPort, idpPort] = await Promise.all([freePort(), freePort(), freePort()]);
    const baseUrl = `http://127.0.0.1:${sandboxPort}`;
    const sandbox = runScript('sandbox', ['--port', String(sandboxPort)], { LOG_FORMAT: 'pretty', SIGNING_KEY_ALG: 'ES256' });
    await sandbox.waitFor('Press Ctrl-C to stop.', 30_000);
    const receiver = runScript('receiver', ['--sandbox', '--base-url', baseUrl, '--port', String(receiverPort), '--idp-port', String(idpPort)]);
    await receiver.waitFor('Press Ctrl-C to stop.', 30_000);
    expect(receiver.output()).toContain(`Local webhook receiver on http://localhost:${receiverPort}/webhooks, registered with the sandbox at ${baseUrl}`);
    const webhookId = /webhook {6}([0-9a-f-]{36}), every event/.exec(receiver.output())![1]!;

    const trigger = runScript('trigger', ['business.approved', '--base-url', baseUrl]);
    expect(await trigger.exit, trigger.output()).toBe(0);
    expect(trigger.output()).toContain(`  webhook ${webhookId} (http://localhost:${receiverPort}/webhooks): delivered, 204`);
    const eventId = /event ([0-9a-f-]{36})/.exec(trigger.output())![1]!;

    await receiver.waitFor(`business.approved ${eventId} → 204`, 10_000);
    const printed = receiver.output();
    expect(printed).toMatch(/token for webhooks-local-jwt → 200/);
    expect(printed).toContain('signature valid (standard-webhooks); token valid (client webhooks-local-jwt, aud urn:webhooks-contract:receiver)');
    for (const header of [`webhook-id: ${eventId}`, 'webhook-timestamp: ', 'webhook-signature: v1,', 'x-webhook-signature: ', 'authorization: Bearer eyJ', 'user-agent: webhooks-contract/0.1.0']) {
      expect(printed).toContain(header);
    }
    expect(sandbox.output()).toContain(`delivered business.approved ${eventId} to webhook ${webhookId} (attempt 1): 204`);

    // Ctrl-C: the receiver deletes its webhook, and both stop cleanly
    receiver.child.kill('SIGINT');
    expect(await receiver.exit).toBe(0);
    await sandbox.waitFor(`DELETE /v1/webhooks/${webhookId} → 204`, 10_000);
    sandbox.child.kill('SIGINT');
    expect(await sandbox.exit).toBe(0);
  }, 60_000);
});
