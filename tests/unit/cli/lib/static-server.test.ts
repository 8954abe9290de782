import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requestPath, serveDirectory, type StaticServer } from '../../../../src/cli/lib/static-server.ts';

/** The raw request path goes on the wire as written (fetch would not send a malformed one unchanged). */
function status(origin: string, path: string): Promise<{ code: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(`${origin}${path}`, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ code: response.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

describe('static server', () => {
  let dir: string;
  let server: StaticServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'static-server-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'index.html'), '<p>page a</p>');
    writeFileSync(join(dir, '404.html'), '<p>not found</p>');
    server = await serveDirectory(dir);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('answers 400 to a malformed percent-encoded URL and keeps serving', async () => {
    expect((await status(server.origin, '/%E0%A4%A')).code).toBe(400);
    expect((await status(server.origin, '/a/%')).code).toBe(400);
    const after = await status(server.origin, '/a/');
    expect(after).toEqual({ code: 200, body: '<p>page a</p>' });
  });

  test('answers 404 with the 404 page for a missing file', async () => {
    expect(await status(server.origin, '/missing/')).toEqual({ code: 404, body: '<p>not found</p>' });
  });

  test('keeps a decoded path inside the served folder', () => {
    expect(requestPath('/%E0%A4%A')).toBeUndefined();
    expect(requestPath('/a/%2e%2e/%2e%2e/etc/passwd')).toBe('/etc/passwd');
    expect(requestPath('/caf%C3%A9/')).toBe('/café/');
  });
});
