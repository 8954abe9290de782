/** A minimal static file server for dist/, on a free loopback port: `npm run audit`, the browser tests and the benchmark serve the built site with it. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * The file path a request URL names, kept inside the served folder; undefined
 * when the URL cannot be decoded (a malformed `%` sequence such as `/%E0%A4%A`),
 * which the server answers with 400 instead of crashing.
 */
export function requestPath(url: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return undefined;
  }
  return normalize(decoded).replace(/^(\.\.[/\\])+/, '');
}

export async function serveDirectory(root: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = requestPath(request.url ?? '/');
    if (path === undefined) {
      response.writeHead(400, { 'content-type': TYPES['.txt']! });
      response.end('Bad request: the URL holds a malformed percent-encoded sequence.\n');
      return;
    }
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      createReadStream(join(root, '404.html')).pipe(response);
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
