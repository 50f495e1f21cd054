/**
 * verifyWebhookSignature: known answers, interoperability with the Standard Webhooks library, and the
 * rejection matrix. A fixture builds one valid signed request; each row breaks exactly one thing.
 */
import { Buffer } from 'node:buffer';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { BusinessApprovedEvent } from '../../generated/examples.js';
import {
  signWebhookPayload,
  toStandardWebhooksSecret,
  verifyWebhookSignature,
  WebhookVerificationError,
  type VerifyOptions,
  type WebhookHeaders,
  type WebhookVerificationErrorCode,
} from '../../src/receiver/index.js';

const SECRET = 'whk-test-secret-0123456789';
const SENT_AT = new Date('2026-11-02T09:31:12Z');
const BODY = JSON.stringify(BusinessApprovedEvent);

/** One valid delivery: body, headers (as Node gives them: lowercase) and the receiver's clock. */
function fixture() {
  return {
    body: BODY as string | Buffer,
    headers: signWebhookPayload(BODY, SECRET, { id: BusinessApprovedEvent.id, timestamp: SENT_AT }) as Record<string, string | string[] | undefined>,
    secret: SECRET as string | Uint8Array,
    options: { now: SENT_AT } as VerifyOptions,
  };
}

/** The error a call throws, or undefined. */
function errorOf(run: () => unknown): WebhookVerificationError | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error;
    throw error; // anything else is a crash: the test fails
  }
}

function later(seconds: number): Date {
  return new Date(SENT_AT.getTime() + seconds * 1000);
}

describe('known answers', () => {
  it('signs the documented example: "It\'s a Secret to Everybody" over "Hello, World!"', () => {
    const headers = signWebhookPayload('Hello, World!', "It's a Secret to Everybody", { id: 'msg_1', timestamp: SENT_AT });
    expect(headers['x-webhook-signature']).toBe('757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17');
    expect(verifyWebhookSignature('Hello, World!', { 'X-Webhook-Signature': headers['x-webhook-signature'] }, "It's a Secret to Everybody")).toEqual({
      scheme: 'body-hmac',
      id: undefined,
      timestamp: undefined,
    });
  });

  it("matches the Standard Webhooks specification's test vector, checked with the library under its base64 secret", () => {
    const vector = {
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      timestamp: new Date(1614265330 * 1000),
      body: '{"test": 2432232314}',
      signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    };
    expect(new Webhook(vector.secret).sign(vector.id, vector.timestamp, vector.body)).toBe(vector.signature);
    // ours, with the key bytes the whsec_ secret stands for
    const key = Buffer.from(vector.secret.slice('whsec_'.length), 'base64');
    expect(signWebhookPayload(vector.body, key, { id: vector.id, timestamp: vector.timestamp })['webhook-signature']).toBe(vector.signature);
    const headers = { 'webhook-id': vector.id, 'webhook-timestamp': '1614265330', 'webhook-signature': vector.signature };
    expect(verifyWebhookSignature(vector.body, headers, key, { now: vector.timestamp })).toEqual({
      scheme: 'standard-webhooks',
      id: vector.id,
      timestamp: vector.timestamp,
    });
    // and with the whsec_ secret as it is: the Standard Webhooks key rule
    expect(signWebhookPayload(vector.body, vector.secret, { id: vector.id, timestamp: vector.timestamp })['webhook-signature']).toBe(vector.signature);
    expect(verifyWebhookSignature(vector.body, headers, vector.secret, { now: vector.timestamp }).scheme).toBe('standard-webhooks');
    expect(toStandardWebhooksSecret(vector.secret)).toBe(vector.secret);
  });
});

