/** GET /summary: the headline figures (see src/domain/summaries.ts for the counting rules). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../store/db.ts';
import { computeSummary, type Summary } from '../../store/queries/summaries.ts';
import { clearanceOf } from '../clearance.ts';
import { requireActor } from '../auth.ts';
import { moneyOut, readErrors } from '../schemas.ts';

const usd = (minor: bigint) => ({ minor: minor.toString(), currency: 'USD' as const });
const eur = (minor: bigint) => ({ minor: minor.toString(), currency: 'EUR' as const });
const triple = z.object({ announced: moneyOut, committed: moneyOut, paid: moneyOut });

export const summaryOut = z
  .object({
    asOf: z.string(),
    contributors: z.array(
      z.object({
        key: z.string(),
        contributors: z.array(z.string()),
        pledges: z.number(),
        byCurrency: z.array(triple),
        usd: triple,
        eur: triple,
        withoutAmount: z.array(z.string()),
        unconverted: z.array(z.string()),
      }),
    ),
    monthly: z.array(
      z.object({
        month: z.string(),
        committed: moneyOut,
        target: moneyOut,
        targetBp: z.number().describe('committed as a share of the target, in basis points'),
        cumulative: moneyOut,
        cumulativeTarget: moneyOut,
        cumulativeBp: z.number(),
      }),
    ),
    coverage: z.array(
      z.object({ band: z.string(), lines: z.number(), need: moneyOut, funded: moneyOut, coverageBp: z.number().nullable() }),
    ),
    gap: z.object({
      packages: z.array(z.object({ packageId: z.string(), price: moneyOut, allocated: moneyOut, gap: moneyOut })),
      packagedGap: moneyOut,
      unpackagedNeed: moneyOut,
      totalGap: moneyOut,
    }),
    leadTimes: z.array(
      z.object({ stage: z.string(), count: z.number(), medianDays: z.number().nullable(), minDays: z.number().nullable(), maxDays: z.number().nullable() }),
    ),
    unconverted: z.array(z.string()),
    withheld: z
      .object({ pledges: z.number().int(), amounts: z.number().int() })
      .describe('What these totals leave out because the caller may not read it: pledges not shown at all, and amounts withheld (their pledges are counted, their money is not)'),
  })
  .meta({ id: 'Summary' });

export function summaryToJson(s: Summary): z.infer<typeof summaryOut> {
  return {
    asOf: s.asOf,
    contributors: s.contributors.map((c) => ({
      key: c.key,
      contributors: c.contributors,
      pledges: c.pledges,
      byCurrency: Object.entries(c.byCurrency).map(([cur, t]) => {
        const m = (minor: bigint) => ({ minor: minor.toString(), currency: cur as 'USD' });
        return { announced: m(t.announced), committed: m(t.committed), paid: m(t.paid) };
      }),
      usd: { announced: usd(c.usd.announced), committed: usd(c.usd.committed), paid: usd(c.usd.paid) },
      eur: { announced: eur(c.eur.announced), committed: eur(c.eur.committed), paid: eur(c.eur.paid) },
      withoutAmount: c.withoutAmount,
      unconverted: c.unconverted,
    })),
    monthly: s.monthly.map((m) => ({
      month: m.month,
      committed: usd(m.committedUsd),
      target: usd(m.targetUsd),
      targetBp: m.targetBp,
      cumulative: usd(m.cumulativeUsd),
      cumulativeTarget: usd(m.cumulativeTargetUsd),
      cumulativeBp: m.cumulativeBp,
    })),
    coverage: s.coverage.map((b) => ({ band: b.band, lines: b.lines, need: usd(b.needUsd), funded: usd(b.fundedUsd), coverageBp: b.coverageBp })),
    gap: {
      packages: s.gap.packages.map((p) => ({ packageId: p.packageId, price: usd(p.priceUsd), allocated: usd(p.allocatedUsd), gap: usd(p.gapUsd) })),
      packagedGap: usd(s.gap.packagedGapUsd),
      unpackagedNeed: usd(s.gap.unpackagedNeedUsd),
      totalGap: usd(s.gap.totalGapUsd),
    },
    leadTimes: s.leadTimes,
    unconverted: s.unconverted,
    withheld: s.withheld,
  };
}

export function summaryRoutes(app: FastifyInstance, db: Database): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/summary',
    {
      schema: {
        tags: ['summary'],
        summary: 'Totals by contributor, progress toward USD 1bn a month, coverage by priority band, funding gap, lead times',
        security: [{ bearer: [] }],
        response: { 200: summaryOut, ...readErrors },
      },
    },
    async (req) => {
      requireActor(req);
      return summaryToJson(await computeSummary(db, await clearanceOf(db, req)));
    },
  );
}
