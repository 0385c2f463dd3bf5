/**
 * record-commitment: what a guarantor promises within a framework, under one or more pillars, with
 * its terms (money in total or per year, a share of GDP, a quantity, or a statement only), a
 * condition where one applies, and sources. Only a guarantor's own organization records it, or the
 * coordinator for the public record (marked as such, with a source).
 */
import { z } from 'zod';
import type { Actor } from '../../domain/actors.ts';
import { parseFuzzyDate } from '../../domain/dates.ts';
import { conflict, forbidden, invalid } from '../../domain/errors.ts';
import type { CommitmentTerms } from '../../domain/events.ts';
import { checkTerms } from '../../domain/guarantee-commitment.ts';
import { assertPublicRecordEntry, checkGuarantorsAreParties } from '../../domain/guarantee-framework.ts';
import { getFramework, idTaken } from '../../store/repositories/guarantees.ts';
import { defineCommand } from '../command.ts';
import { fuzzyDateSchema, idSchema, moneySchema } from '../schemas.ts';
import { pillarSchema, sourcesSchema, stanceSchema, termsSchema, textSchema } from './inputs.ts';

export const recordCommitmentInput = z.object({
  commitmentId: idSchema.optional(),
  frameworkId: idSchema,
  guarantors: z.array(idSchema).min(1, 'name the guarantor').max(40),
  pillars: z.array(pillarSchema).min(1, 'name at least one pillar').max(15),
  stance: stanceSchema.default('committed'),
  terms: termsSchema,
  statement: textSchema(4000),
  condition: z.string().trim().min(3).max(1000).optional(),
  reportedBy: z.string().trim().min(2).max(300).optional(),
  statedEquivalent: moneySchema.optional(),
  madeOn: fuzzyDateSchema.nullable().default(null),
  sources: sourcesSchema,
  publicRecord: z.boolean().default(false),
  note: z.string().max(4000).optional(),
});

function listedOnce(values: readonly string[], field: string): void {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    if (seen.has(v)) throw invalid(`${field}.${i}`, `'${v}' is listed twice`);
    seen.add(v);
  });
}

/** A guarantor records its own commitments; the coordinator records the public record. */
function assertMayRecord(actor: Actor, guarantors: readonly string[], publicRecord: boolean, sources: z.infer<typeof sourcesSchema>): void {
  if (actor.role === 'coordinator') return assertPublicRecordEntry(actor, publicRecord, sources, 'commitment');
  if (!guarantors.includes(actor.orgId)) throw forbidden(`only a guarantor's own organization, or the coordinator for the public record, may record a commitment; '${actor.orgId}' is not among its guarantors`);
}

export const recordCommitment = defineCommand({
  name: 'record-commitment',
  summary: 'Record a commitment within a framework: guarantors, pillars, terms (money, share of GDP, quantity or statement), condition and sources',
  input: recordCommitmentInput,
  roles: ['ally', 'coordinator'],
  async load(tx, i) {
    return { fw: await getFramework(tx, i.frameworkId), taken: i.commitmentId !== undefined && (await idTaken(tx, 'commitment', i.commitmentId)) };
  },
  decide({ fw, taken }, i, ctx) {
    listedOnce(i.guarantors, 'guarantors');
    listedOnce(i.pillars, 'pillars');
    const terms = i.terms as CommitmentTerms;
    checkTerms(terms);
    assertMayRecord(ctx.actor, i.guarantors, i.publicRecord, i.sources);
    if (taken) throw conflict(`commitment '${i.commitmentId}' already exists`);
    checkGuarantorsAreParties(fw, i.guarantors);
    const commitmentId = i.commitmentId ?? ctx.newId('commitment');
    return [
      {
        type: 'CommitmentRecorded',
        stream: `commitment:${commitmentId}`,
        payload: { ...i, commitmentId, terms, madeOn: i.madeOn === null ? null : parseFuzzyDate(i.madeOn, 'madeOn') },
      },
    ];
  },
});
