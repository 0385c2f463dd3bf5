/**
 * The security-guarantees registry: the coverage matrix, a guarantor page, a pillar page, the
 * timeline, frameworks and commitments with their sources and fulfilment, and one write route per
 * command. Views take `asOf` (a day; today by default), the day against which due and overdue are
 * measured.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { legalStatusSchema, pillarSchema, stanceSchema } from '../../commands/guarantees/inputs.ts';
import { COMMANDS } from '../../commands/index.ts';
import { idSchema, isoDay } from '../../commands/schemas.ts';
import { notFound } from '../../domain/errors.ts';
import type { StoredEvent } from '../../domain/events.ts';
import { FRAMEWORK_KINDS } from '../../domain/guarantee-vocabulary.ts';
import type { Database } from '../../store/db.ts';
import { coverageNote } from '../../store/queries/guarantee-coverage.ts';
import { coverageMatrix } from '../../store/queries/guarantee-matrix.ts';
import { guarantorPage, pillarPage } from '../../store/queries/guarantee-pages.ts';
import { timeline } from '../../store/queries/guarantee-timeline.ts';
import { listCommitments, listFrameworks, openRegistryView, type RegistryView } from '../../store/queries/guarantee-views.ts';
import { requireActor } from '../auth.ts';
import { clearanceOf } from '../clearance.ts';
import { commandRoute } from '../command-route.ts';
import { readErrors } from '../schemas.ts';
import {
  CAVEAT,
  commitmentOut,
  frameworkDetailOut,
  frameworkOut,
  guarantorPageOut,
  matrixOut,
  pillarPageOut,
  timelineOut,
} from './guarantee-schemas.ts';

const asOfQuery = z.object({ asOf: isoDay.optional().describe('the day due and overdue are measured against (YYYY-MM-DD); today by default') });
const today = (): string => new Date().toISOString().slice(0, 10);
const tags = ['guarantees'];
const security = [{ bearer: [] }];

export function frameworkDetail(v: RegistryView, frameworkId: string) {
  const f = v.frameworks.get(frameworkId);
  if (!f) throw notFound('framework', frameworkId);
  return { ...v.framework(f), commitments: listCommitments(v, { frameworkId }) };
}

export function commitmentDetail(v: RegistryView, commitmentId: string) {
  const c = v.registry.commitments.find((x) => x.commitmentId === commitmentId);
  if (!c) throw notFound('commitment', commitmentId);
  return v.commitment(c);
}

export function guaranteeRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const view = async (req: FastifyRequest, asOf?: string) => openRegistryView(db, await clearanceOf(db, req), asOf ?? today());

  r.get(
    '/guarantees/matrix',
    { schema: { tags, security, summary: 'Coverage matrix: pillars x guarantors, who guarantees what, how binding, how fulfilled; with what the record covers and what remains unknown', querystring: asOfQuery, response: { 200: matrixOut, ...readErrors } } },
    async (req) => {
      requireActor(req);
      const v = await view(req, req.query.asOf);
      return { ...coverageMatrix(v), coverage: coverageNote(v), caveat: CAVEAT };
    },
  );
  r.get(
    '/guarantees/guarantors/:orgId',
    {
      schema: {
        tags,
        security,
        summary: 'A guarantor: all its frameworks and commitments, with fulfilment over time',
        params: z.object({ orgId: idSchema }),
        querystring: asOfQuery,
        response: { 200: guarantorPageOut, ...readErrors },
      },
    },
    async (req) => {
      requireActor(req);
      return { ...guarantorPage(await view(req, req.query.asOf), req.params.orgId), caveat: CAVEAT };
    },
  );
  r.get(
    '/guarantees/pillars/:pillar',
    {
      schema: { tags, security, summary: 'A pillar (e.g. maritime_security): who is committed, on what terms', params: z.object({ pillar: pillarSchema }), querystring: asOfQuery, response: { 200: pillarPageOut, ...readErrors } },
    },
    async (req) => {
      requireActor(req);
      return { ...pillarPage(await view(req, req.query.asOf), req.params.pillar), caveat: CAVEAT };
    },
  );
  r.get(
    '/guarantees/timeline',
    {
      schema: {
        tags,
        security,
        summary: 'Every dated step of the registry in order (statuses, commitments, negotiation milestones, evidence); undated entries apart',
        querystring: asOfQuery.extend({ from: isoDay.optional(), to: isoDay.optional(), guarantor: idSchema.optional(), pillar: pillarSchema.optional(), frameworkId: idSchema.optional() }),
        response: { 200: timelineOut, ...readErrors },
      },
    },
    async (req) => {
      requireActor(req);
      const { asOf, ...filter } = req.query;
      return timeline(await view(req, asOf), filter);
    },
  );
  r.get(
    '/guarantees/frameworks',
    {
      schema: {
        tags,
        security,
        summary: 'Frameworks with parties, legal status and history, binding level, dates and sources',
        querystring: z.object({ kind: z.enum(FRAMEWORK_KINDS).optional(), status: legalStatusSchema.optional(), party: idSchema.optional() }),
        response: { 200: z.object({ items: z.array(frameworkOut) }), ...readErrors },
      },
    },
    async (req) => {
      requireActor(req);
      return { items: listFrameworks(await view(req), req.query) };
    },
  );
  r.get(
    '/guarantees/frameworks/:frameworkId',
    {
      schema: { tags, security, summary: 'One framework with its commitments (and their fulfilment) and negotiation record', params: z.object({ frameworkId: idSchema }), querystring: asOfQuery, response: { 200: frameworkDetailOut, ...readErrors } },
    },
    async (req) => {
      requireActor(req);
      return frameworkDetail(await view(req, req.query.asOf), req.params.frameworkId);
    },
  );
  r.get(
    '/guarantees/commitments',
    {
      schema: {
        tags,
        security,
        summary: 'Commitments with terms, sources and fulfilment, filtered by pillar, guarantor, framework or stance',
        querystring: asOfQuery.extend({ pillar: pillarSchema.optional(), guarantor: idSchema.optional(), frameworkId: idSchema.optional(), stance: stanceSchema.optional() }),
        response: { 200: z.object({ items: z.array(commitmentOut), caveat: z.string() }), ...readErrors },
      },
    },
    async (req) => {
      requireActor(req);
      const { asOf, ...filter } = req.query;
      return { items: listCommitments(await view(req, asOf), filter), caveat: CAVEAT };
    },
  );
  r.get(
    '/guarantees/commitments/:commitmentId',
    {
      schema: { tags, security, summary: 'One commitment: terms, schedule, fulfilment with every piece of evidence, sources', params: z.object({ commitmentId: idSchema }), querystring: asOfQuery, response: { 200: commitmentOut, ...readErrors } },
    },
    async (req) => {
      requireActor(req);
      return commitmentDetail(await view(req, req.query.asOf), req.params.commitmentId);
    },
  );

  const frameworkOf = async (_db: Database, events: StoredEvent[], _input: unknown, req: FastifyRequest) => frameworkDetail(await view(req), (events[0]!.payload as { frameworkId: string }).frameworkId);
  const commitmentOf = async (_db: Database, events: StoredEvent[], _input: unknown, req: FastifyRequest) => commitmentDetail(await view(req), (events[0]!.payload as { commitmentId: string }).commitmentId);
  const frameworkParams = z.object({ frameworkId: idSchema });
  const commitmentParams = z.object({ commitmentId: idSchema });
  commandRoute(app, db, { method: 'POST', url: '/guarantees/frameworks', command: COMMANDS.registerFramework, tags, entity: frameworkDetailOut, load: frameworkOf, status: 201 });
  commandRoute(app, db, { method: 'POST', url: '/guarantees/frameworks/:frameworkId/status', params: frameworkParams, command: COMMANDS.changeFrameworkStatus, tags, entity: frameworkDetailOut, load: frameworkOf });
  commandRoute(app, db, {
    method: 'POST',
    url: '/guarantees/frameworks/:frameworkId/milestones',
    params: frameworkParams,
    command: COMMANDS.recordNegotiationMilestone,
    tags,
    entity: frameworkDetailOut,
    load: frameworkOf,
    status: 201,
  });
  commandRoute(app, db, { method: 'POST', url: '/guarantees/commitments', command: COMMANDS.recordCommitment, tags, entity: commitmentOut, load: commitmentOf, status: 201 });
  commandRoute(app, db, { method: 'POST', url: '/guarantees/commitments/:commitmentId/schedule', params: commitmentParams, command: COMMANDS.setCommitmentSchedule, tags, entity: commitmentOut, load: commitmentOf });
  commandRoute(app, db, {
    method: 'POST',
    url: '/guarantees/commitments/:commitmentId/fulfilments',
    params: commitmentParams,
    command: COMMANDS.recordFulfilment,
    tags,
    entity: commitmentOut,
    load: commitmentOf,
    status: 201,
  });
  commandRoute(app, db, {
    method: 'POST',
    url: '/guarantees/fulfilments/:fulfilmentId/withdraw',
    params: z.object({ fulfilmentId: idSchema }),
    command: COMMANDS.withdrawFulfilment,
    tags,
    entity: commitmentOut,
    load: async (_db, _events, input, req) => {
      const rows = await db.query<{ commitment_id: string }>('SELECT commitment_id FROM guarantee_fulfilments WHERE fulfilment_id = $1', [input.fulfilmentId]);
      return commitmentDetail(await view(req), rows[0]!.commitment_id);
    },
  });
}
