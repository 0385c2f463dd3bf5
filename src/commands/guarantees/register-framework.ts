/**
 * register-framework: a party to a framework of security guarantees (or the coordinator, keeping
 * the public record with its sources) records it: kind, parties, binding level, dates, duration,
 * sources, and the first legal status the record knows, which starts its status history.
 */
import { z } from 'zod';
import { latestDay, parseFuzzyDate } from '../../domain/dates.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { assertMayRegister, checkParties } from '../../domain/guarantee-framework.ts';
import { FRAMEWORK_KINDS } from '../../domain/guarantee-vocabulary.ts';
import { idTaken } from '../../store/repositories/guarantees.ts';
import { organizationExists } from '../../store/repositories/pledges.ts';
import { defineCommand } from '../command.ts';
import { fuzzyDateSchema, idSchema } from '../schemas.ts';
import { bindingLevelSchema, legalStatusSchema, partySchema, sourcesSchema, textSchema } from './inputs.ts';

export const registerFrameworkInput = z.object({
  frameworkId: idSchema.optional(),
  kind: z.enum(FRAMEWORK_KINDS),
  title: textSchema(300),
  parties: z.array(partySchema).min(1, 'name the parties').max(60),
  partiesNote: z.string().max(2000).optional(),
  umbrella: z.string().trim().max(300).optional(),
  bindingLevel: bindingLevelSchema.default('unknown'),
  bindingBasis: z.string().max(2000).optional(),
  status: legalStatusSchema.default('discussed'),
  statusOn: fuzzyDateSchema.nullable().default(null),
  startsOn: fuzzyDateSchema.optional(),
  durationYears: z.number().int().min(1).max(100).optional(),
  endsOn: fuzzyDateSchema.optional(),
  durationNote: z.string().max(500).optional(),
  sources: sourcesSchema,
  publicRecord: z.boolean().default(false),
  note: z.string().max(4000).optional(),
});

export const registerFramework = defineCommand({
  name: 'register-framework',
  summary: 'Register a framework of security guarantees with its parties, binding level, dates, sources and first legal status',
  input: registerFrameworkInput,
  roles: ['ally', 'coordinator', 'recipient'],
  async load(tx, i) {
    const missingOrgs: string[] = [];
    for (const p of i.parties) if (!(await organizationExists(tx, p.orgId))) missingOrgs.push(p.orgId);
    return { missingOrgs, taken: i.frameworkId !== undefined && (await idTaken(tx, 'framework', i.frameworkId)) };
  },
  decide(state, i, ctx) {
    checkParties(i.parties);
    assertMayRegister(ctx.actor, i.parties, i.publicRecord, i.sources);
    if (state.missingOrgs.length > 0) throw notFound('organization', state.missingOrgs[0]!);
    if (state.taken) throw conflict(`framework '${i.frameworkId}' already exists`);
    const startsOn = i.startsOn ? parseFuzzyDate(i.startsOn, 'startsOn') : undefined;
    const endsOn = i.endsOn ? parseFuzzyDate(i.endsOn, 'endsOn') : undefined;
    if (startsOn && endsOn && latestDay(endsOn) < startsOn.value) throw invalid('endsOn', `ends (${endsOn.value}) before it starts (${startsOn.value})`);
    const frameworkId = i.frameworkId ?? ctx.newId('framework');
    return [
      {
        type: 'FrameworkRegistered',
        stream: `framework:${frameworkId}`,
        payload: {
          ...i,
          frameworkId,
          statusOn: i.statusOn === null ? null : parseFuzzyDate(i.statusOn, 'statusOn'),
          startsOn,
          endsOn,
        },
      },
    ];
  },
});
