/**
 * Serves a Web `fetch` handler (`(request: Request) => Response`) on a free port of 127.0.0.1, as a
 * platform such as Next.js or a Hono adapter would: each request becomes a real `Request` with its method,
 * headers and body bytes, and the `Response` is written back as it is.
 */
import { createServer, type IncomingMessage } from 'node:http';

/** A fetch handler listening on loopback. */
export interface FetchServer {
  /** `http://localhost:<port>` */
  base: string;
  close(): Promise<void>;
}

/** The `Request` a platform would hand the handler for this incoming message. */
async function toRequest(message: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    for (const one of [value ?? []].flat()) headers.append(name, one);
  }
  const hasBody = message.method !== 'GET' && message.method !== 'HEAD';
  return new Request(`http://${message.headers.host ?? 'localhost'}${message.url ?? '/'}`, {
    method: message.method ?? 'GET',
    headers,
    ...(hasBody ? { body: Buffer.concat(chunks) } : {}),
  });
}

/**
 * Starts serving `handler`; an exception it throws is a `500`, as a platform answers one.
 * @example
 * const server = await serveFetch((request) => app.fetch(request));
 */
export async function serveFetch(handler: (request: Request) => Response | Promise<Response>): Promise<FetchServer> {
  const server = createServer((message, reply) => {
    void (async () => {
      let response: Response;
      try {
        response = await handler(await toRequest(message));
      } catch {
        response = new Response(null, { status: 500 });
      }
      reply.writeHead(response.status, Object.fromEntries(response.headers));
      reply.end(Buffer.from(await response.arrayBuffer()));
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    base: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
