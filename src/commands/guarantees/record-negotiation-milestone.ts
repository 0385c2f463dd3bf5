/** record-negotiation-milestone: a dated meeting, statement, offer or planning round on a framework's path, with participants, topics, outcome and sources. */
import { z } from 'zod';
import { parseFuzzyDate } from '../../domain/dates.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import { assertMayChange } from '../../domain/guarantee-framework.ts';
import { getFramework, idTaken } from '../../store/repositories/guarantees.ts';
import { organizationExists } from '../../store/repositories/pledges.ts';
import { defineCommand } from '../command.ts';
import { fuzzyDateSchema, idSchema } from '../schemas.ts';
import { milestoneKindSchema, pillarSchema, sourcesSchema, textSchema } from './inputs.ts';

export const recordNegotiationMilestone = defineCommand({
  name: 'record-negotiation-milestone',
  summary: "Record a dated step on a framework's negotiation path: participants, topics, outcome, figures as stated, sources",
  input: z.object({
    milestoneId: idSchema.optional(),
    frameworkId: idSchema,
    on: fuzzyDateSchema,
    kind: milestoneKindSchema,
    title: textSchema(300),
    participants: z.array(z.object({ name: z.string().trim().min(2).max(200), orgId: idSchema.optional() })).max(60).default([]),
    topics: z.array(pillarSchema).max(15).default([]),
    outcome: textSchema(4000),
    figures: z.string().max(2000).optional(),
    sources: sourcesSchema,
  }),
  roles: ['ally', 'coordinator', 'recipient'],
  async load(tx, i) {
    const missingOrgs: string[] = [];
    for (const p of i.participants) if (p.orgId && !(await organizationExists(tx, p.orgId))) missingOrgs.push(p.orgId);
    return { fw: await getFramework(tx, i.frameworkId), missingOrgs, taken: i.milestoneId !== undefined && (await idTaken(tx, 'milestone', i.milestoneId)) };
  },
  decide({ fw, missingOrgs, taken }, i, ctx) {
    if (missingOrgs.length > 0) throw notFound('organization', missingOrgs[0]!);
    assertMayChange(ctx.actor, fw, i.sources, 'record its negotiation path');
    if (taken) throw conflict(`milestone '${i.milestoneId}' already exists`);
    const milestoneId = i.milestoneId ?? ctx.newId('milestone');
    return [
      {
        type: 'NegotiationMilestoneRecorded',
        stream: `framework:${fw.frameworkId}`,
        payload: { ...i, milestoneId, topics: [...new Set(i.topics)], on: parseFuzzyDate(i.on, 'on') },
      },
    ];
  },
});
