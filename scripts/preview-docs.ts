/**
 * `npm run docs:preview [-- --port 4000]`: builds the docs from the current spec and serves them on
 * 127.0.0.1 until Ctrl+C.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDocs, DOCS_DIR } from './build-docs.js';
import { startStaticServer } from './docs/static-server.js';

const DEFAULT_PORT = 4000;

const { values } = parseArgs({ options: { port: { type: 'string', default: String(DEFAULT_PORT) } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number (0 picks a free one); got "${values.port}"`);
  process.exit(1);
}

const built = buildDocs();
console.log(`built ${relative(resolve(import.meta.dirname, '..'), built.indexHtml)}`);

try {
  const server = await startStaticServer({ root: DOCS_DIR, port });
  console.log(`API docs: ${server.url}  (Ctrl+C to stop)`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    code === 'EADDRINUSE'
      ? `port ${port} is in use: pick another with npm run docs:preview -- --port <port>`
      : `could not serve the docs: ${(error as Error).message}`,
  );
  process.exit(1);
}
