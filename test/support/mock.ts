/** Starts the mock (or Prism alone) for a test file on a free port, and waits until it answers. */
import { startMockServer, type MockServerOptions, type RunningMockServer } from '../../src/mock/start-mock.js';
import { startPrism, type PrismOptions, type RunningPrism } from '../../src/mock/prism.js';
import { freePort } from './ports.js';

/** A webhook id the mock's examples use; any UUID is accepted. */
export const WEBHOOK_ID = '3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f';
/** Every request to the mock carries it unless a test is about authentication. */
export const AUTH = { Authorization: 'Bearer test-key' } as const;

const READY_TIMEOUT_MS = 30_000;

/** Polls `url` with an authorised listing until it answers 200, or fails after a bounded wait. */
export async function waitUntilAnswering(url: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    try {
      const response = await fetch(`${url}/v1/webhooks`, { headers: AUTH });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`nothing answered 200 on ${url} within ${READY_TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The whole mock (front layer and Prism) on a free port, ready. */
export async function startTestMock(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const mock = await startMockServer({ port: await freePort(), ...options });
  await waitUntilAnswering(mock.url);
  return mock;
}

/** Prism alone, serving the bundled spec (or `specPath`) on a free port, ready. */
export async function startTestPrism(options: Partial<PrismOptions> = {}): Promise<RunningPrism> {
  const prism = await startPrism({ mode: 'mock', port: await freePort(), logLevel: 'error', ...options });
  if (options.mode !== 'proxy' && options.specPath === undefined) await waitUntilAnswering(prism.url);
  return prism;
}
