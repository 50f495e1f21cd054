/**
 * Binding servers to ports: a free port for Prism behind the front layer, and `listen` as a promise
 * with a message that says what to do when the port is taken.
 * @module
 */
import { createServer, type Server } from 'node:net';
import { MockStartError } from './prism.js';
import { WebhooksContractError } from '../errors.js';

/**
 * Asks the OS for a port that is free on `host` right now.
 * @example
 * const port = await findFreePort('127.0.0.1');
 */
export function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new WebhooksContractError('ERR_SERVER_START', 'no free port'))));
    });
  });
}

/**
 * Starts `server` listening and resolves with the port it got (useful with port 0).
 * @example
 * const port = await listen(server, 4010, '127.0.0.1');
 */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const hint =
        error.code === 'EADDRINUSE'
          ? `port ${port} on ${host} is already in use: stop what is using it, or pick another port (--port or MOCK_PORT)`
          : error.code === 'EACCES'
            ? `no permission to listen on port ${port}: pick a port above 1023 (--port or MOCK_PORT)`
            : error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND'
              ? `${host} is not an address of this machine (--host or MOCK_HOST)`
              : error.message;
      reject(new MockStartError(`cannot listen on ${host}:${port}: ${hint}`, { cause: error }));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
