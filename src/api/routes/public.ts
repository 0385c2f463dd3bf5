/**
 * Endpoints anyone may read without a token: the public transparency view and the GDP reference
 * figures. What the public view holds is decided in src/store/queries/public-overview.ts.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parseCsvObjects } from '../../demo/csv.ts';
import { GDP_FILE, GDP_SOURCE, parseGdpRows, type GdpReference } from '../../domain/reference/gdp.ts';
import type { Database } from '../../store/db.ts';
import { publicOverview } from '../../store/queries/public-overview.ts';
import { moneyOut, readErrors } from '../schemas.ts';

const publicSource = z.object({ url: z.string(), publisher: z.string().optional(), date: z.string().optional(), tier: z.enum(['A', 'B']).optional() });

const rangeOut = z
  .object({ low: moneyOut, high: moneyOut })
  .meta({ id: 'MoneyRange', description: 'A sum the public may know only roughly: at least low, less than high (src/domain/disclosure.ts)' });

export const publicOverviewOut = z
  .object({
    asOf: z.string(),
    monthly: z.array(
      z.object({
        month: z.string(),
        committed: moneyOut.describe('Committed that month by pledges the public may see, exactly'),
        undisclosed: rangeOut.describe('Committed that month by the rest of the coalition, not announced publicly'),
        target: moneyOut,
        cumulative: moneyOut,
        cumulativeUndisclosed: rangeOut,
        cumulativeTarget: moneyOut,
      }),
    ),
    contributors: z
      .array(z.object({ key: z.string(), contributors: z.array(z.string()), pledges: z.number(), announced: moneyOut, committed: moneyOut, paid: moneyOut }))
      .describe('Totals of the pledges the public may see, by contributor, exactly'),
    undisclosed: z
      .object({ announced: rangeOut, committed: rangeOut, paid: rangeOut })
      .describe('Money of the coalition not announced publicly, all contributors together, as ranges; restricted figures are not in it'),
    coverage: z.array(
      z.object({
        band: z.string(),
        lines: z.number(),
        need: rangeOut,
        funded: rangeOut,
        percent: z.object({ low: z.number(), high: z.number() }).nullable().describe('Share of the need funded, in whole percent, as a range'),
      }),
    ),
    gap: z.object({ totalGap: rangeOut }),
    packagesByState: z.array(z.object({ state: z.string(), count: z.number() })),
    pledges: z.array(
      z.object({
        pledgeId: z.string(),
        contributors: z.array(z.string()),
        amount: moneyOut.nullable(),
        qualifier: z.string(),
        announcedOn: z.object({ value: z.string(), precision: z.string() }),
        state: z.string(),
        counts: z.boolean(),
        duplicateOf: z.string().nullable(),
        sources: z.array(publicSource),
      }),
    ),
  })
  .meta({ id: 'PublicOverview' });

export const gdpOut = z
  .object({
    source: z.object({ name: z.string(), url: z.string(), year: z.number(), note: z.string() }),
    items: z.array(z.object({ country: z.string(), year: z.number(), gdp: moneyOut, sourceUrl: z.string() })).describe('Only figures checked against the source'),
    unsourced: z.array(z.string()).describe('Countries with no checked figure: no share of GDP is shown for them'),
  })
  .meta({ id: 'GdpReference' });

/** The GDP file beside src/domain/reference/gdp.ts, read and checked once per app. */
export function loadGdpReference(): GdpReference {
  return parseGdpRows(parseCsvObjects(readFileSync(new URL(`../../domain/reference/${GDP_FILE}`, import.meta.url), 'utf8')));
}

export function publicRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const gdp = loadGdpReference();
  r.get(
    '/public/overview',
    {
      schema: {
        tags: ['public'],
        summary: 'The public transparency view, no token needed: aggregate figures and the public-record pledges with their sources; no package contents',
        response: { 200: publicOverviewOut, ...readErrors },
      },
    },
    async () => publicOverview(db),
  );
  r.get(
    '/reference/gdp',
    {
      schema: {
        tags: ['public'],
        summary: "Each contributing Ally's annual GDP in USD with its source, for shares of GDP; countries without a checked figure are listed as unsourced",
        response: { 200: gdpOut },
      },
    },
    async () => ({ source: { ...GDP_SOURCE }, items: gdp.figures, unsourced: gdp.unsourced }),
  );
}
