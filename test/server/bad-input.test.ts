/**
 * Bad and hostile input gets the contract's problem+json and never a 5xx: the SSRF corpus through HTTP
 * for both destination fields, prototype keys, deep and huge bodies, HTTP that Node itself refuses
 * (unreadable request lines and headers, `Expect`, `CONNECT`, absolute targets), clients that vanish or
 * crawl; and secrets sent in requests never come back in an answer or a log line, in any encoding, nor sit
 * in the database file in clear.
 */
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { clientSecretCreate, minimalCreate, privateKeyJwtCreate } from '../support/bodies.js';
import { ALICE, contractViolations, createWebhook, send, testServer, type TestServer } from '../support/server.js';
import { ACCEPTED_DESTINATIONS, REFUSED_DESTINATIONS } from '../support/ssrf-corpus.js';

describe('the SSRF guard, through HTTP, for url and oidc_token_endpoint', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await testServer();
  });
  afterAll(() => server.close());

  const bodyWith = (field: string, value: string) =>
    field === 'url' ? { ...minimalCreate, url: value } : { ...privateKeyJwtCreate, oidc_token_endpoint: value };

  describe.each(['url', 'oidc_token_endpoint'])('%s', (field) => {
    it.each(REFUSED_DESTINATIONS.map(({ url, words }) => [url, words] as const))('refuses %s with a 422 naming the field', async (url, words) => {
      const answer = await send(server, { method: 'POST', url: '/v1/webhooks', headers: ALICE, body: bodyWith(field, url) });
      expect(answer.status).toBe(422);
      const errors = answer.body.errors as { pointer: string; message: string }[];
      expect(errors.map((error) => error.pointer)).toEqual([`/${field}`]);
      // the https and credentials rules, and non-ASCII hosts, are the schema's; every other refusal is the guard's
      if (!/^(http|ftp):|@|[^\x21-\x7e]/.test(url)) expect(errors[0]!.message).toBe(`${field} ${errors[0]!.message.slice(field.length + 1)}`);
      if (!/^(http|ftp):|@|[^\x21-\x7e]/.test(url)) expect(errors[0]!.message).toContain(words);
      expect(errors[0]!.message.startsWith(`${field} `)).toBe(true);
    });

    it.each(ACCEPTED_DESTINATIONS)('accepts %s', async (url) => {
      const answer = await send(server, { method: 'POST', url: '/v1/webhooks', headers: ALICE, body: bodyWith(field, url) });
      expect(answer.status, answer.text).toBe(201);
      expect(answer.body[field]).toBe(url);
    });

    it('refuses a local destination in a PATCH, and leaves the webhook as it was', async () => {
      const created = await createWebhook(server, ALICE, privateKeyJwtCreate);
      const answer = await send(server, { method: 'PATCH', url: `/v1/webhooks/${created.id}`, headers: ALICE, body: { [field]: 'https://[::ffff:169.254.169.254]/latest' } });
      expect(answer.status).toBe(422);
      expect(answer.body.errors).toEqual([{ pointer: `/${field}`, message: `${field} must point to a public address; 169.254.169.254 is a link-local address (such as a cloud metadata service)` }]);
      expect((await send(server, { method: 'GET', url: `/v1/webhooks/${created.id}`, headers: ALICE })).body).toEqual(created);
    });
  });

  it('names both fields when both are refused', async () => {
    const answer = await send(server, {
      method: 'POST',
      url: '/v1/webhooks',
      headers: ALICE,
      body: { ...privateKeyJwtCreate, url: 'https://10.0.0.1/x', oidc_token_endpoint: 'https://metadata.example.com/token' },
    });
    expect(answer.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual(['/url', '/oidc_token_endpoint']);
  });

  it('never quotes a resolved address', async () => {
    const answer = await send(server, { method: 'POST', url: '/v1/webhooks', headers: ALICE, body: { ...minimalCreate, url: 'https://internal.example.com/x' } });
    expect(answer.text).not.toContain('10.0.0.7');
  });
});

