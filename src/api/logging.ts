/**
 * The server log (pino through Fastify). Requests are logged by method and URL only, never headers
 * or bodies; and should anything log a request's headers or a body, the credentials in them are
 * censored: Authorization, Cookie, Set-Cookie, X-CSRF-Token, and password, token and code fields.
 */
import type { FastifyServerOptions } from 'fastify';

export type LoggerSetting = boolean | { level: string; stream?: { write(line: string): unknown } };

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["x-csrf-token"]',
  'headers["set-cookie"]',
  'body.password',
  'body.totp',
  'body.code',
  'body.currentCode',
  'password',
  'token',
  'csrfToken',
];

export function loggerOptions(setting: LoggerSetting | undefined): FastifyServerOptions['logger'] {
  if (!setting) return false;
  const base = setting === true ? { level: 'info' } : setting;
  return { ...base, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
}
