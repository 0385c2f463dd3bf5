/**
 * Security headers on every answer (@fastify/helmet), with one strict Content-Security-Policy that
 * suits the Vite-built web app (src/web: scripts and styles only as files from this origin, no inline
 * code, no eval, no frames) and the API docs (Swagger UI's files are also served from here). JSON
 * answers carry it too, harmlessly. HSTS is sent but browsers honour it only over HTTPS; there is no
 * upgrade-insecure-requests, which would break the demo on http://localhost.
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
};

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
}
