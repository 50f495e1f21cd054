/**
 * The receivers of the delivery benchmarks, in a process of their own (the second core): paths under
 * `/fast` answer 204 at once, under `/slow` after 500 ms, and under `/hang` never; under `/count/<run>/`
 * answer 204 at once and count each `webhook-id` received, which `GET /counts/<run>` reports (requests,
 * distinct ids, ids received more than once). Prints its URL.
 */
import { createServer, type ServerResponse } from 'node:http';

const SLOW_MS = 500;
const hanging = new Set<ServerResponse>();
const counted = new Map<string, Map<string, number>>();
const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    const path = request.url ?? '/';
    if (path.startsWith('/hang')) hanging.add(response);
    else if (path.startsWith('/slow')) setTimeout(() => response.writeHead(204).end(), SLOW_MS);
    else if (path.startsWith('/counts/')) {
      const ids = counted.get(path.slice('/counts/'.length)) ?? new Map<string, number>();
      const counts = [...ids.values()];
      const body = { requests: counts.reduce((sum, n) => sum + n, 0), distinct: ids.size, duplicated: counts.filter((n) => n > 1).length };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    } else if (path.startsWith('/count/')) {
      const run = path.split('/')[2]!;
      const ids = counted.get(run) ?? new Map<string, number>();
      counted.set(run, ids);
      const id = String(request.headers['webhook-id']);
      ids.set(id, (ids.get(id) ?? 0) + 1);
      response.writeHead(204).end();
    } else response.writeHead(204).end();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://localhost:${(server.address() as { port: number }).port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
