/**
 * What a user reads when a request body breaks the contract's types: `tsc` (the TypeScript API, one program
 * for every case) compiles small snippets against the package's entry, and the first line of each message
 * names the type (`WebhookUpdate`, `WebhookCreate`, a form's fields) instead of printing the union; where a
 * rule was broken, the message ends with the rule. The README's "Update bodies" quotes the same lines.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SNIPPETS = `${ROOT}test/types/snippets/`; // never written: the compiler host serves them from memory

const HEADER = `import { createWebhooksClient, type WebhookUpdate, type WebhookUpdateFields, type WebhookUpdateKeepingOidc, type WebhookUpdateSwitchingToPrivateKeyJwt } from 'webhooks-contract';
const client = createWebhooksClient({ baseUrl: 'https://api.example.com', apiKey: 'sk_live_0123456789' });
declare const id: string;
declare const newUrl: string | undefined;
`;
const patch = (body: string) => `void client.PATCH('/v1/webhooks/{id}', { params: { path: { id } }, body: ${body} });`;
const create = (fields: string) => `void client.POST('/v1/webhooks', { body: { url: 'https://hooks.example.com/in', enabled_events: ['*'], ${fields} } });`;
const TOKEN_FIELDS = "oidc_client_id: 'webhooks', oidc_token_endpoint: 'https://idp.example.com/token', oidc_access_token_ttl_seconds: 900";
const JWT_RULE = String.raw`"oidc_client_secret is only allowed when oidc_auth_method is \"client_secret\"; remove it for \"private_key_jwt\""`;
const SCOPE_RULE = String.raw`"leave oidc_scope out: \"oidc_auth_method\": null removes it"`;

interface Case {
  name: string;
  code: string;
  /** the message's first line; absent: the snippet compiles */
  first?: string;
  /** the message's last line, where it states the rule */
  last?: string;
  /** whether the README quotes it */
  readme?: boolean;
}

const CASES: Case[] = [
  { name: 'an empty update', code: patch('{}'), first: "Type '{}' is not assignable to type 'WebhookUpdate'.", readme: true },
  {
    name: 'private_key_jwt with a client secret, in an update',
    code: patch("{ oidc_auth_method: 'private_key_jwt', oidc_client_secret: 'rotated-secret' }"),
    first: `Type '{ oidc_auth_method: "private_key_jwt"; oidc_client_secret: "rotated-secret"; }' is not assignable to type 'WebhookUpdate'.`,
    last: `Type '"rotated-secret"' is not assignable to type '${JWT_RULE}'.`,
    readme: true,
  },
  {
    name: 'an OIDC field in an update that removes OIDC',
    code: patch("{ oidc_auth_method: null, oidc_scope: 'webhooks' }"),
    first: `Type '{ oidc_auth_method: null; oidc_scope: "webhooks"; }' is not assignable to type 'WebhookUpdate'.`,
    last: `Type '"webhooks"' is not assignable to type '${SCOPE_RULE}'.`,
    readme: true,
  },
  {
    name: 'client_secret without its secret, in a create body',
    code: create(`oidc_auth_method: 'client_secret', ${TOKEN_FIELDS}`),
    first: `Type '{ url: string; enabled_events: "*"[]; oidc_auth_method: "client_secret"; oidc_client_id: string; oidc_token_endpoint: string; oidc_access_token_ttl_seconds: number; }' is not assignable to type 'WebhookCreate'.`,
    last: `Property 'oidc_client_secret' is missing in type '{ url: string; enabled_events: "*"[]; oidc_auth_method: "client_secret"; oidc_client_id: string; oidc_token_endpoint: string; oidc_access_token_ttl_seconds: number; }' but required in type 'OidcClientSecretAuth'.`,
  },
  {
    name: 'private_key_jwt with a client secret, in a create body',
    code: create(`oidc_auth_method: 'private_key_jwt', oidc_client_secret: 's3cr3t', ${TOKEN_FIELDS}`),
    first: `Type '{ url: string; enabled_events: "*"[]; oidc_auth_method: "private_key_jwt"; oidc_client_secret: "s3cr3t"; oidc_client_id: string; oidc_token_endpoint: string; oidc_access_token_ttl_seconds: number; }' is not assignable to type 'WebhookCreate'.`,
    last: `Type '"s3cr3t"' is not assignable to type '${JWT_RULE}'.`,
  },
  {
    name: 'a body that may still be empty (a form with every field optional)',
    code: `const fields: WebhookUpdateFields = {};\nif (newUrl) fields.url = newUrl;\n${patch('fields')}`,
    first: "Type 'WebhookUpdateKeepingOidcFields' is not assignable to type 'WebhookUpdate'.",
    readme: true,
  },
  {
    name: 'Partial<WebhookUpdate>, which may be empty',
    code: `declare const changes: Partial<WebhookUpdate>;\n${patch('changes')}`,
    first: "Type 'Partial<WebhookUpdate>' is not assignable to type 'WebhookUpdate'.",
  },
  { name: 'each form, by its name', code: `const keep: WebhookUpdateKeepingOidc = { url: 'https://hooks.example.com/new' };\nconst jwt: WebhookUpdateSwitchingToPrivateKeyJwt = { oidc_auth_method: 'private_key_jwt' };\n${patch('keep')}\n${patch('jwt')}` },
  {
    name: 'a body built from a form with every field optional, spread beside a field it is known to have',
    code: `const fields: WebhookUpdateFields = {};\nif (newUrl) fields.url = newUrl;\n${patch("{ ...fields, enabled_events: ['*'] }")}`,
  },
  {
    name: 'a Partial<…> of a form, assigned through WebhookUpdateFields',
    code: `declare const draft: Partial<WebhookUpdateKeepingOidc>;\nconst fields: WebhookUpdateFields = draft;\n${patch("{ ...fields, include: '*' }")}`,
  },
  {
    name: 'the fields of a form that switches the OIDC method, which always has one field',
    code: `const fields: WebhookUpdateFields<WebhookUpdateSwitchingToPrivateKeyJwt> = { oidc_auth_method: 'private_key_jwt' };\nfields.oidc_client_id = 'webhooks';\n${patch('fields')}`,
  },
  {
    name: 'a PATCH whose answer is still typed',
    code: `const { data } = await client.PATCH('/v1/webhooks/{id}', { params: { path: { id } }, body: { url: 'https://hooks.example.com/new' } });\nconst url: string | undefined = data?.url;\n// @ts-expect-error: a Webhook has no secret\nvoid data?.secret;\nvoid url;`,
  },
];

