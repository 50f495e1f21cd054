/**
 * A real local HTTP endpoint that answers what each test scripts, per path, and records every request it
 * got: the receiver a sender delivers to in the delivery tests.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/** One request the endpoint got. */
export interface Hit {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** How the endpoint answers one request. */
export type Answer = (response: ServerResponse) => void;

export interface ScriptedEndpoint {
  /** `http://localhost:<port>` */
  base: string;
  /** every request, in arrival order */
  hits: Hit[];
  /** what each path answers, in turn; the last answer repeats; a path not scripted answers 204 */
  script: Record<string, Answer[]>;
  /** while set, requests wait for it before they are answered */
  gate: Promise<void> | undefined;
  /** forgets the hits, the script and the gate (between tests) */
  reset(): void;
  close(): Promise<void>;
}

/**
 * An answer with this status and headers, and no body.
 * @example
 * endpoint.script['/busy'] = [answer(429, { 'retry-after': '120' }), answer(204)];
 */
export const answer =
  (status: number, headers: Record<string, string> = {}): Answer =>
  (response) =>
    response.writeHead(status, headers).end();

/**
 * Starts the endpoint on a free port of 127.0.0.1.
 * @example
 * const endpoint = await startScriptedEndpoint();
 * endpoint.script['/flaky'] = [answer(500), answer(204)];
 */
export async function startScriptedEndpoint(): Promise<ScriptedEndpoint> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      endpoint.hits.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const answers = endpoint.script[path] ?? [answer(204)];
      const respond = answers.length > 1 ? answers.shift()! : answers[0]!;
      if (endpoint.gate === undefined) respond(response);
      else void endpoint.gate.then(() => respond(response));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const endpoint: ScriptedEndpoint = {
    base: `http://localhost:${(server.address() as { port: number }).port}`,
    hits: [],
    script: {},
    gate: undefined,
    reset() {
      endpoint.hits.length = 0;
      for (const path of Object.keys(endpoint.script)) delete endpoint.script[path];
      endpoint.gate = undefined;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
  return endpoint;
}
