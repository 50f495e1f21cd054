/**
 * A `fetch` over a server's in-process `inject`: the client's tests meet the real reference server (its
 * routes, checks and store) with no port, through the client's own `fetch` option.
 */
import type { BuiltServer } from '../../src/server/server.js';

/** Statuses whose answer has no body: a `Response` refuses one. */
const NO_BODY = new Set([101, 204, 205, 304]);

/**
 * A fetch that hands each request to `server.app.inject` and answers with what the server answered.
 * @example
 * const client = createWebhooksClient({ baseUrl: 'https://api.example.com', apiKey, fetch: injectFetch(server) });
 */
export function injectFetch(server: BuiltServer): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    const payload = request.body === null ? undefined : Buffer.from(await request.arrayBuffer());
    const answer = await server.app.inject({
      method: request.method as 'GET',
      url: `${url.pathname}${url.search}`,
      headers: { ...Object.fromEntries(request.headers), host: url.host },
      ...(payload === undefined ? {} : { payload }),
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value === undefined) continue;
      for (const one of Array.isArray(value) ? value : [String(value)]) headers.append(name, one);
    }
    return new Response(NO_BODY.has(answer.statusCode) ? null : new Uint8Array(answer.rawPayload), { status: answer.statusCode, headers });
  };
}
