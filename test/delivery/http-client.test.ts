/**
 * The sender's HTTP client against real local servers: the SSRF guard on the address actually connected
 * to (names and IP literals), redirects not followed, time-outs, and failures in words.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resolver } from '../../src/delivery/destination-policy.js';
import { createSenderHttpClient, DestinationRefusedError, guardedConnector } from '../../src/delivery/http-client.js';

let server: Server;
let port: number;
const seen: { url: string | undefined; headers: IncomingMessage['headers'] }[] = [];

/** Names as tests want them: localhost is this machine; a public-looking name that answers 127.0.0.1. */
const resolve: Resolver = async (hostname) => {
  const table: Record<string, string[]> = {
    localhost: ['127.0.0.1'],
    'hooks.example.com': ['127.0.0.1'],
    'rebind.example.com': ['93.184.215.14', '127.0.0.1'],
    'metadata.example.com': ['169.254.169.254'],
  };
  const addresses = table[hostname];
  if (addresses === undefined) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
  return addresses.map((address) => ({ address }));
};

const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
  '/ok': (_request, response) => response.writeHead(204).end(),
  '/redirect': (_request, response) => response.writeHead(302, { location: 'http://localhost/ok' }).end(),
  '/slow': (_request, response) => void setTimeout(() => response.writeHead(200).end(), 2_000),
  '/busy': (_request, response) => response.writeHead(429, { 'retry-after': '120' }).end(),
  '/big': (_request, response) => {
    response.writeHead(200);
    response.end(Buffer.alloc(5 * 1024 * 1024, 'x'));
  },
  '/hangup': (request) => request.socket.destroy(),
};

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({ url: request.url, headers: request.headers });
    request.resume();
    request.on('end', () => (routes[request.url ?? ''] ?? routes['/ok']!)(request, response));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

