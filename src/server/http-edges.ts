/**
 * The HTTP edges the reference server once held (`Expect`, `CONNECT`, unreadable HTTP, odd targets, the
 * time-outs) are the request pipeline's now (src/http/node/server.ts, src/http/fastify/adapter.ts); the
 * server's settings keep their type's name.
 * @module
 */
export type { HttpTimeouts } from '../http/timeouts.js';