describe('the Standard Webhooks key rule', () => {
  const at = new Date(1614265330 * 1000);
  const signedWith = (key: Uint8Array) => signWebhookPayload(BODY, key, { id: 'msg_1', timestamp: at });

  it.each([
    ['24 bytes', 24],
    ['32 bytes', 32],
    ['64 bytes', 64],
  ])('keys a whsec_ secret of %s with its base64-decoded bytes', (_, size) => {
    const key = Buffer.alloc(size, 0xa5);
    const secret = `whsec_${key.toString('base64')}`;
    expect(verifyWebhookSignature(BODY, signedWith(key), secret, { now: at }).scheme).toBe('standard-webhooks');
  });

  it.each([
    ['too short to be a Standard Webhooks secret (20 bytes)', `whsec_${Buffer.alloc(20, 1).toString('base64')}`],
    ['not base64', 'whsec_this-is-not-base64-at-all-but-long!'],
    ['base64url rather than base64', `whsec_${Buffer.alloc(32, 0xff).toString('base64url')}`],
  ])('keys a whsec_ string that is %s with its UTF-8 bytes, as version 1 did', (_, secret) => {
    expect(verifyWebhookSignature(BODY, signedWith(new TextEncoder().encode(secret)), secret, { now: at }).scheme).toBe('standard-webhooks');
  });

  it('keys any other secret with its UTF-8 bytes, and gives the libraries the same key as whsec_', () => {
    const secret = 'pässwörd-ключ-秘密-🔑-0123';
    expect(verifyWebhookSignature(BODY, signedWith(new TextEncoder().encode(secret)), secret, { now: at }).scheme).toBe('standard-webhooks');
    expect(toStandardWebhooksSecret(secret)).toBe(`whsec_${Buffer.from(secret, 'utf8').toString('base64')}`);
    expect(toStandardWebhooksSecret(new Uint8Array([1, 2, 3]))).toBe('whsec_AQID');
  });

  it('reads the svix- header names when the webhook- ones are absent, and prefers webhook- when both are there', () => {
    const headers = signedWith(new TextEncoder().encode('a-plain-secret-0123456789'));
    const svix = { 'svix-id': headers['webhook-id'], 'svix-timestamp': headers['webhook-timestamp'], 'svix-signature': headers['webhook-signature'] };
    expect(verifyWebhookSignature(BODY, svix, 'a-plain-secret-0123456789', { now: at })).toMatchObject({ scheme: 'standard-webhooks', id: 'msg_1' });
    expect(() => verifyWebhookSignature(BODY, { ...svix, 'svix-signature': 'v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' }, 'a-plain-secret-0123456789', { now: at })).toThrow(/svix-signature/);
    expect(verifyWebhookSignature(BODY, { ...svix, 'svix-signature': 'v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', ...headers }, 'a-plain-secret-0123456789', { now: at }).scheme).toBe('standard-webhooks');
  });
});

describe('interoperability with the standardwebhooks library', () => {
  // the library checks timestamps against the real clock, so these sign "now"
  const secrets = ['whk-test-secret-0123456789', 'sécret-ünïcode-ключ-🔑-long-enough'];

  it.each(secrets)('the library verifies what we sign, given the UTF-8 bytes of %j', (secret) => {
    const headers = signWebhookPayload(BODY, secret, { id: BusinessApprovedEvent.id });
    const library = new Webhook(new TextEncoder().encode(secret), { format: 'raw' });
    expect(library.verify(BODY, headers)).toEqual(BusinessApprovedEvent);
  });

  it.each(secrets)('we verify what the library signs with the UTF-8 bytes of %j', (secret) => {
    const library = new Webhook(new TextEncoder().encode(secret), { format: 'raw' });
    const timestamp = new Date();
    const headers = {
      'webhook-id': 'msg_123',
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': library.sign('msg_123', timestamp, BODY),
    };
    expect(verifyWebhookSignature(BODY, headers, secret).scheme).toBe('standard-webhooks');
  });

  it('the library, given a non-ASCII secret as a string, reads it as Latin-1 and does not match: pass the UTF-8 bytes', () => {
    const secret = secrets[1]!;
    const headers = signWebhookPayload(BODY, secret, { id: 'msg_1' });
    expect(() => new Webhook(secret, { format: 'raw' }).verify(BODY, headers)).toThrow('No matching signature found');
  });
});

