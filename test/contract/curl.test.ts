/**
 * The curl lines of a reproduction: keys read from the environment, and ids learned from earlier answers
 * written as shell variables where, and only where, they fill a path segment or a query value.
 */
import { describe, expect, it } from 'vitest';
import { curlCommand } from '../../src/contract/curl.js';
import type { OutgoingRequest } from '../../src/contract/http.js';

const get = (target: string): OutgoingRequest => ({ method: 'GET', target, headers: { Authorization: 'Bearer secret-key' }, credential: 'api-key' });
const BASE = 'http://127.0.0.1:8080';

describe('curlCommand', () => {
  it.each([
    { given: { url: `${BASE}/v1/webhooks/wh_1`, ids: [['wh_1', 'WEBHOOK_ID']] }, want: `'${BASE}/v1/webhooks/'"$WEBHOOK_ID"` },
    { given: { url: `${BASE}/v1/webhooks/wh_1/deliveries`, ids: [['wh_1', 'WEBHOOK_ID']] }, want: `'${BASE}/v1/webhooks/'"$WEBHOOK_ID"'/deliveries'` },
    // an id that is also a piece of the host, the port or another segment replaces only the whole segment
    { given: { url: `${BASE}/v1/webhooks/1`, ids: [['1', 'WEBHOOK_ID']] }, want: `'${BASE}/v1/webhooks/'"$WEBHOOK_ID"` },
    { given: { url: `${BASE}/v1/webhooks/wh_10`, ids: [['wh_1', 'WEBHOOK_ID']] }, want: `'${BASE}/v1/webhooks/wh_10'` },
    {
      given: { url: `${BASE}/v1/webhooks?limit=2&starting_after=wh_2`, ids: [['wh_1', 'WEBHOOK_ID_1'], ['wh_2', 'WEBHOOK_ID_2']] },
      want: `'${BASE}/v1/webhooks?limit=2&starting_after='"$WEBHOOK_ID_2"`,
    },
    // an id with characters a URL encodes is found as it was sent
    { given: { url: `${BASE}/v1/webhooks/a%20b`, ids: [['a b', 'WEBHOOK_ID']] }, want: `'${BASE}/v1/webhooks/'"$WEBHOOK_ID"` },
    { given: { url: `${BASE}/v1/webhooks/it's`, ids: [] }, want: `'${BASE}/v1/webhooks/it'\\''s'` },
  ])('writes $given.url as $want', ({ given, want }) => {
    const command = curlCommand(given.url, get(new URL(given.url).pathname), { variables: new Map(given.ids as [string, string][]) });
    expect(command.split(' \\\n')[0]).toBe(`curl -i ${want}`);
  });

  it('keeps the id of an answer in a variable, reading it with node, and never prints the key', () => {
    const request: OutgoingRequest = { method: 'POST', target: '/v1/webhooks', headers: { Authorization: 'Bearer secret-key', 'Content-Type': 'application/json' }, body: '{"url":"https://hooks.example.com/"}', credential: 'api-key' };
    const command = curlCommand(`${BASE}/v1/webhooks`, request, { captureIdAs: 'WEBHOOK_ID' });
    expect(command).toBe(
      [
        `WEBHOOK_ID=$(curl -s -X POST '${BASE}/v1/webhooks'`,
        '    -H "Authorization: Bearer $WEBHOOKS_API_KEY"',
        "    -H 'Content-Type: application/json'",
        `    --data-raw '{"url":"https://hooks.example.com/"}'`,
        `    | node -p 'JSON.parse(require("fs").readFileSync(0, "utf8")).id')`,
      ].join(' \\\n'),
    );
    expect(command).not.toContain('secret-key');
  });
});