describe('the development setting for localhost receivers', () => {
  it('allows https:// and http:// on localhost, *.localhost, 127.0.0.1 and [::1] only with the setting, and nothing else local', async () => {
    const strict = await testServer();
    const dev = await testServer({ allowLocalhostDestinations: true });
    try {
      for (const url of ['https://localhost:8443/hook', 'http://localhost:3000/hook', 'http://app.localhost/hook', 'http://127.0.0.1:3000/hook', 'http://[::1]/x']) {
        // the contract takes http:// on loopback hosts (HttpsUrl, 3.0.0); the SSRF guard takes it in development only
        const answer = await send(dev, { method: 'POST', url: '/v1/webhooks', headers: ALICE, body: { ...minimalCreate, url } });
        expect(answer.status, url).toBe(201);
        expect(answer.body.url).toBe(url);
        const refused = await send(strict, { method: 'POST', url: '/v1/webhooks', headers: ALICE, body: { ...minimalCreate, url } });
        expect(refused.status, url).toBe(422);
        expect(refused.body.errors, url).toEqual([{ pointer: '/url', message: expect.stringMatching(/^url must (be an https:\/\/ URL|point to a public (host|address))/) }]);
      }
      for (const url of ['http://127.0.0.2:3000/hook', 'https://10.0.0.1/x', 'http://hooks.example.com/x', 'http://[::2]/x', 'http://0.0.0.0:3000/x']) {
        expect((await send(dev, { method: 'POST', url: '/v1/webhooks', headers: ALICE, body: { ...minimalCreate, url } })).status, url).toBe(422);
      }
    } finally {
      await Promise.all([strict.close(), dev.close()]);
    }
  });
});

describe('hostile bodies, in-process', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await testServer();
  });
  afterAll(() => server.close());

  const post = (payload: string | Buffer, contentType = 'application/json') =>
    send(server, { method: 'POST', url: '/v1/webhooks', headers: { ...ALICE, 'content-type': contentType }, body: payload });

  it('rejects __proto__ and constructor keys as unknown fields, without touching any prototype', async () => {
    for (const payload of [
      `{"__proto__":{"polluted":true},"url":"https://hooks.example.com/x","enabled_events":["*"]}`,
      `{"constructor":{"prototype":{"polluted":true}},"url":"https://hooks.example.com/x","enabled_events":["*"]}`,
    ]) {
      const answer = await post(payload);
      expect(answer.status).toBe(422);
      expect(answer.body.errors).toEqual([{ pointer: `/${payload.slice(2, payload.indexOf('"', 2))}`, message: `${payload.slice(2, payload.indexOf('"', 2))} is not a known field` }]);
    }
    const created = await createWebhook(server, ALICE, minimalCreate);
    const patched = await send(server, { method: 'PATCH', url: `/v1/webhooks/${created.id}`, headers: { ...ALICE, 'content-type': 'application/json' }, body: '{"__proto__":{"url":"https://evil.example.com"}}' });
    expect(patched.status).toBe(422);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).url).toBeUndefined();
  });

  it.each([
    ['arrays nested 30,000 deep', `${'['.repeat(30_000)}${']'.repeat(30_000)}`, 422],
    ['objects nested 6,000 deep', `${'{"a":'.repeat(6_000)}1${'}'.repeat(6_000)}`, 422],
    ['a url nested 30,000 arrays deep', `{"url":${'['.repeat(30_000)}${']'.repeat(30_000)},"enabled_events":["*"]}`, 422],
    ['an unclosed nesting 60,000 deep', '['.repeat(60_000), 400],
    ['6,000 unknown fields', `{${Array.from({ length: 6_000 }, (_, i) => `"f${i}":1`).join(',')}}`, 422],
    ['an enabled_events of 3,000 items', JSON.stringify({ ...minimalCreate, enabled_events: Array.from({ length: 3_000 }, () => 'business.created') }), 422],
  ])('answers %s with a 4xx, not a stack overflow', async (_, payload, status) => {
    expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(64 * 1024);
    const answer = await post(payload);
    expect(answer.status).toBe(status);
  });

  it('answers 413 to a body over 64 KiB, and takes one of exactly 64 KiB', async () => {
    const json = JSON.stringify(minimalCreate);
    const atLimit = `${json.slice(0, -1)}${' '.repeat(64 * 1024 - json.length)}}`;
    expect((await post(atLimit)).status).toBe(201);
    const over = await post(`${atLimit} `);
    expect(over.status).toBe(413);
    expect(over.body.type).toBe('https://api.example.com/problems/payload-too-large');
    expect((await post('x'.repeat(5 * 1024 * 1024))).status).toBe(413);
  });

  it.each([
    ['not UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])],
    ['empty', ''],
    ['only whitespace', ' \n\t '],
    ['truncated', '{"url":'],
    ['a trailing comma', '{"url":"https://hooks.example.com","enabled_events":["*"],}'],
    ['two documents', '{}{}'],
    ['NaN', '{"oidc_access_token_ttl_seconds":NaN}'],
  ])('answers 400 malformed-json to a body that is %s', async (_, payload) => {
    const answer = await post(payload);
    expect(answer.status).toBe(400);
    expect(answer.body.type).toBe('https://api.example.com/problems/malformed-json');
  });
});