const files = new Map(CASES.map((given, index) => [`${SNIPPETS}case-${index}.ts`, `${HEADER}${given.code}\nexport {};\n`]));
/** each snippet's messages, each message's lines */
const messages = new Map<string, string[][]>();

beforeAll(() => {
  // as a consumer compiles: strict, NodeNext, the DOM; the package's name resolves to its sources
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: ['node'],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    paths: { 'webhooks-contract': [`${ROOT}src/index.ts`] },
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) => (files.has(name) ? ts.createSourceFile(name, files.get(name)!, language) : getSourceFile.call(host, name, language, ...rest));
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
  host.readFile = (name) => files.get(name) ?? readFile.call(host, name);
  const program = ts.createProgram([...files.keys()], options, host);
  for (const name of files.keys()) {
    const source = program.getSourceFile(name)!;
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    messages.set(
      name,
      diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n').split('\n').map((line) => line.trim())),
    );
  }
}, 30_000);

describe('the message a user sees', () => {
  it.each(CASES.map((given, index) => [given.name, given, `${SNIPPETS}case-${index}.ts`] as const))('for %s', (_, given, file) => {
    const found = messages.get(file)!;
    if (given.first === undefined) {
      expect(found).toEqual([]);
      return;
    }
    expect(found, 'one message').toHaveLength(1);
    const [lines] = found as [string[]];
    expect(lines[0]).toBe(given.first);
    if (given.last !== undefined) expect(lines.at(-1)).toBe(given.last);
    // a name, not the union: openapi-fetch's own body type printed "… | … 39 more … | …" here
    expect(lines[0]).not.toMatch(/more \.\.\.|\| \(/);
  });
});

describe("the README's Update bodies", () => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const section = readme.slice(readme.indexOf('### Update bodies'), readme.indexOf('\n#', readme.indexOf('### Update bodies') + 1));

  it('quotes the messages as the compiler gives them', () => {
    expect(section).toMatch(/^### Update bodies/);
    for (const given of CASES.filter((one) => one.readme)) {
      expect(section, given.name).toContain(`\`${given.first}\``);
      if (given.last !== undefined) expect(section, given.name).toContain(`\`${given.last}\``);
    }
  });

  it('names every form of the update body', () => {
    for (const name of ['WebhookUpdateKeepingOidc', 'WebhookUpdateSwitchingToClientSecret', 'WebhookUpdateSwitchingToPrivateKeyJwt', 'WebhookUpdateRemovingOidc', 'WebhookUpdateFields']) {
      expect(section).toContain(`\`${name}`);
    }
  });
});
