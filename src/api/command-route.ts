/**
 * Registers a write endpoint for one command: the body (and path parameters) become the command's
 * input; Idempotency-Key and ?dryRun=true go into the envelope; the answer is the recorded events and
 * the affected record as it now stands. Every write route goes through the one dispatcher.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AnyCommand } from '../commands/command.ts';
import { dispatch } from '../commands/dispatch.ts';
import type { StoredEvent } from '../domain/events.ts';
import type { Database } from '../store/db.ts';
import { requireActor } from './auth.ts';
import { commandResultOut, writeErrors } from './schemas.ts';

export interface CommandRouteOptions<P extends z.ZodObject> {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  command: AnyCommand;
  tags: string[];
  /** Path parameters merged into the command input. */
  params?: P;
  /** The body schema; defaults to the command's input without the path parameters. */
  body?: z.ZodType;
  /** Response entity schema and loader: what the affected record looks like after the command. */
  entity: z.ZodType;
  /** Loads it as the caller may see it (the request carries the caller's clearance). */
  load: (db: Database, events: StoredEvent[], input: Record<string, unknown>, req: FastifyRequest) => Promise<unknown>;
  /** 201 for creations, 200 for changes. */
  status?: 200 | 201;
}

const idempotencyHeaders = z.object({
  'idempotency-key': z.string().max(200).optional().describe('Repeat-safe writes: a repeat with the same key returns the first result and records nothing new'),
});

const dryRunQuery = z.object({
  dryRun: z.enum(['true', 'false']).optional().describe('true: validate and decide, but record nothing'),
});

export function commandRoute<P extends z.ZodObject>(app: FastifyInstance, db: Database, o: CommandRouteOptions<P>): void {
  const input = o.command.input as z.ZodType;
  const body =
    o.body ??
    (o.params && input instanceof z.ZodObject
      ? input.omit(Object.fromEntries(Object.keys(o.params.shape).map((k) => [k, true])) as never)
      : input);
  const status = o.status ?? 200;
  app.withTypeProvider<ZodTypeProvider>().route({
    method: o.method,
    url: o.url,
    schema: {
      tags: o.tags,
      summary: o.command.summary,
      description: `Command \`${o.command.name}\`, for: ${o.command.roles.join(', ')}.`,
      security: [{ bearer: [] }],
      ...(o.params ? { params: o.params } : {}),
      body,
      headers: idempotencyHeaders,
      querystring: dryRunQuery,
      response: { [status]: commandResultOut(o.entity), ...writeErrors },
    },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      const merged = { ...((req.body as object | undefined) ?? {}), ...((req.params as object | undefined) ?? {}) };
      const r = await dispatch(db, o.command, {
        actor,
        input: merged,
        idempotencyKey: (req.headers as { 'idempotency-key'?: string })['idempotency-key'],
        dryRun: (req.query as { dryRun?: string }).dryRun === 'true',
      });
      const result = r.events.length > 0 ? await o.load(db, r.events, merged, req) : null;
      if (r.replayed) reply.header('idempotent-replayed', 'true');
      // The status is chosen at run time, so the typed send cannot narrow; the serializer checks the shape.
      return reply.code(r.replayed ? 200 : status).send({
        replayed: r.replayed,
        dryRun: r.wouldRecord.length > 0,
        events: r.events,
        wouldRecord: r.wouldRecord,
        result,
      } as never);
    },
  });
}
