/**
 * The code samples the docs show (`x-codeSamples` of the bundled spec) are checked like code: the
 * TypeScript ones compile against the generated types, the curl ones call what they document.
 */
import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { secretKey } from '../../src/receiver/hmac.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CODE_SAMPLE_LANGUAGES } from '../../scripts/build-docs.js';
import { validateSchema } from '../../src/validation/index.js';
import type { SchemaName } from '../../generated/validators.js';
import { codeSamples, readCurlCall, typeCheckSamples, type SampleError } from '../support/code-samples.js';
import { bundledSpec, deref, specOperations } from '../support/spec.js';

type Json = Record<string, unknown>;

const samples = codeSamples();
const typeScriptSamples = samples.filter((sample) => sample.lang === 'TypeScript');
const curlSamples = samples.filter((sample) => sample.lang === 'curl');
const operationSamples = (isEvent: boolean) => samples.filter((sample) => sample.isEvent === isEvent);

/** The sample panel of the docs is about 64 characters wide at 1440 px; a longer line is cut off. */
const MAX_LINE_LENGTH = 63;
/** The first line shares its row with the panel's copy button. */
const MAX_FIRST_LINE_LENGTH = 58;

const createWebhookSample = typeScriptSamples.find((sample) => sample.operationId === 'createWebhook')!.source;

/** Each a real sample with one mistake, and words the compiler's complaint must contain. */
const BROKEN_SAMPLES = [
  {
    name: 'an event type the contract does not have',
    find: "'business.approved'",
    replace: "'business.deleted'",
    complaint: 'business.deleted',
  },
  {
    name: 'client_secret without oidc_client_secret',
    find: "oidc_auth_method: 'private_key_jwt'",
    replace: "oidc_auth_method: 'client_secret'",
    complaint: 'oidc_client_secret',
  },
  {
    name: 'a path the API does not have',
    find: "client.POST('/v1/webhooks'",
    replace: "client.POST('/v1/webhook'",
    complaint: '/v1/webhook',
  },
  {
    name: 'an export the package does not have',
    find: 'import { createWebhooksClient }',
    replace: 'import { createWebhookClient }',
    complaint: 'createWebhookClient',
  },
] as const;

const describeErrors = (errors: SampleError[]) => errors.map((e) => `line ${e.line} (${e.text}): ${e.message}`).join('\n');

let typeErrors: Map<string, SampleError[]>;

beforeAll(() => {
  typeErrors = typeCheckSamples([
    ...typeScriptSamples.map((sample) => ({ name: sample.operationId, source: sample.source })),
    ...BROKEN_SAMPLES.map((broken) => ({ name: broken.name, source: createWebhookSample.replace(broken.find, broken.replace) })),
  ]);
}, 60_000);

describe('the code samples in the spec', () => {
  it('give every operation and every event one TypeScript and one curl sample', () => {
    for (const { id } of specOperations()) {
      const langs = samples.filter((sample) => sample.operationId === id).map((sample) => sample.lang);
      expect(langs.sort(), id).toEqual(['TypeScript', 'curl']);
    }
  });

  it('are labelled with tabs the docs offer, operations and events apart', () => {
    const tabs = CODE_SAMPLE_LANGUAGES.map((language) => `${language.lang}/${language.label}`);
    for (const sample of samples) expect(tabs, `${sample.operationId}: ${sample.label}`).toContain(`${sample.lang}/${sample.label}`);
    // an event's panel opens on its payload only while no event sample shares a label with an operation's
    const labels = (isEvent: boolean) => new Set(operationSamples(isEvent).map((sample) => sample.label));
    expect([...labels(true)].filter((label) => labels(false).has(label))).toEqual([]);
  });

  it('fit the width of the sample panel', () => {
    for (const sample of samples) {
      const lines = sample.source.trimEnd().split('\n');
      expect(lines[0]!.length, `${sample.operationId} ${sample.label}, first line`).toBeLessThanOrEqual(MAX_FIRST_LINE_LENGTH);
      for (const line of lines) expect(line.length, `${sample.operationId} ${sample.label}: ${line}`).toBeLessThanOrEqual(MAX_LINE_LENGTH);
    }
  });
});

