/**
 * The receivers of the delivery benchmark, in a process of their own (the second core): paths under
 * `/fast` answer 204 at once, under `/slow` after 500 ms, and under `/hang` never. Prints its URL.
 */
import { createServer, type ServerResponse } from 'node:http';

const SLOW_MS = 500;
const hanging = new Set<ServerResponse>();
const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    const path = request.url ?? '/';
    if (path.startsWith('/hang')) hanging.add(response);
    else if (path.startsWith('/slow')) setTimeout(() => response.writeHead(204).end(), SLOW_MS);
    else response.writeHead(204).end();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://localhost:${(server.address() as { port: number }).port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
