/**
 * A tiny static file server on 127.0.0.1 for the built docs: `npm run docs:preview` and the browser test
 * serve dist/docs/ with it.
 * @module
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** What `startStaticServer` takes. */
export interface StaticServerOptions {
  /** the folder to serve */
  root: string;
  /** the port on 127.0.0.1; 0 lets the OS pick a free one */
  port?: number;
}

/** A running server. */
export interface StaticServer {
  /** the served root, such as `http://127.0.0.1:4000/` */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The file a URL path names inside `root`, or undefined when it would leave `root`. */
export function fileFor(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const base = resolve(root);
  const file = resolve(base, `.${path.startsWith('/') ? path : `/${path}`}`);
  if (file !== base && !file.startsWith(base + sep)) return undefined;
  return file;
}

function send(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end(`${text}\n`);
}

async function serve(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    return;
  }
  let file = fileFor(root, req.url ?? '/');
  if (file === undefined) {
    send(res, 404, 'Not Found');
    return;
  }
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) {
    send(res, 404, 'Not Found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': String(info.size),
    // a preview must show the latest build, never a cached one
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

/**
 * Serves `root` on 127.0.0.1 until `close()` is called.
 * @example
 * const server = await startStaticServer({ root: 'dist/docs', port: 4000 });
 * console.log(server.url); // http://127.0.0.1:4000/
 */
export function startStaticServer({ root, port = 0 }: StaticServerOptions): Promise<StaticServer> {
  const server = createServer((req, res) => {
    serve(root, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal Server Error');
      else res.destroy();
    });
  });
  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', rejectStart);
      const { port: bound } = server.address() as AddressInfo;
      resolveStart({
        url: `http://127.0.0.1:${bound}/`,
        port: bound,
        close: () =>
          new Promise((resolveClose, rejectClose) => {
            server.close((error) => (error ? rejectClose(error) : resolveClose()));
            // keep-alive connections (a browser's) would hold close() open
            server.closeAllConnections();
          }),
      });
    });
  });
}