/** A server listening on a free port, for what only a socket can send. */
async function listening(): Promise<{ server: TestServer; port: number }> {
  const server = await testServer();
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const address = server.app.server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0 };
}

/** Writes raw bytes to the server and collects what comes back until it closes (or `waitMs` passes). */
function raw(port: number, parts: (string | Buffer)[], waitMs = 2000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      for (const part of parts) socket.write(part);
    });
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    const done = () => resolve(received);
    socket.on('close', done);
    socket.on('error', done);
    setTimeout(() => {
      socket.destroy();
      done();
    }, waitMs).unref();
  });
}

/** The status and parsed problem of a raw HTTP/1.1 response. */
function parseRaw(response: string): { status: number; headers: Record<string, string>; body: any } {
  const [head = '', ...rest] = response.split('\r\n\r\n');
  const [statusLine = '', ...headerLines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const text = rest.join('\r\n\r\n');
  return { status: Number(statusLine.split(' ')[1]), headers, body: text === '' ? undefined : JSON.parse(text) };
}

describe('HTTP that only a socket sends', () => {
  let server: TestServer;
  let port: number;
  beforeAll(async () => {
    ({ server, port } = await listening());
  });
  afterAll(() => server.close());

  const authorization = `Authorization: ${ALICE.authorization}\r\n`;

  it('answers 413 to Expect: 100-continue with a body too large, before the body is sent', async () => {
    const response = await raw(port, [`POST /v1/webhooks HTTP/1.1\r\nHost: x\r\n${authorization}Content-Type: application/json\r\nContent-Length: 70000\r\nExpect: 100-continue\r\n\r\n`]);
    expect(response).not.toContain('100 Continue');
    const parsed = parseRaw(response);
    expect(parsed.status).toBe(413);
    expect(parsed.body.detail).toBe('The request body is 70000 bytes; the limit is 65536 bytes (64 KiB).');
    expect(parsed.headers.connection).toBe('close');
  });

  it('says 100 Continue only once the headers pass, then creates', async () => {
    const body = JSON.stringify(minimalCreate);
    const headers = `POST /v1/webhooks HTTP/1.1\r\nHost: x\r\n${authorization}Content-Type: application/json\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`;
    const refused = await raw(port, [headers.replace(authorization, '')]);
    expect(refused).not.toContain('100 Continue');
    expect(parseRaw(refused).status).toBe(401);
    const wrongType = await raw(port, [headers.replace('application/json', 'text/plain')]);
    expect(wrongType).not.toContain('100 Continue');
    expect(parseRaw(wrongType).status).toBe(415);
    const accepted = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(headers));
      let received = '';
      socket.on('data', (chunk) => {
        received += chunk.toString();
        if (received.startsWith('HTTP/1.1 100 Continue\r\n\r\n') && !received.includes('201')) socket.write(body);
      });
      socket.on('close', () => resolve(received));
    });
    expect(accepted.startsWith('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created')).toBe(true);
  });

  it.each([
    ['an expectation other than 100-continue', `POST /v1/webhooks HTTP/1.1\r\nHost: x\r\n${authorization}Expect: 200-ok\r\nContent-Length: 2\r\n\r\n{}`, 417],
    ['an unknown method', 'BREW /v1/webhooks HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    ['a header name with a space', 'GET /v1/webhooks HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n', 400],
    ['a header without a colon', 'GET /v1/webhooks HTTP/1.1\r\nHost: x\r\nnocolon\r\n\r\n', 400],
    ['Transfer-Encoding beside Content-Length', `POST /v1/webhooks HTTP/1.1\r\nHost: x\r\n${authorization}Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`, 400],
    ['a broken chunk', `POST /v1/webhooks HTTP/1.1\r\nHost: x\r\n${authorization}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`, 400],
    ['headers over 16 KiB', `GET /v1/webhooks HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
    ['no Host header', `GET /v1/webhooks HTTP/1.1\r\n${authorization}\r\n`, 400],
    ['CONNECT', 'CONNECT hooks.example.com:443 HTTP/1.1\r\nHost: hooks.example.com:443\r\n\r\n', 405],
    ['a WebSocket upgrade', `GET /v1/webhooks HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n`, 405],
    ['an absolute-form target with a bad port', 'GET http://a:99999/ HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    ['a bad escape in the path', `GET /v1/webhooks/%zz HTTP/1.1\r\nHost: x\r\n${authorization}\r\n`, 400],
    ['an overlong UTF-8 escape in the path', `GET /v1/webhooks/%C0%AF HTTP/1.1\r\nHost: x\r\n${authorization}\r\n`, 400],
    ['a truncated escape in the path', `GET /v1/webhooks/%E0%A4%A HTTP/1.1\r\nHost: x\r\n${authorization}\r\n`, 400],
    ['a path of //[', 'GET //[ HTTP/1.1\r\nHost: x\r\n\r\n', 404],
    ['OPTIONS *', 'OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n', 404],
  ])('answers %s with %i problem+json and an X-Request-Id', async (_, request, status) => {
    const response = parseRaw(await raw(port, [request.replace(/\r\n\r\n/, '\r\nConnection: close\r\n\r\n')]));
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['x-request-id']).toMatch(/^req_[0-9a-f]{32}$/);
    expect(response.body.status).toBe(status);
    expect(await contractViolations('GET', '/none', { status, headers: response.headers, text: JSON.stringify(response.body) })).toEqual([]);
  });

  it('serves an absolute-form target as its path', async () => {
    const response = parseRaw(await raw(port, [`GET http://api.example.com/v1/webhooks HTTP/1.1\r\nHost: api.example.com\r\n${authorization}Connection: close\r\n\r\n`]));
    expect(response.status).toBe(200);
  });

  it('survives clients that vanish mid-body and mid-headers, and keeps answering others at once', async () => {
    const slow = connect(port, '127.0.0.1', () => slow.write('GET /v1/webhooks HTTP/1.1\r\nHost: x\r\n'));
    for (let i = 0; i < 5; i++) {
      await raw(port, [`POST /v1/webhooks HTTP/1.1\r\nHost: x\r\n${authorization}Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"url":`], 50);
    }
    let slowEnded = false;
    slow.once('close', () => (slowEnded = true));
    const response = await fetch(`http://127.0.0.1:${port}/v1/webhooks`, { headers: ALICE });
    expect(response.status).toBe(200);
    // answered while the slow client still holds its connection half-sent: nothing waited for it to end
    expect(slowEnded).toBe(false);
    slow.destroy();
    await vi.waitFor(() => expect(server.log.lines().some((line) => line.msg === 'the client went away before the answer')).toBe(true));
    expect(server.log.lines().filter((line) => (line.level as number) >= 50)).toEqual([]);
  });
});

