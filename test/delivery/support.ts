/** What the delivery tests share: webhooks, a resolver for local names, a JWKS server and a fake clock. */
import { createServer, type Server } from 'node:http';
import type { JWK } from 'jose';
import { exportJWK, generateKeyPair } from 'jose';
import type { Resolver } from '../../src/delivery/destination-policy.js';
import type { SenderWebhook } from '../../src/delivery/events.js';
import type { SigningKey } from '../../src/delivery/access-token.js';

/** localhost is this machine; nothing else resolves (as on this machine's DNS). */
export const localResolver: Resolver = async (hostname) => {
  if (hostname === 'localhost') return [{ address: '127.0.0.1' }];
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
};

/** A webhook as the server stores it, with what the test sets. */
export function storedWebhook(fields: Partial<SenderWebhook> & { id: string; url: string }): SenderWebhook {
  return { enabled_events: ['*'], ...fields } as SenderWebhook;
}

/** A platform signing key made with jose, as the server's `activeSigningKey()` would hand it over. */
export async function makeSigningKey(alg: 'ES256' | 'RS256' | 'EdDSA' = 'ES256', kid = `test-${alg}`): Promise<{ key: SigningKey; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { key: { kid, alg, privateKey }, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

/** Serves a JWKS the way the platform's `/.well-known/jwks.json` does. */
export async function serveJwks(keys: () => JWK[]): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: keys() }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A clock that moves only when told. */
export function fakeClock(start = new Date('2026-11-02T09:31:12Z')) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    set: (date: Date) => {
      now = date.getTime();
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}
