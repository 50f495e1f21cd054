/**
 * The pipeline's `node:http` server as the mock and the validation proxy run it: its time-outs, and its
 * edges answering with the mock's open CORS. Light on purpose: the mock takes its port with it before the
 * front layer (the validators and the spec) is loaded.
 * @module
 */
import type { Server } from 'node:http';
import { openCorsHeaders } from '../http/cors.js';
import { createNodeServer } from '../http/node/server.js';
import type { ServerTimeouts } from './exchange.js';

/**
 * The pipeline's server as the mock runs it: its edges answer with the mock's open CORS.
 * @example
 * const server = createMockServer({ headersMs: 2_000 });
 */
export function createMockServer(timeouts: ServerTimeouts = {}): Server {
  return createNodeServer({ timeouts, edgeHeaders: (headers) => openCorsHeaders(headers ?? {}) });
}