describe('the TypeScript samples', () => {
  it.each(typeScriptSamples)('$operationId type-checks against the generated types', ({ operationId }) => {
    const errors = typeErrors.get(operationId)!;
    expect(errors, `${operationId}:\n${describeErrors(errors)}`).toEqual([]);
  });

  it.each(BROKEN_SAMPLES)('fail the check with $name', (broken) => {
    expect(createWebhookSample, 'the sample to break has changed').toContain(broken.find);
    const errors = typeErrors.get(broken.name)!;
    expect(errors.length).toBeGreaterThan(0);
    expect(describeErrors(errors)).toContain(broken.complaint);
  });

  it('call the operation they document with the typed client', () => {
    for (const sample of typeScriptSamples.filter((s) => !s.isEvent)) {
      expect(sample.source, sample.operationId).toContain("from 'webhooks-contract'");
      expect(sample.source, sample.operationId).toContain('createWebhooksClient(');
      const calls = [...sample.source.matchAll(/client\.(GET|POST|PUT|PATCH|DELETE)\(\s*'([^']+)'/g)].map(([, m, p]) => `${m} ${p}`);
      expect(calls, sample.operationId).toContain(`${sample.method.toUpperCase()} ${sample.path}`);
    }
  });

  it('show a receiver that verifies the signature over the raw body in constant time', () => {
    for (const sample of typeScriptSamples.filter((s) => s.isEvent)) {
      expect(sample.source, sample.operationId).toMatch(/createHmac\('sha256', key\)\.update\(\w+\)\.digest\('hex'\)/);
      // keyed by the Standard Webhooks rule: a whsec_ secret by its base64-decoded bytes
      expect(sample.source, sample.operationId).toContain("Buffer.from(secret.slice('whsec_'.length), 'base64')");
      expect(sample.source, sample.operationId).toContain('timingSafeEqual(');
      expect(sample.source, sample.operationId).toContain("req.headers['x-webhook-signature']");
      expect(sample.source, sample.operationId).toContain("from 'webhooks-contract/validators'");
    }
  });
});

describe('the curl samples', () => {
  const server = (bundledSpec.servers as { url: string }[])[0]!.url;
  const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
  const pathPattern = (template: string) =>
    new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, uuid.source)}$`);

  it.each(curlSamples.filter((sample) => !sample.isEvent))('$operationId calls its method and path, authenticated', (sample) => {
    const call = readCurlCall(sample.source);
    const url = new URL(call.url);
    expect(call.method).toBe(sample.method.toUpperCase());
    expect(url.origin).toBe(server);
    expect(url.pathname).toMatch(pathPattern(sample.path));
    const operation = specOperations().find((op) => op.id === sample.operationId)!.operation;
    // an operation with `security: []` is public: its sample sends no API key
    const isPublic = Array.isArray(operation.security) && operation.security.length === 0;
    // the platform's operations authenticate with a platform key, never an account's API key
    const platform = JSON.stringify(operation.security) === JSON.stringify([{ platformKey: [] }]);
    expect(call.headers.authorization).toBe(isPublic ? undefined : platform ? 'Bearer $WEBHOOKS_PLATFORM_KEY' : 'Bearer $WEBHOOKS_API_KEY');
    const declared = ((operation.parameters ?? []) as unknown[]).map((p) => deref<{ name: string; in: string }>(p));
    for (const name of url.searchParams.keys()) {
      expect(declared.filter((p) => p.in === 'query').map((p) => p.name), `${sample.operationId} ?${name}`).toContain(name);
    }
  });

  it.each(curlSamples.filter((sample) => !sample.isEvent && specOperations().find((op) => op.id === sample.operationId)!.operation.requestBody))(
    '$operationId sends a JSON body the contract accepts',
    (sample) => {
      const call = readCurlCall(sample.source);
      expect(call.headers['content-type']).toBe('application/json');
      const operation = specOperations().find((op) => op.id === sample.operationId)!.operation;
      const content = deref<Json>(operation.requestBody).content as Record<string, { schema: { $ref: string } }>;
      const schemaName = content['application/json']!.schema.$ref.split('/').pop() as SchemaName;
      const result = validateSchema(schemaName, JSON.parse(call.data ?? ''));
      expect(result.ok ? [] : result.errors).toEqual([]);
    },
  );

  it.each(curlSamples.filter((sample) => sample.isEvent))('$operationId sends a test delivery, signed over its exact bytes', (sample) => {
    const call = readCurlCall(sample.source);
    expect(call.method).toBe('POST');
    expect(call.url).toMatch(/^https:\/\//);
    expect(call.headers['content-type']).toBe('application/json');
    expect(call.headers['x-webhook-signature']).toMatch(/^\$\(openssl dgst -sha256 -mac HMAC\s+-macopt "hexkey:\$KEY_HEX" /);
    // curl's -d strips line breaks from a file and would change the signed bytes; --data-binary does not
    expect(call.dataOption).toBe('--data-binary');
    expect(call.data).toMatch(/^@/);
  });

  const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

  // the sample's shell command needs openssl; without it there is nothing to compare Node's HMAC with
  it.skipIf(!hasOpenssl)('sign a test delivery exactly as the platform does (HMAC-SHA256 of the raw body, hex)', () => {
    const sample = curlSamples.find((s) => s.isEvent)!;
    const call = readCurlCall(sample.source);
    const secret = call.variables.SECRET!;
    // the key's hex first (a whsec_ secret is keyed by its base64-decoded bytes), then the signature
    const command = `KEY_HEX=${call.variables.KEY_HEX!}; ${/^\$\((.*)\)$/s.exec(call.variables.SIGNATURE!)![1]!}`;
    const eventFile = call.data!.slice(1);
    const dir = mkdtempSync(join(tmpdir(), 'webhooks-signature-'));
    try {
      const examples = bundledSpec.components.examples as Record<string, { value: unknown }>;
      // pretty-printed, with a final line break: the bytes as they are, not as JSON.parse would see them
      const payload = `${JSON.stringify(examples.BusinessCreatedEvent!.value, null, 2)}\n`;
      writeFileSync(join(dir, eventFile), payload);
      const run = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8', env: { ...process.env, SECRET: secret } });
      expect(run.stderr).toBe('');
      expect(run.stdout.trim()).toBe(createHmac('sha256', secretKey(secret)).update(payload).digest('hex'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
