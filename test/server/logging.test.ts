/**
 * The server's log as Fastify writes it through `loggerOptions`: secret fields censored at any depth, the
 * authorization header redacted, a request line written as it is, and the batched destination's lines
 * written whole, in order, once per turn of the event loop.
 */
import { PassThrough } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { batchedLogStream, loggerOptions, redactSecretFields } from '../../src/server/logging.js';

/** The lines a Fastify logger writes with these options while `log` runs. */
async function linesOf(log: (logger: ReturnType<typeof Fastify>['log']) => void): Promise<Record<string, unknown>[]> {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  const app = Fastify({ logger: loggerOptions({ format: 'json', stream }) });
  log(app.log);
  await app.close();
  await new Promise((done) => setImmediate(done));
  return chunks.join('').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('the server log', () => {
  it('censors secret fields wherever they are, and the authorization header', async () => {
    const [line] = await linesOf((log) =>
      log.info({ secret: 'whsec_top', webhook: { secret: 'whsec_nested', list: [{ oidc_client_secret: 'cs_deep' }] }, headers: { authorization: 'Bearer sk_live_x' } }, 'x'),
    );
    expect(JSON.stringify(line)).not.toMatch(/whsec_top|whsec_nested|cs_deep|sk_live_x/);
    expect(line).toMatchObject({ secret: '[redacted]', webhook: { secret: '[redacted]', list: [{ oidc_client_secret: '[redacted]' }] }, headers: { authorization: '[redacted]' } });
  });

  it('writes a request line as pino made it, escapes included', async () => {
    const request = { method: 'GET', path: '/v1/webhooks/\u2028secret', status: 404, account: 'acme', errors: [{ pointer: '/secret', message: 'secret is required' }] };
    const [line] = await linesOf((log) => log.info(request, 'request'));
    expect(line).toMatchObject({ ...request, msg: 'request' });
    const text = '{"msg":"request","path":"/v1/secret"}\n';
    expect(redactSecretFields(text)).toBe(text);
  });

  it('gathers the lines of a turn into one write, whole and in order', async () => {
    const writes: string[] = [];
    const target = new PassThrough();
    target.write = (chunk: string | Uint8Array) => (writes.push(String(chunk)), true);
    const destination = batchedLogStream(target);
    destination.write('{"n":1}\n');
    destination.write('{"n":2}\n');
    expect(writes).toEqual([]);
    await new Promise((done) => setImmediate(done));
    expect(writes).toEqual(['{"n":1}\n{"n":2}\n']);
  });
});
