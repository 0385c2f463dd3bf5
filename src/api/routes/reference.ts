/** Reference data: dated FX rates (with sources) and publicly stated running totals (claims). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COMMANDS } from '../../commands/index.ts';
import { currencySchema } from '../../commands/schemas.ts';
import { toJson } from '../../domain/money.ts';
import type { Database } from '../../store/db.ts';
import { loadClaims } from '../../store/queries/reconciliation.ts';
import { requireActor } from '../auth.ts';
import { commandRoute } from '../command-route.ts';
import { moneyOut, readErrors, sourceOut } from '../schemas.ts';

const fxOut = z
  .object({ seq: z.number(), date: z.string(), base: z.string(), quote: z.string(), rate: z.string(), source: z.string(), note: z.string().nullable() })
  .meta({ id: 'FxRate', description: '1 base = rate quote on date; rate is an exact decimal string' });

const totalOut = z
  .object({
    claimId: z.string(),
    date: z.string(),
    amount: moneyOut.nullable(),
    scope: z.string(),
    packagesCount: z.number().nullable(),
    contributorsCount: z.number().nullable(),
    saidBy: z.string(),
    sources: z.array(sourceOut),
    note: z.string().nullable(),
  })
  .meta({ id: 'PublicTotal' });

async function fxRates(db: Database, f: { base?: string | undefined; quote?: string | undefined; seq?: number }) {
  const rows = await db.query<{ seq: bigint; date: string; base: string; quote: string; rate: string; source: string; note: string | null }>(
    `SELECT seq, to_char(date, 'YYYY-MM-DD') AS date, base, quote, rate, source, note FROM fx_rates
      WHERE ($1::text IS NULL OR base = $1) AND ($2::text IS NULL OR quote = $2) AND ($3::bigint IS NULL OR seq = $3)
      ORDER BY date, base, quote, seq`,
    [f.base ?? null, f.quote ?? null, f.seq ?? null],
  );
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

async function publicTotals(db: Database, claimId?: string) {
  return (await loadClaims(db, claimId)).map((c) => ({ ...c, amount: c.amount ? toJson(c.amount) : null }));
}

export function referenceRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/fx-rates',
    {
      schema: {
        tags: ['reference'],
        summary: 'Dated FX rates with their sources (used for analysis; announced amounts are never overwritten)',
        security: [{ bearer: [] }],
        querystring: z.object({ base: currencySchema.optional(), quote: currencySchema.optional() }),
        response: { 200: z.object({ items: z.array(fxOut) }), ...readErrors },
      },
    },
    async (req) => {
      requireActor(req);
      return { items: await fxRates(db, req.query) };
    },
  );
  commandRoute(app, db, {
    method: 'POST',
    url: '/fx-rates',
    command: COMMANDS.recordFxRate,
    tags: ['reference'],
    entity: fxOut,
    status: 201,
    load: async (_db, events) => (await fxRates(db, { seq: events[0]!.seq }))[0],
  });
  r.get(
    '/public-totals',
    {
      schema: {
        tags: ['reference'],
        summary: 'Running totals stated in public, each kept as its own claim with scope, speaker and source',
        security: [{ bearer: [] }],
        response: { 200: z.object({ items: z.array(totalOut) }), ...readErrors },
      },
    },
    async (req) => {
      requireActor(req);
      return { items: await publicTotals(db) };
    },
  );
  commandRoute(app, db, {
    method: 'POST',
    url: '/public-totals',
    command: COMMANDS.recordPublicTotal,
    tags: ['reference'],
    entity: totalOut,
    status: 201,
    load: async (_db, events) => (await publicTotals(db, (events[0]!.payload as { claimId: string }).claimId))[0],
  });
}
