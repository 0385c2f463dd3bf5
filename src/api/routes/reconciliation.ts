/**
 * GET /reconciliation: every public running total beside the ledger's own figure for the same
 * date and scope, with the difference explained in computed components (see
 * src/domain/reconciliation.ts). For any authenticated caller: it shows only what the public
 * record and the pledge list already show.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema } from '../../commands/schemas.ts';
import { RECONCILIATION_OVERLAPS, scopeForClaim } from '../../demo/reconciliation-scopes.ts';
import { notFound } from '../../domain/errors.ts';
import type { Database } from '../../store/db.ts';
import { reconcileClaims } from '../../store/queries/reconciliation.ts';
import { reconciliationView } from '../../store/queries/reconciliation-view.ts';
import { clearanceOf } from '../clearance.ts';
import { requireActor } from '../auth.ts';
import { moneyOut, readErrors, sourceOut } from '../schemas.ts';

const rateOut = z.object({ date: z.string(), base: z.string(), quote: z.string(), rate: z.string(), source: z.string(), implied: z.boolean() });
const countOut = z
  .object({
    claimed: z.number(),
    ledger: z.number(),
    difference: z.number(),
    counted: z.array(z.string()),
    explanation: z.string().nullable(),
    explained: z.boolean(),
  })
  .nullable();

export const reconciliationOut = z
  .object({
    claim: z.object({
      claimId: z.string(),
      date: z.string(),
      amount: moneyOut.nullable(),
      scope: z.string(),
      packagesCount: z.number().nullable(),
      contributorsCount: z.number().nullable(),
      saidBy: z.string(),
      sources: z.array(sourceOut),
      note: z.string().nullable(),
    }),
    scope: z.object({
      description: z.string(),
      why: z.string(),
      announcedBy: z.string(),
      measure: z.enum(['pledged', 'paid']),
      basis: z.enum(['par', 'stated', 'converted']),
      qualifier: z.enum(['exact', 'over', 'at_least', 'about', 'up_to']),
      comparable: z.boolean(),
    }),
    currency: z.string(),
    ledger: moneyOut.describe("the ledger's figure: the sum of the lines' converted values"),
    difference: moneyOut.nullable().describe('claim minus ledger; null when the claim states no amount'),
    lines: z.array(
      z.object({
        pledgeId: z.string(),
        contributors: z.array(z.string()),
        qualifier: z.string(),
        original: moneyOut,
        converted: moneyOut,
        rates: z.array(rateOut),
        speaker: moneyOut,
        speakerBasis: z.string(),
      }),
    ),
    components: z
      .array(
        z.object({
          kind: z.enum(['fx', 'duplicates', 'no_amount', 'no_rate', 'qualifier', 'rounding', 'unexplained', 'not_comparable']),
          amount: moneyOut,
          text: z.string(),
          items: z.array(z.object({ pledgeId: z.string(), value: moneyOut.nullable(), detail: z.string() })),
        }),
      )
      .describe('the difference, broken down: claim = ledger + the sum of these amounts, exactly'),
    counts: z.object({ contributors: countOut, packages: countOut }),
    outOfScope: z.array(z.string()),
    caveats: z.array(z.object({ pledgeId: z.string(), mayBeWithin: z.string(), reason: z.string(), atStake: moneyOut })),
    explained: z.boolean(),
  })
  .meta({ id: 'Reconciliation' });

export function reconciliationRoutes(app: FastifyInstance, db: Database): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/reconciliation',
    {
      schema: {
        tags: ['public record'],
        summary: 'Every public running total reconciled with the ledger, the difference explained',
        security: [{ bearer: [] }],
        querystring: z.object({ claimId: idSchema.optional().describe('only this claim, e.g. total-2025-08-14') }),
        response: { 200: z.object({ items: z.array(reconciliationOut) }), ...readErrors },
      },
    },
    async (req) => {
      requireActor(req);
      const claimId = req.query.claimId;
      const items = await reconcileClaims(db, await clearanceOf(db, req), { scopeFor: scopeForClaim, overlaps: RECONCILIATION_OVERLAPS, claimId });
      if (claimId !== undefined && items.length === 0) throw notFound('public total', claimId);
      return { items: items.map(reconciliationView) };
    },
  );
}