describe('secrets never leave the server', () => {
  const folder = mkdtempSync(join(tmpdir(), 'webhooks-server-secrets-'));
  let server: TestServer;
  const answers: string[] = [];
  const secrets = Array.from({ length: 6 }, (_, i) => `canary-${i}-${Math.random().toString(36).slice(2)}-${Date.now()}`);

  beforeAll(async () => {
    server = await testServer({ databasePath: join(folder, 'webhooks.db') });
  });
  afterAll(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /** Sends a request, keeping the whole answer (status line, headers and body) for the scan. */
  async function record(method: string, url: string, body?: string | object, headers: Record<string, string> = {}) {
    const answer = await send(server, { method, url, headers: { ...ALICE, ...headers }, ...(body === undefined ? {} : { body }) });
    answers.push(JSON.stringify(answer.headers), answer.text);
    return answer;
  }

  it('keeps unique secrets of creates and updates out of every answer, header and log line, raw, base64 and hex', async () => {
    const [secret, clientSecret, newSecret, newClientSecret, badSecret, idemSecret] = secrets as [string, string, string, string, string, string];
    const created = await record('POST', '/v1/webhooks', { ...clientSecretCreate, secret, oidc_client_secret: clientSecret }, { 'idempotency-key': 'canary' });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    await record('POST', '/v1/webhooks', { ...clientSecretCreate, secret, oidc_client_secret: clientSecret }, { 'idempotency-key': 'canary' });
    await record('POST', '/v1/webhooks', { ...clientSecretCreate, secret: idemSecret, oidc_client_secret: clientSecret }, { 'idempotency-key': 'canary' });
    await record('PATCH', `/v1/webhooks/${id}`, { secret: newSecret, oidc_client_secret: newClientSecret });
    // refused requests carrying secrets: a broken rule, a secret of the wrong type, malformed JSON around it, a bad destination
    await record('POST', '/v1/webhooks', { ...privateKeyJwtCreate, oidc_client_secret: badSecret });
    await record('POST', '/v1/webhooks', { ...minimalCreate, secret: [badSecret] });
    await record('POST', '/v1/webhooks', `{"secret":"${badSecret}" "url"}`, { 'content-type': 'application/json' });
    await record('POST', '/v1/webhooks', `"${badSecret}`, { 'content-type': 'application/json' });
    await record('PATCH', `/v1/webhooks/${id}`, { secret: badSecret, url: 'https://10.0.0.1/x' });
    await record('PATCH', `/v1/webhooks/${id}`, { secret: badSecret, oidc_auth_method: 'private_key_jwt', oidc_client_secret: badSecret });
    await record('POST', '/v1/webhooks', { ...minimalCreate, secret: badSecret }, { 'content-type': `application/json; secret=${badSecret}` });
    await record('GET', `/v1/webhooks/${id}`);
    await record('GET', '/v1/webhooks');
    await record('GET', `/v1/webhooks/${id}/deliveries`);
    await record('GET', '/.well-known/jwks.json');

    const haystack = `${answers.join('\n')}\n${server.log.text}`;
    expect(server.log.lines().length).toBeGreaterThanOrEqual(answers.length / 2);
    for (const value of secrets) {
      for (const encoded of [value, Buffer.from(value).toString('base64'), Buffer.from(value).toString('base64url'), Buffer.from(value).toString('hex')]) {
        expect(haystack.includes(encoded), `a secret leaked as ${encoded}`).toBe(false);
      }
    }
    // the secrets the sender needs are kept, and readable
    const stored = await server.store.getWebhook('alice', id, { includeSecrets: true });
    expect(stored?.config).toMatchObject({ secret: newSecret, oidc_client_secret: newClientSecret });
  });

  it('keeps no secret in clear in the database files', () => {
    const bytes = readdirSync(folder)
      .map((name) => readFileSync(join(folder, name)).toString('latin1'))
      .join('');
    expect(bytes.length).toBeGreaterThan(0);
    for (const value of secrets) expect(bytes.includes(value), value).toBe(false);
    expect(bytes).toContain('hooks.example.com');
  });

  it('logs no Authorization header, API key or request body', () => {
    expect(server.log.text).not.toContain(ALICE.authorization.slice('Bearer '.length));
    expect(server.log.text).not.toContain('enabled_events');
  });
});
