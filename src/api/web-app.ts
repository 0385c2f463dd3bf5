/**
 * Serves the coordination desk (the React app built by Vite into dist/web) under /app/, so that no
 * client route can ever shadow an API path: the API keeps every path it has, and the paths other
 * areas will add (/log, /plans, /guarantees) stay free. A browser navigation to any /app/... path
 * gets the app's index.html (the client router takes it from there); any other request for a path
 * that does not exist still answers problem+json 404. GET / sends a browser to the app.
 */
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFoundHandler } from './problem.ts';

export const WEB_BASE = '/app/';
export const DEFAULT_WEB_ROOT = resolve(import.meta.dirname, '../../dist/web');

/** The app's only origin is this server: scripts and styles from files, no inline code, no frames. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

const wantsHtml = (req: FastifyRequest): boolean => (req.method === 'GET' || req.method === 'HEAD') && (req.headers.accept ?? '').includes('text/html');

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>PURL Ledger</title>
<body style="font-family:sans-serif;max-width:40rem;margin:4rem auto"><h1>The web app is not built</h1>
<p>Run <code>npm run build:web</code> (or <code>npm start</code>, which builds it when needed), then reload. The API works meanwhile: see <a href="/docs">/docs</a>.</p></body></html>`;

function sendIndex(reply: FastifyReply): FastifyReply {
  return reply
    .header('cache-control', 'no-cache')
    .header('content-security-policy', CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .sendFile('index.html');
}

export async function registerWebApp(app: FastifyInstance, root = DEFAULT_WEB_ROOT): Promise<void> {
  const built = existsSync(join(root, 'index.html'));
  app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.redirect(WEB_BASE));
  await app.register(
    async (web) => {
      if (built) {
        await web.register(fastifyStatic, {
          root,
          prefix: '/',
          index: false,
          wildcard: true,
          // File names under assets/ carry a content hash, so they never change.
          setHeaders: (reply, path) => {
            reply.header('x-content-type-options', 'nosniff');
            reply.header('cache-control', path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
          },
        });
      }
      // The app's root itself (/app and /app/): the static plugin would refuse a directory.
      web.get('/', { schema: { hide: true } }, async (_req, reply) => (built ? sendIndex(reply) : reply.code(503).type('text/html; charset=utf-8').send(NOT_BUILT)));
      web.setNotFoundHandler(async (req, reply) => {
        if (!wantsHtml(req)) return notFoundHandler(req, reply);
        if (!built) return reply.code(503).type('text/html; charset=utf-8').send(NOT_BUILT);
        return sendIndex(reply);
      });
    },
    { prefix: WEB_BASE.slice(0, -1) },
  );
}
