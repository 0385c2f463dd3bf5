/**
 * The caller's clearance for one request (src/store/queries/clearance.ts), loaded on demand by read
 * routes. When the answer has gone out, every restricted item it showed is written to the access log
 * for the organizations that own the data (a refused or failed request showed nothing).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { viewerOf } from '../domain/classification.ts';
import type { Database } from '../store/db.ts';
import { loadClearance, recordRestrictedReads, type Clearance } from '../store/queries/clearance.ts';

declare module 'fastify' {
  interface FastifyRequest {
    clearance: Clearance | null;
  }
}

export function registerClearance(app: FastifyInstance, db: Database): void {
  app.decorateRequest('clearance', null);
  app.addHook('onResponse', async (req, reply) => {
    if (!req.clearance || !req.actor || reply.statusCode >= 400) return;
    try {
      await recordRestrictedReads(db, req.clearance, req.actor, `${req.method} ${req.routeOptions.url ?? req.url}`);
    } catch (err) {
      req.log.error({ err }, 'could not write the access log');
    }
  });
}

/** The clearance of this request's caller (the public when nobody is signed in). */
export async function clearanceOf(db: Database, req: FastifyRequest): Promise<Clearance> {
  req.clearance ??= await loadClearance(db, viewerOf(req.actor));
  return req.clearance;
}
