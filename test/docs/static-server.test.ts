import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFor, startStaticServer, type StaticServer } from '../../scripts/docs/static-server.js';
import { freePort } from '../support/ports.js';

let root: string;
let server: StaticServer;

/** A raw GET (fetch would normalise `..` in the path before sending it). */
function get(path: string, method = 'GET'): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const parent = mkdtempSync(join(tmpdir(), 'webhooks-static-'));
  root = join(parent, 'site');
  mkdirSync(join(root, 'guide'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(root, 'openapi.json'), '{"openapi":"3.1.0"}');
  writeFileSync(join(root, 'guide', 'index.html'), '<h1>guide</h1>');
  writeFileSync(join(parent, 'secret.txt'), 'outside the root');
  server = await startStaticServer({ root, port: await freePort() });
});

afterAll(async () => {
  await server.close();
  rmSync(join(root, '..'), { recursive: true, force: true });
});

describe('the docs static server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('serves index.html for a folder, and files with their content type', async () => {
    expect(await get('/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<h1>home</h1>' });
    expect(await get('/guide/')).toMatchObject({ status: 200, body: '<h1>guide</h1>' });
    expect(await get('/openapi.json?download=1')).toMatchObject({ status: 200, type: 'application/json; charset=utf-8' });
  });

  it('answers 404 for a missing file', async () => {
    expect(await get('/missing.html')).toMatchObject({ status: 404 });
  });

  it('never serves a file outside its root', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/guide/..%2f..%2fsecret.txt', '/%00']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain('outside the root');
    }
    expect(fileFor(root, '/../secret.txt')).toBeUndefined();
    expect(fileFor(root, '/%E0%A4%A')).toBeUndefined();
  });

  it('answers HEAD without a body, and refuses other methods', async () => {
    expect(await get('/', 'HEAD')).toMatchObject({ status: 200, body: '' });
    expect(await get('/', 'POST')).toMatchObject({ status: 405 });
  });
});
