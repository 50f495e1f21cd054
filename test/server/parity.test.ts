/**
 * The mock and the reference server answer every bad request of one table (test/support/bad-requests.ts)
 * with the same status, the same problem `type` and the same `errors`, and each as the contract wants. The
 * server runs in-process, the mock as users start it (front layer and Prism).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMockServer } from '../../src/mock/start-mock.js';
import { BAD_REQUESTS, PARITY_API_KEY, sendBadRequest, type Verdict } from '../support/bad-requests.js';
import { startTestMock } from '../support/mock.js';
import { testServer, type TestServer } from '../support/server.js';

let server: TestServer;
let mock: RunningMockServer;
const answers = new Map<string, Verdict>();
const mockAnswers = new Map<string, Verdict>();

/** Runs `task` on every item, `width` at a time. */
async function eachAtOnce<T>(items: readonly T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: width }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  }));
}

beforeAll(async () => {
  [server, mock] = await Promise.all([testServer({ apiKeys: `${PARITY_API_KEY}=parity` }), startTestMock()]);
  await eachAtOnce(BAD_REQUESTS, 8, async (row) => {
    answers.set(row.name, await sendBadRequest({ inject: (request) => server.app.inject(request as never) as never }, row));
  });
  await eachAtOnce(BAD_REQUESTS, 8, async (row) => {
    mockAnswers.set(row.name, await sendBadRequest({ baseUrl: mock.url }, row));
  });
}, 60_000);

afterAll(async () => {
  await Promise.all([server?.close(), mock?.close()]);
});

describe('the reference server', () => {
  it.each(BAD_REQUESTS.map((row) => [row.name, row] as const))('answers %s as the contract wants', (_, row) => {
    const answer = answers.get(row.name)!;
    expect(answer.status).toBe(row.want.status);
    expect(answer.contentType).toMatch(/^application\/problem\+json/);
    if (row.want.errors !== undefined) expect(answer.errors).toEqual(row.want.errors);
  });
});

describe('the mock answers as the reference server', () => {
  it.each(BAD_REQUESTS.map((row) => [row.name, row] as const))('%s', (_, row) => {
    const theirs = mockAnswers.get(row.name)!;
    const ours = answers.get(row.name)!;
    expect({ status: theirs.status, type: theirs.type, errors: theirs.errors }).toEqual({ status: ours.status, type: ours.type, errors: ours.errors });
    expect(theirs.contentType).toMatch(/^application\/problem\+json/);
  });
});