describe('accepted deliveries', () => {
  it('verifies the fixture and returns its id and signed time', () => {
    const { body, headers, secret, options } = fixture();
    expect(verifyWebhookSignature(body, headers, secret, options)).toEqual({ scheme: 'standard-webhooks', id: BusinessApprovedEvent.id, timestamp: SENT_AT });
  });

  it.each([
    ['a Buffer body', (f: ReturnType<typeof fixture>) => ({ ...f, body: Buffer.from(BODY) })],
    ['a Uint8Array secret', (f: ReturnType<typeof fixture>) => ({ ...f, secret: new TextEncoder().encode(SECRET) })],
    ['header names in any case', (f: ReturnType<typeof fixture>) => ({ ...f, headers: Object.fromEntries(Object.entries(f.headers).map(([k, v]) => [k.toUpperCase(), v])) })],
    ['299 s later', (f: ReturnType<typeof fixture>) => ({ ...f, options: { now: later(299) } })],
    ['299 s earlier', (f: ReturnType<typeof fixture>) => ({ ...f, options: { now: later(-299) } })],
    ['exactly 300 s later', (f: ReturnType<typeof fixture>) => ({ ...f, options: { now: later(300) } })],
    ['a wider tolerance', (f: ReturnType<typeof fixture>) => ({ ...f, options: { now: later(3600), toleranceSeconds: 3600 } })],
  ])('accepts %s', (_name, change) => {
    const { body, headers, secret, options } = change(fixture());
    expect(verifyWebhookSignature(body, headers, secret, options).scheme).toBe('standard-webhooks');
  });

  it('accepts a fetch Headers object', () => {
    const { body, headers, secret, options } = fixture();
    const fetchHeaders = new Headers(headers as Record<string, string>);
    expect(verifyWebhookSignature(body, fetchHeaders, secret, options).id).toBe(BusinessApprovedEvent.id);
  });

  it('accepts any of several signatures (secret rotation), and skips versions it does not know', () => {
    const { body, secret, options } = fixture();
    const rotated = signWebhookPayload(BODY, ['a-brand-new-secret-value', SECRET], { id: BusinessApprovedEvent.id, timestamp: SENT_AT });
    expect(rotated['webhook-signature'].split(' ')).toHaveLength(2);
    const withUnknownVersion = { ...rotated, 'webhook-signature': `v2,abc ${rotated['webhook-signature']}` };
    expect(verifyWebhookSignature(body, withUnknownVersion, secret, options).scheme).toBe('standard-webhooks');
  });

  it('accepts the signature header repeated, as a framework hands over a repeated header', () => {
    const { body, headers, secret, options } = fixture();
    const repeated = { ...headers, 'webhook-signature': ['v1,' + 'A'.repeat(43) + '=', headers['webhook-signature'] as string] };
    expect(verifyWebhookSignature(body, repeated, secret, options).scheme).toBe('standard-webhooks');
    const joined = new Headers();
    for (const value of repeated['webhook-signature']) joined.append('webhook-signature', value);
    for (const name of ['webhook-id', 'webhook-timestamp']) joined.set(name, headers[name] as string);
    expect(verifyWebhookSignature(body, joined, secret, options).scheme).toBe('standard-webhooks');
  });

  it('accepts rotation on the receiving side: several secrets, any one may match', () => {
    const { body, headers, options } = fixture();
    expect(verifyWebhookSignature(body, headers, ['the-next-secret-value-123', SECRET], options).scheme).toBe('standard-webhooks');
  });

  it('verifies a body that is not UTF-8 over its raw bytes, and refuses the same body decoded to text', () => {
    const raw = Buffer.concat([Buffer.from('{"note":"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('"}')]);
    const headers = signWebhookPayload(raw, SECRET, { id: 'evt_1', timestamp: SENT_AT });
    expect(verifyWebhookSignature(raw, headers, SECRET, { now: SENT_AT }).scheme).toBe('standard-webhooks');
    expect(verifyWebhookSignature(raw, { 'x-webhook-signature': headers['x-webhook-signature'] }, SECRET).scheme).toBe('body-hmac');
    expect(errorOf(() => verifyWebhookSignature(raw.toString('utf8'), headers, SECRET, { now: SENT_AT }))?.code).toBe('ERR_WEBHOOK_SIGNATURE_MISMATCH');
  });
});

type Fixture = ReturnType<typeof fixture>;
const withHeader = (name: string, value: string | string[] | undefined) => (f: Fixture) => ({ ...f, headers: { ...f.headers, [name]: value } });
const without = (...names: string[]) => (f: Fixture) => ({ ...f, headers: Object.fromEntries(Object.entries(f.headers).filter(([k]) => !names.includes(k))) });
const signature = (f: Fixture) => f.headers['webhook-signature'] as string;

describe('the rejection matrix: each a typed error, never a crash', () => {
  const rows: { given: string; change: (f: Fixture) => Fixture; want: WebhookVerificationErrorCode; says: string }[] = [
    { given: 'no signature header at all', change: without('webhook-signature', 'x-webhook-signature'), want: 'ERR_WEBHOOK_HEADER_MISSING', says: 'check that the webhook has a secret' },
    { given: 'no webhook-id', change: without('webhook-id'), want: 'ERR_WEBHOOK_HEADER_MISSING', says: 'no webhook-id' },
    { given: 'no webhook-timestamp', change: without('webhook-timestamp'), want: 'ERR_WEBHOOK_HEADER_MISSING', says: 'no webhook-timestamp' },
    { given: 'neither id nor timestamp', change: without('webhook-id', 'webhook-timestamp'), want: 'ERR_WEBHOOK_HEADER_MISSING', says: 'no webhook-id and webhook-timestamp' },
    { given: 'an empty webhook-id', change: withHeader('webhook-id', ''), want: 'ERR_WEBHOOK_HEADER_MISSING', says: 'no webhook-id' },
    { given: 'a non-numeric timestamp', change: withHeader('webhook-timestamp', 'yesterday'), want: 'ERR_WEBHOOK_TIMESTAMP_INVALID', says: 'digits only' },
    { given: 'a timestamp with trailing junk', change: (f) => withHeader('webhook-timestamp', `${f.headers['webhook-timestamp'] as string}abc`)(f), want: 'ERR_WEBHOOK_TIMESTAMP_INVALID', says: 'digits only' },
    { given: 'a negative timestamp', change: withHeader('webhook-timestamp', '-1'), want: 'ERR_WEBHOOK_TIMESTAMP_INVALID', says: 'digits only' },
    { given: 'a fractional timestamp', change: (f) => withHeader('webhook-timestamp', `${f.headers['webhook-timestamp'] as string}.5`)(f), want: 'ERR_WEBHOOK_TIMESTAMP_INVALID', says: 'digits only' },
    { given: 'a timestamp in milliseconds', change: withHeader('webhook-timestamp', String(SENT_AT.getTime())), want: 'ERR_WEBHOOK_TIMESTAMP_INVALID', says: 'whole number of seconds' },
    { given: 'a timestamp 301 s old', change: (f) => ({ ...f, options: { now: later(301) } }), want: 'ERR_WEBHOOK_TIMESTAMP_TOO_OLD', says: '301 s behind' },
    { given: 'a timestamp 301 s ahead', change: (f) => ({ ...f, options: { now: later(-301) } }), want: 'ERR_WEBHOOK_TIMESTAMP_TOO_NEW', says: '301 s ahead' },
    { given: 'a day-old delivery under a zero tolerance', change: (f) => ({ ...f, options: { now: later(1), toleranceSeconds: 0 } }), want: 'ERR_WEBHOOK_TIMESTAMP_TOO_OLD', says: 'tolerance of 0 s' },
    { given: 'an empty signature', change: withHeader('webhook-signature', ''), want: 'ERR_WEBHOOK_SIGNATURE_INVALID', says: 'is empty' },
    { given: 'only spaces as signature', change: withHeader('webhook-signature', '   '), want: 'ERR_WEBHOOK_SIGNATURE_INVALID', says: 'is empty' },
    { given: 'a truncated signature', change: (f) => withHeader('webhook-signature', signature(f).slice(0, 20))(f), want: 'ERR_WEBHOOK_SIGNATURE_INVALID', says: 'no well-formed v1 signature' },
    { given: 'a signature of the wrong version', change: (f) => withHeader('webhook-signature', signature(f).replace('v1,', 'v2,'))(f), want: 'ERR_WEBHOOK_SIGNATURE_INVALID', says: 'no well-formed v1 signature' },
    { given: 'a signature without a version', change: (f) => withHeader('webhook-signature', signature(f).slice(3))(f), want: 'ERR_WEBHOOK_SIGNATURE_INVALID', says: 'no well-formed v1 signature' },
    { given: 'a wrong signature', change: withHeader('webhook-signature', `v1,${Buffer.alloc(32, 7).toString('base64')}`), want: 'ERR_WEBHOOK_SIGNATURE_MISMATCH', says: 'raw request body' },
    { given: 'a signature with one character changed', change: (f) => withHeader('webhook-signature', signature(f).replace(/.(=?)$/, (m, eq) => (m[0] === 'A' ? 'B' : 'A') + eq))(f), want: 'ERR_WEBHOOK_SIGNATURE_MISMATCH', says: 'raw request body' },
    { given: 'the right signature in lower case', change: (f) => withHeader('webhook-signature', `v1,${signature(f).slice(3).toLowerCase()}`)(f), want: 'ERR_WEBHOOK_SIGNATURE_MISMATCH', says: 'raw request body' },
    { given: 'a wrong secret', change: (f) => ({ ...f, secret: 'not-the-secret-at-all' }), want: 'ERR_WEBHOOK_SIGNATURE_MISMATCH', says: "webhook's current secret" },
    { given: 'the secret with a trailing newline', change: (f) => ({ ...f, secret: `${SECRET}\n` }), want: 'ERR_WEBHOOK_SIGNATURE_MISMATCH', says: "webhook's current secret" },
    { given: 'one changed body byte', change: (f) => ({ ...f, body: BODY.replace('approved', 'approvec') }), want: 'ERR_WEBHOOK_SIGNATURE_MISMATCH', says: 'not re-serialised JSON' },
    { given: 're-serialised JSON', change: (f) => ({ ...f, body: JSON.stringify(JSON.parse(BODY), null, 2) }), want: 'ERR_WEBHOOK_SIGNATURE_MISMATCH', says: 'not re-serialised JSON' },
    { given: 'another webhook-id', change: withHeader('webhook-id', 'evt_other'), want: 'ERR_WEBHOOK_SIGNATURE_MISMATCH', says: 'webhook-id and webhook-timestamp headers unchanged' },
    { given: 'another timestamp (a replay with a fresh time)', change: (f) => withHeader('webhook-timestamp', String(Number(f.headers['webhook-timestamp']) + 60))(f), want: 'ERR_WEBHOOK_SIGNATURE_MISMATCH', says: 'raw request body' },
    { given: 'the signature stripped, body-only refused', change: (f) => ({ ...without('webhook-signature')(f), options: { ...f.options, allowBodyOnlySignature: false } }), want: 'ERR_WEBHOOK_HEADER_MISSING', says: 'allowBodyOnlySignature: false' },
    { given: 'an empty X-Webhook-Signature', change: (f) => withHeader('x-webhook-signature', '')(without('webhook-signature')(f)), want: 'ERR_WEBHOOK_SIGNATURE_INVALID', says: 'is empty' },
    { given: 'a truncated X-Webhook-Signature', change: (f) => withHeader('x-webhook-signature', (f.headers['x-webhook-signature'] as string).slice(0, 63))(without('webhook-signature')(f)), want: 'ERR_WEBHOOK_SIGNATURE_INVALID', says: 'not 64 hex digits' },
    { given: 'a wrong X-Webhook-Signature', change: (f) => withHeader('x-webhook-signature', 'f'.repeat(64))(without('webhook-signature')(f)), want: 'ERR_WEBHOOK_SIGNATURE_MISMATCH', says: 'X-Webhook-Signature does not match' },
    { given: 'X-Webhook-Signature with a changed body byte', change: (f) => ({ ...without('webhook-signature')(f), body: BODY.replace('approved', 'approvec') }), want: 'ERR_WEBHOOK_SIGNATURE_MISMATCH', says: 'X-Webhook-Signature does not match' },
    { given: 'parsed JSON as the body', change: (f) => ({ ...f, body: JSON.parse(BODY) as string }), want: 'ERR_WEBHOOK_BODY_NOT_RAW', says: "express.raw({ type: 'application/json' })" },
    { given: 'an empty secret', change: (f) => ({ ...f, secret: '' }), want: 'ERR_WEBHOOK_SECRET_MISSING', says: 'environment variable' },
    { given: 'an undefined secret', change: (f) => ({ ...f, secret: undefined as unknown as string }), want: 'ERR_WEBHOOK_SECRET_MISSING', says: 'got undefined' },
    { given: 'a negative tolerance', change: (f) => ({ ...f, options: { toleranceSeconds: -1 } }), want: 'ERR_WEBHOOK_OPTIONS', says: 'toleranceSeconds' },
    { given: 'an infinite tolerance', change: (f) => ({ ...f, options: { toleranceSeconds: Infinity } }), want: 'ERR_WEBHOOK_OPTIONS', says: 'toleranceSeconds' },
    { given: 'an invalid clock', change: (f) => ({ ...f, options: { now: new Date('nope') } }), want: 'ERR_WEBHOOK_OPTIONS', says: 'valid Date' },
    { given: 'no headers object', change: (f) => ({ ...f, headers: null as unknown as Record<string, string> }), want: 'ERR_WEBHOOK_OPTIONS', says: 'headers must be' },
  ];

  it.each(rows)('refuses $given with $want', ({ change, want, says }) => {
    const { body, headers, secret, options } = change(fixture());
    const error = errorOf(() => verifyWebhookSignature(body, headers as WebhookHeaders, secret, options));
    expect(error?.code).toBe(want);
    expect(error?.message).toContain(says);
    expect(error?.name).toBe('WebhookVerificationError');
    // a message never quotes the secret or a signature
    expect(error?.message).not.toContain(SECRET);
    expect(error?.message).not.toContain(signature(fixture()).slice(3, 20));
  });

  it('never crashes on hostile header values', () => {
    const { body, secret, options } = fixture();
    const hostile: unknown[] = [123, ['a', 'b'], 'v1,' + 'A'.repeat(100_000), 'v1,\u0000\u0000', 'v1,=====', ' , , ,', 'v1,' + '€'.repeat(43) + '=', {}];
    for (const value of hostile) {
      const headers = { 'webhook-id': 'evt_1', 'webhook-timestamp': '1793613600', 'webhook-signature': value } as unknown as WebhookHeaders;
      expect(errorOf(() => verifyWebhookSignature(body, headers, secret, options))).toBeInstanceOf(WebhookVerificationError);
      expect(errorOf(() => verifyWebhookSignature(body, { 'x-webhook-signature': value } as unknown as WebhookHeaders, secret, options))).toBeInstanceOf(WebhookVerificationError);
    }
  });
});
