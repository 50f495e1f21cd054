/**
 * The contract check on its own: it finds the operation of a template, a concrete path or a URL, reports
 * what the contract does not have, and never throws on what a server sends, however large.
 */
import { describe, expect, it } from 'vitest';
import { ProblemNotFound, WebhookClientSecret } from '../../generated/examples.js';
import { checkResponse, contractCheck, ContractViolationError } from '../../src/validation/contract-check.js';

const ID = WebhookClientSecret.id;

function webhookResponse(body: unknown = WebhookClientSecret, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json', 'x-request-id': 'req_1', ...headers } });
}

describe('checkResponse', () => {
  it.each([
    ['a path template', '/v1/webhooks/{id}'],
    ['a concrete path', `/v1/webhooks/${ID}`],
    ['a concrete path with a query', `/v1/webhooks/${ID}?expand=x`],
    ['a full URL', `https://api.example.com/v1/webhooks/${ID}`],
  ])('finds getWebhook from %s', async (_, path) => {
    expect(await checkResponse('get', path, webhookResponse())).toEqual([]);
    const leaked = await checkResponse('GET', path, webhookResponse({ ...WebhookClientSecret, oidc_client_secret: 'x' }));
    expect(leaked).toEqual([
      {
        operationId: 'getWebhook',
        method: 'GET',
        path: '/v1/webhooks/{id}',
        status: 200,
        requestId: 'req_1',
        message: 'the body is not a valid Webhook',
        errors: [{ pointer: '/oidc_client_secret', message: 'oidc_client_secret is not a known field' }],
      },
    ]);
  });

  it('prefers the literal path over a template that would also match', async () => {
    const violations = await checkResponse('GET', '/v1/webhooks', webhookResponse({ object: 'list', data: [], has_more: false }));
    expect(violations).toEqual([]);
  });

  it.each([
    ['a path the contract does not have', 'GET', '/v1/hooks', 'no operation of the contract has the path /v1/hooks'],
    ['a method the path does not have', 'PUT', `/v1/webhooks/${ID}`, 'PUT /v1/webhooks/{id} is not an operation of the contract (it has GET, DELETE, PATCH)'],
    ['a sub-path of a known one', 'GET', `/v1/webhooks/${ID}/secrets`, `no operation of the contract has the path /v1/webhooks/${ID}/secrets`],
  ])('reports %s as a violation', async (_, method, path, message) => {
    const violations = await checkResponse(method, path, webhookResponse());
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ operationId: null, method, status: 200, requestId: 'req_1', message });
  });

  it('reports a missing X-Request-Id, which every response must carry', async () => {
    const response = new Response(JSON.stringify(ProblemNotFound), { status: 404, headers: { 'content-type': 'application/problem+json' } });
    expect((await checkResponse('GET', `/v1/webhooks/${ID}`, response)).map((v) => [v.message, v.requestId])).toEqual([
      ['the X-Request-Id header is missing', null],
    ]);
  });

  it('returns violations for a field of ten million characters instead of overflowing the stack', async () => {
    // a problem's type was checked as a URI reference with no bound on its length: the fast validator overflowed too
    const huge = 'a'.repeat(10_000_000);
    const problem = new Response(JSON.stringify({ ...ProblemNotFound, type: `https://${huge}` }), {
      status: 404,
      headers: { 'content-type': 'application/problem+json', 'x-request-id': 'req_2' },
    });
    expect((await checkResponse('GET', `/v1/webhooks/${ID}`, problem)).flatMap((v) => v.errors.map((e) => e.pointer))).toEqual(['/type']);
  });
});

describe('contractCheck', () => {
  it('is what a client takes, and throws a ContractViolationError that names the request id', async () => {
    const violations = await contractCheck.checkResponse('GET', `/v1/webhooks/${ID}`, webhookResponse({ ...WebhookClientSecret, secret: 'leak' }));
    expect(() => contractCheck.reportViolations(violations)).toThrow(ContractViolationError);
    expect(() => contractCheck.reportViolations(violations)).toThrow('GET /v1/webhooks/{id} → 200 (request id req_1) breaks the contract:\nthe body is not a valid Webhook\n  - /secret: secret is not a known field');
  });
});
