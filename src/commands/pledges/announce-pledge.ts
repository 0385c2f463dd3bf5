/** announce-pledge: an Ally (or the coordinator, keeping the public record) records a pledge as announced. */
import { z } from 'zod';
import { conflict, forbidden, invalid, notFound } from '../../domain/errors.ts';
import type { Earmark } from '../../domain/events.ts';
import { parseFuzzyDate } from '../../domain/dates.ts';
import { checkContributors } from '../../domain/pledge.ts';
import { findPledge, organizationExists } from '../../store/repositories/pledges.ts';
import { defineCommand } from '../command.ts';
import { fuzzyDateSchema, idSchema, moneySchema, positiveMoneySchema, sourceSchema } from '../schemas.ts';

const earmarkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('package'), packageId: idSchema }),
  z.object({ kind: z.literal('capability'), capabilityArea: z.string().trim().min(2).max(100) }),
]);

export const announcePledgeInput = z
  .object({
    pledgeId: idSchema.optional(),
    contributors: z
      .array(z.object({ orgId: idSchema, share: positiveMoneySchema.optional() }))
      .min(1, 'name at least one contributor')
      .max(40),
    amount: positiveMoneySchema.nullable().default(null),
    amountMissingReason: z.string().trim().min(3).max(500).optional(),
    qualifier: z.enum(['exact', 'about', 'up_to', 'at_least']).default('exact'),
    statedEquivalent: moneySchema.optional(),
    earmark: earmarkSchema.default({ kind: 'none' }),
    announcedOn: fuzzyDateSchema,
    contents: z.string().max(2000).optional(),
    packageNumberClaim: z.string().max(20).optional(),
    sources: z.array(sourceSchema).max(20).default([]),
    note: z.string().max(4000).optional(),
    figureBasis: z.string().trim().min(3).max(2000).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.amount === null && !v.amountMissingReason) {
      ctx.addIssue({ code: 'custom', path: ['amountMissingReason'], message: 'say why no amount is given (e.g. "classified", "not stated")' });
    }
  });

export type AnnouncePledgeInput = z.infer<typeof announcePledgeInput>;

export const announcePledge = defineCommand({
  name: 'announce-pledge',
  summary: 'Record a pledge as announced, with its contributors, amount as stated, earmark and sources',
  input: announcePledgeInput,
  roles: ['ally', 'coordinator'],
  async load(tx, input) {
    const missingOrgs: string[] = [];
    for (const c of input.contributors) if (!(await organizationExists(tx, c.orgId))) missingOrgs.push(c.orgId);
    const idTaken = input.pledgeId ? (await findPledge(tx, input.pledgeId)) !== undefined : false;
    let earmarkMissing = false;
    if (input.earmark.kind === 'package') {
      earmarkMissing = (await tx.query('SELECT 1 FROM packages WHERE package_id = $1', [input.earmark.packageId])).length === 0;
    }
    return { missingOrgs, idTaken, earmarkMissing };
  },
  decide(state, input, ctx) {
    if (state.missingOrgs.length > 0) throw notFound('organization', state.missingOrgs[0]!);
    if (state.earmarkMissing && input.earmark.kind === 'package') throw notFound('package', input.earmark.packageId);
    if (state.idTaken) throw conflict(`pledge '${input.pledgeId}' already exists`);
    checkContributors(input.contributors);
    if (ctx.actor.role === 'ally' && !input.contributors.some((c) => c.orgId === ctx.actor.orgId)) {
      throw forbidden('an Ally may announce only pledges it contributes to');
    }
    if (ctx.actor.role === 'coordinator' && input.sources.length === 0) {
      throw invalid('sources', 'a pledge recorded by the coordinator from the public record must cite at least one source');
    }
    const pledgeId = input.pledgeId ?? ctx.newId('pledge');
    const earmark: Earmark = input.earmark;
    return [
      {
        type: 'PledgeAnnounced',
        stream: `pledge:${pledgeId}`,
        payload: {
          pledgeId,
          contributors: input.contributors,
          amount: input.amount,
          amountMissingReason: input.amount === null ? input.amountMissingReason : undefined,
          qualifier: input.qualifier,
          statedEquivalent: input.statedEquivalent,
          earmark,
          announcedOn: parseFuzzyDate(input.announcedOn, 'announcedOn'),
          contents: input.contents,
          packageNumberClaim: input.packageNumberClaim,
          sources: input.sources,
          note: input.note,
          figureBasis: input.figureBasis,
        },
      },
    ];
  },
});