describe('the sender HTTP client', () => {
  const dev = () => createSenderHttpClient({ allowLocalhost: true, resolve, userAgent: 'webhooks-contract/test' });

  it('posts to a localhost receiver in development, with its headers and user agent', async () => {
    const http = dev();
    const outcome = await http.post({ url: `http://localhost:${port}/ok`, headers: { 'content-type': 'application/json', 'webhook-id': 'evt_1' }, body: '{}' });
    expect(outcome).toEqual({ answered: true, status: 204, retryAfter: undefined });
    expect(seen.at(-1)?.headers).toMatchObject({ 'user-agent': 'webhooks-contract/test', 'webhook-id': 'evt_1', 'content-length': '2' });
    await http.close();
  });

  it.each([
    ['a public-looking name that resolves to 127.0.0.1', 'https://hooks.example.com:PORT/ok', 'resolves to a loopback address'],
    ['a name with one public and one loopback answer', 'https://rebind.example.com:PORT/ok', 'resolves to a loopback address'],
    ['a name that resolves to the metadata service', 'https://metadata.example.com:PORT/ok', 'resolves to a link-local address'],
  ])('refuses %s at connect time, even in development', async (_name, url, words) => {
    const http = dev();
    const before = seen.length;
    // the name passes the URL check, and only the connection can tell
    for (const client of [http, createSenderHttpClient({ resolve })]) {
      const outcome = await client.post({ url: url.replace('PORT', String(port)), headers: {}, body: '{}' });
      expect(outcome).toMatchObject({ answered: false, kind: 'refused-destination' });
      expect(!outcome.answered && outcome.reason).toContain(words);
      await client.close();
    }
    expect(seen.length).toBe(before); // nothing reached the server
  });

  it.each([
    ['http://127.0.0.1:PORT/ok', 'must be an https:// URL', false],
    ['http://[::1]:PORT/ok', 'must be an https:// URL', false],
    ['https://127.0.0.1:PORT/ok', '127.0.0.1 is a loopback address', false],
    ['https://0x7f.1:PORT/ok', '127.0.0.1 is a loopback address', false],
    ['https://[::ffff:127.0.0.1]:PORT/ok', '127.0.0.1 is a loopback address', true],
    ['https://127.0.0.2:PORT/ok', '127.0.0.2 is a loopback address', true],
    ['http://hooks.example.com/ok', 'must be an https:// URL', true],
    ['https://user:pw@hooks.example.com/ok', 'must not contain a user name or password', true],
  ])('refuses %s before connecting (in development too: %s)', async (url, words, inDevelopment) => {
    for (const http of inDevelopment ? [createSenderHttpClient({ resolve }), dev()] : [createSenderHttpClient({ resolve })]) {
      const outcome = await http.post({ url: url.replace('PORT', String(port)), headers: {}, body: '{}' });
      expect(outcome).toMatchObject({ answered: false, kind: 'refused-destination' });
      expect(!outcome.answered && outcome.reason).toContain(words);
      await http.close();
    }
  });

  it('posts to the loopback literals 127.0.0.1 and [::1] in development, as the contract allows test endpoints', async () => {
    const http = dev();
    expect(await http.post({ url: `http://127.0.0.1:${port}/ok`, headers: {}, body: '{}' })).toEqual({ answered: true, status: 204, retryAfter: undefined });
    // the receiver listens on 127.0.0.1 only: [::1] is allowed, and refused by the system, not by the guard
    const v6 = await http.post({ url: `http://[::1]:${port}/ok`, headers: {}, body: '{}' });
    expect(v6.answered || v6.kind).not.toBe('refused-destination');
    await http.close();
  });

  it('offline, resolves no name and connects to loopback only: localhost to 127.0.0.1, anything else fails with the reason given', async () => {
    const asked: string[] = [];
    const http = createSenderHttpClient({
      allowLocalhost: true,
      resolve: async (hostname) => {
        asked.push(hostname);
        return [{ address: '127.0.0.1' }];
      },
      offline: { reason: 'offline here' },
    });
    expect(await http.post({ url: `http://localhost:${port}/ok`, headers: {}, body: '{}' })).toMatchObject({ answered: true, status: 204 });
    expect(await http.post({ url: `http://127.0.0.1:${port}/ok`, headers: {}, body: '{}' })).toMatchObject({ answered: true, status: 204 });
    for (const url of [`https://hooks.example.com:${port}/ok`, `https://93.184.215.14:${port}/ok`]) {
      expect(await http.post({ url, headers: {}, body: '{}' })).toEqual({ answered: false, kind: 'refused-destination', reason: 'offline here' });
    }
    await expect(http.fetch(`https://idp.example.com:${port}/token`, { method: 'POST' })).rejects.toThrow('offline here');
    expect(asked).toEqual([]);
    await http.close();
  });

  it('never looks up a name under .invalid (RFC 6761)', async () => {
    const asked: string[] = [];
    const http = createSenderHttpClient({ resolve: async (hostname) => (asked.push(hostname), [{ address: '93.184.215.14' }]) });
    const outcome = await http.post({ url: 'https://hooks.example.invalid/webhooks', headers: {}, body: '{}' });
    expect(outcome).toMatchObject({ answered: false, kind: 'refused-destination' });
    expect(!outcome.answered && outcome.reason).toContain('.invalid, a name that never resolves');
    expect(asked).toEqual([]);
    await http.close();
  });

  it('does not follow a redirect: the 302 is the answer', async () => {
    const http = dev();
    const before = seen.length;
    expect(await http.post({ url: `http://localhost:${port}/redirect`, headers: {}, body: '{}' })).toEqual({ answered: true, status: 302, retryAfter: undefined });
    expect(seen.length).toBe(before + 1);
    await http.close();
  });

  it('reports Retry-After', async () => {
    const http = dev();
    expect(await http.post({ url: `http://localhost:${port}/busy`, headers: {}, body: '{}' })).toEqual({ answered: true, status: 429, retryAfter: '120' });
    await http.close();
  });

  it('gives up after the time-out and says so', async () => {
    const http = dev();
    const started = Date.now();
    expect(await http.post({ url: `http://localhost:${port}/slow`, headers: {}, body: '{}', timeoutMs: 300 })).toEqual({ answered: false, kind: 'timeout', reason: 'no answer within 300 ms' });
    expect(Date.now() - started).toBeLessThan(1_500);
    await http.close();
  });

  it('answers with the status of a huge response without reading it', async () => {
    const http = dev();
    expect(await http.post({ url: `http://localhost:${port}/big`, headers: {}, body: '{}' })).toMatchObject({ answered: true, status: 200 });
    await http.close();
  });

  it.each([
    ['a hang-up', `/hangup`, 'closed before'],
    ['a refused connection', 'CLOSED', 'the connection was refused'],
    ['an unknown host', 'UNKNOWN', 'could not be resolved'],
  ])('describes %s in words', async (_name, path, words) => {
    const http = dev();
    const url = path === 'CLOSED' ? 'http://localhost:1/x' : path === 'UNKNOWN' ? 'https://nowhere.example.net/x' : `http://localhost:${port}${path}`;
    const outcome = await http.post({ url, headers: {}, body: '{}' });
    expect(outcome).toMatchObject({ answered: false, kind: 'network' });
    expect(!outcome.answered && outcome.reason).toContain(words);
    expect(!outcome.answered && outcome.reason).not.toMatch(/127\.0\.0\.1/);
    await http.close();
  });

  it('guards token requests too: fetch refuses the same destinations and never follows redirects', async () => {
    const http = dev();
    await expect(http.fetch(`https://hooks.example.com:${port}/token`, { method: 'POST' })).rejects.toThrow(expect.objectContaining({ cause: expect.any(DestinationRefusedError) }));
    await expect(http.fetch(`http://127.0.0.2:${port}/token`, { method: 'POST' })).rejects.toBeInstanceOf(DestinationRefusedError);
    const response = await http.fetch(`http://localhost:${port}/redirect`, { method: 'POST', body: 'a=b' });
    expect(response.status).toBe(302);
    await http.close();
  });
});

