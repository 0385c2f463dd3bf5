/**
 * Bearer-token authentication. A request either carries a valid token (and then has an actor) or
 * none (the public). A token that is present but unknown, expired or revoked is refused outright.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../domain/actors.ts';
import { DomainError } from '../domain/errors.ts';
import type { Database } from '../store/db.ts';
import { authenticate } from '../store/tokens.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export function registerAuth(app: FastifyInstance, db: Database): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req) => {
    const header = req.headers.authorization;
    if (header === undefined) return;
    const m = /^Bearer ([\x21-\x7e]{10,200})$/.exec(header);
    if (!m) throw new DomainError('unauthenticated', 'the Authorization header must be "Bearer <token>"');
    const actor = await authenticate(db, m[1]!);
    if (!actor) throw new DomainError('unauthenticated', 'the API token is unknown, expired or revoked');
    req.actor = actor;
  });
}

/** The acting organization, or a 401 when the request carries no token. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new DomainError('unauthenticated', 'this endpoint needs an API token: send "Authorization: Bearer <token>"');
  return req.actor;
}
