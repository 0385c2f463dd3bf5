/**
 * The allocation planner over HTTP. POST /plans computes a proposal from the record as it stands
 * and a what-if scenario (nothing is written); GET /plans/{planId} reads a computed plan back from
 * this server's memory; POST /plans/accept (coordinator) turns a computed plan into allocations
 * through the accept-plan command, in one transaction, refused with 409 if the record changed since.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COMMANDS } from '../../commands/index.ts';
import { dispatch } from '../../commands/dispatch.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import { planSchema, type Plan } from '../../planner/plan-schema.ts';
import { scenarioSchema } from '../../planner/scenario.ts';
import { PlanWorkers } from '../../planner/workers.ts';
import type { Database } from '../../store/db.ts';
import { allocationView } from '../../store/queries/allocation-views.ts';
import { loadPlannerSnapshot } from '../../store/queries/planner-snapshot.ts';
import { requireActor } from '../auth.ts';
import { PlanCache } from '../plan-cache.ts';
import { clearanceOf } from '../clearance.ts';
import { commandResultOut, readErrors, writeErrors } from '../schemas.ts';
import { allocationOut } from './allocations.ts';

const planParams = z.object({ planId: z.string().regex(/^plan-[0-9a-f]{24}$/, "must be a plan id ('plan-' and 24 hex digits)") });
const acceptBody = z.object({ planId: planParams.shape.planId });
const accepted = z.object({ planId: z.string(), allocations: z.array(allocationOut) });

/** The accept-plan input for a computed plan: its allocations exactly as proposed, and the fingerprint it was computed from. */
export function acceptInput(plan: Plan) {
  return {
    planId: plan.planId,
    snapshotHash: plan.snapshotHash,
    allocations: plan.allocations.map((a) => ({ pledgeId: a.pledgeId, packageId: a.packageId, amount: a.amount, usdValue: a.usdValue })),
  };
}

export function planRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cache = new PlanCache();
  // Plans are computed in worker threads: a solve of several seconds never holds other requests.
  const workers = new PlanWorkers();
  app.addHook('onClose', () => workers.close());

  r.post(
    '/plans',
    {
      schema: {
        tags: ['plans'],
        summary: 'Compute an allocation plan: pledged money matched to the prioritized list, proven optimal, with reasons (nothing is written)',
        description:
          'The body is a what-if scenario (all fields optional: `{}` plans the record as it stands). The plan is computed in a worker thread, so other requests are served meanwhile; when every worker is busy and 8 plans wait, the answer is 429. The plan is kept in memory for an hour for GET /plans/{planId} and POST /plans/accept.',
        security: [{ bearer: [] }],
        body: scenarioSchema,
        response: { 200: planSchema, ...readErrors, 409: readErrors[400], 429: readErrors[400] },
      },
    },
    async (req) => {
      requireActor(req);
      const snapshot = await loadPlannerSnapshot(db, await clearanceOf(db, req));
      const plan = await workers.compute(snapshot, req.body, new Date().toISOString().slice(0, 10));
      cache.put(plan);
      return plan;
    },
  );

  r.get(
    '/plans/:planId',
    {
      schema: { tags: ['plans'], summary: 'A plan computed by POST /plans, while this server keeps it (an hour)', security: [{ bearer: [] }], params: planParams, response: { 200: planSchema, ...readErrors } },
    },
    async (req) => {
      requireActor(req);
      const plan = cache.get(req.params.planId);
      if (!plan) throw notFound('plan', req.params.planId);
      return plan;
    },
  );

  r.route({
    method: 'POST',
    url: '/plans/accept',
    schema: {
      tags: ['plans'],
      summary: 'Accept a computed plan: its allocations are recorded in one transaction (command accept-plan)',
      description: `Command \`accept-plan\`, for: ${COMMANDS.acceptPlan.roles.join(', ')}. Refused with 409 when the plan cannot be accepted (hypothetical money) or the record changed since it was computed. Accepts Idempotency-Key and ?dryRun=true.`,
      security: [{ bearer: [] }],
      body: acceptBody,
      headers: z.object({ 'idempotency-key': z.string().max(200).optional() }),
      querystring: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
      response: { 200: commandResultOut(accepted), 201: commandResultOut(accepted), ...writeErrors },
    },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      const { planId } = req.body as z.infer<typeof acceptBody>;
      const plan = cache.get(planId);
      if (!plan) throw notFound('plan', planId);
      if (!plan.acceptable) throw conflict(`plan '${planId}' cannot be accepted: ${plan.notAcceptable.join('; ')}`, { notAcceptable: plan.notAcceptable });
      const result = await dispatch(db, COMMANDS.acceptPlan, {
        actor,
        input: acceptInput(plan),
        idempotencyKey: (req.headers as { 'idempotency-key'?: string })['idempotency-key'],
        dryRun: (req.query as { dryRun?: string }).dryRun === 'true',
      });
      const ids = result.events.flatMap((e) => (e.type === 'FundsAllocated' ? [e.payload.allocationId] : []));
      const views = [];
      const clearance = await clearanceOf(db, req);
      for (const id of ids) views.push((await allocationView(db, clearance, id))!);
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(result.replayed || result.wouldRecord.length > 0 ? 200 : 201).send({
        replayed: result.replayed,
        dryRun: result.wouldRecord.length > 0,
        events: result.events,
        wouldRecord: result.wouldRecord,
        result: result.events.length > 0 ? { planId, allocations: views } : null,
      } as never);
    },
  });
}