describe('the connect-time backstop', () => {
  it('refuses a socket whose remote address is not the one checked', async () => {
    let destroyed = false;
    const fakeSocket = { remoteAddress: '10.0.0.8', destroy: () => (destroyed = true) } as unknown as Socket;
    const connector = guardedConnector(async () => [{ address: '93.184.215.14' }], false, (_options, callback) => callback(null, fakeSocket));
    const error = await new Promise<Error | null>((done) => connector({ hostname: 'hooks.example.com', protocol: 'https:', port: '443' }, (...args) => done(args[0])));
    expect(error).toBeInstanceOf(DestinationRefusedError);
    expect(error?.message).toContain('a private address');
    expect(destroyed).toBe(true);
  });

  it('connects to the checked address and keeps the name for TLS', async () => {
    const calls: { hostname: string; host?: string }[] = [];
    const fakeSocket = { remoteAddress: '93.184.215.14' } as unknown as Socket;
    const connector = guardedConnector(async () => [{ address: '93.184.215.14' }], false, (options, callback) => {
      calls.push({ hostname: options.hostname, ...(options.host === undefined ? {} : { host: options.host }) });
      callback(null, fakeSocket);
    });
    const error = await new Promise<Error | null>((done) => connector({ hostname: 'hooks.example.com', host: 'hooks.example.com:443', protocol: 'https:', port: '443' }, (...args) => done(args[0])));
    expect(error).toBeNull();
    expect(calls).toEqual([{ hostname: '93.184.215.14', host: 'hooks.example.com:443' }]);
  });
});

