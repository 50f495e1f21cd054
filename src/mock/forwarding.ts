/**
 * What a hop between the front layer and Prism must change in a message: the headers that belong to one
 * connection stay behind, and a buffered body gets its own length.
 * @module
 */
import type { IncomingMessage } from 'node:http';

/** Headers that belong to one connection and must not be forwarded (RFC 9110 §7.6.1, plus `expect`). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'expect']);

/**
 * The headers to send upstream, every value as sent (a header sent twice goes on twice, so that the
 * upstream judges what the client sent), with `host` naming the upstream; `body` is the buffered body when
 * the front layer read it. A flat name, value list, as `http.request` takes `rawHeaders`.
 * @example
 * httpRequest({ …, headers: forwardedRequestHeaders(request, undefined, upstream.host) })
 */
export function forwardedRequestHeaders(request: IncomingMessage, body: Buffer | undefined, host: string): string[] {
  const headers: string[] = ['host', host];
  const raw = request.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    if (HOP_BY_HOP.has(name) || name === 'host' || (body !== undefined && name === 'content-length')) continue;
    headers.push(raw[i]!, raw[i + 1]!);
  }
  if (body !== undefined) headers.push('content-length', String(body.length));
  else if (request.headers['transfer-encoding'] !== undefined) headers.push('transfer-encoding', 'chunked');
  return headers;
}

/**
 * The upstream response's headers to pass back, with their original spelling, as `writeHead` takes them.
 * @example
 * response.writeHead(status, forwardedResponseHeaders(prismResponse));
 */
export function forwardedResponseHeaders(response: IncomingMessage): string[] {
  const headers: string[] = [];
  const raw = response.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    if (!HOP_BY_HOP.has(raw[i]!.toLowerCase())) headers.push(raw[i]!, raw[i + 1]!);
  }
  return headers;
}

/**
 * Whether a request announces a body (RFC 9112: a Content-Length other than 0, or a Transfer-Encoding).
 * @example
 * hasBody(getRequest) // false
 */
export function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