describe('receivers that misbehave', () => {
  /** A raw TCP receiver that runs `behave` on each connection once the request has arrived. */
  async function rawReceiver(behave: (socket: Socket) => void): Promise<{ url: string; closed: Promise<void>; close: () => Promise<void> }> {
    let closedOne!: () => void;
    const closed = new Promise<void>((resolve) => (closedOne = resolve));
    const sockets = new Set<Socket>();
    const tcp: TcpServer = createTcpServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => closedOne());
      socket.on('error', () => undefined);
      let seenHeaders = false;
      socket.on('data', (chunk) => {
        if (!seenHeaders && chunk.includes('\r\n\r\n')) {
          seenHeaders = true;
          behave(socket);
        }
      });
    });
    await new Promise<void>((done) => tcp.listen(0, '127.0.0.1', done));
    const { port: rawPort } = tcp.address() as { port: number };
    return {
      url: `http://localhost:${rawPort}/hook`,
      closed,
      close: async () => {
        for (const socket of sockets) socket.destroy();
        await new Promise((done) => tcp.close(done));
      },
    };
  }
  const timers: ReturnType<typeof setInterval>[] = [];
  const every = (ms: number, tick: () => unknown): void => void timers.push(setInterval(tick, ms));
  afterAll(() => timers.forEach(clearInterval));

  it.each([
    [
      'trickles its status line and headers, a byte at a time',
      (socket: Socket): void => {
        const answer = Buffer.from('HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n');
        let sent = 0;
        every(40, () => sent < answer.length && !socket.destroyed && socket.write(answer.subarray(sent, ++sent)));
      },
      { answered: false, kind: 'timeout', reason: 'no answer within 300 ms' },
    ],
    ['answers 200, but only after the time-out', (socket: Socket): void => void setTimeout(() => socket.destroyed || socket.end('HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n'), 600), { answered: false, kind: 'timeout' }],
    ['resets the connection before its answer is complete', (socket: Socket): void => void socket.end('HTTP/1.1 200 OK\r\ncontent-len', () => socket.resetAndDestroy()), { answered: false, kind: 'network' }],
    ['sends a header section over the size Node reads', (socket: Socket): void => void socket.end(`HTTP/1.1 200 OK\r\nx-big: ${'a'.repeat(100 * 1024)}\r\n\r\n`), { answered: false, kind: 'network', reason: 'the answer had too many or too large headers' }],
  ] as const)('a receiver that %s is cut off and recorded in words', async (_name, behave, want) => {
    const raw = await rawReceiver(behave);
    const http = createSenderHttpClient({ allowLocalhost: true, resolve });
    try {
      const outcome = await http.post({ url: raw.url, headers: {}, body: '{}', timeoutMs: 300 });
      expect(outcome).toMatchObject(want);
      expect(!outcome.answered && outcome.reason).toEqual(expect.any(String));
      // and the sender lets the connection go
      await raw.closed;
    } finally {
      await http.close();
      await raw.close();
    }
  });

  it.each([
    ['an endless body after its 204', 'HTTP/1.1 204 No Content\r\n\r\n', 204],
    ['an endless body after its 500', 'HTTP/1.1 500 Internal Server Error\r\ntransfer-encoding: chunked\r\n\r\n', 500],
  ])('takes the status of %s, reads at most a little of the body, and closes the connection', async (_name, head, status) => {
    const raw = await rawReceiver((socket) => {
      socket.write(head);
      // a chunk of 16 KiB every millisecond, for ever: the sender must stop reading it
      const chunk = `${(16 * 1024).toString(16)}\r\n${'x'.repeat(16 * 1024)}\r\n`;
      every(1, () => socket.destroyed || socket.write(chunk));
    });
    const http = createSenderHttpClient({ allowLocalhost: true, resolve });
    try {
      expect(await http.post({ url: raw.url, headers: {}, body: '{}', timeoutMs: 300 })).toMatchObject({ answered: true, status });
      await raw.closed;
    } finally {
      await http.close();
      await raw.close();
    }
  });
});
