/**
 * change-framework-status: the next step of a framework's legal status (see
 * src/domain/guarantee-status.ts), by a party or by the coordinator for a public-record framework;
 * a skipped step or a move backwards only as a correction with a reason.
 */
import { z } from 'zod';
import { parseFuzzyDate } from '../../domain/dates.ts';
import { assertMayChange } from '../../domain/guarantee-framework.ts';
import { checkStatusChange } from '../../domain/guarantee-status.ts';
import { getFramework } from '../../store/repositories/guarantees.ts';
import { defineCommand } from '../command.ts';
import { fuzzyDateSchema, idSchema, reasonSchema } from '../schemas.ts';
import { bindingLevelSchema, legalStatusSchema, sourcesSchema } from './inputs.ts';

export const changeFrameworkStatus = defineCommand({
  name: 'change-framework-status',
  summary: "Move a framework's legal status one step (discussed, proposed, agreed, signed, ratified, in force; suspended, expired, withdrawn), or correct it with a reason",
  input: z.object({
    frameworkId: idSchema,
    to: legalStatusSchema,
    effectiveOn: fuzzyDateSchema.nullable().default(null),
    correction: z.boolean().default(false),
    reason: reasonSchema.optional(),
    bindingLevel: bindingLevelSchema.optional(),
    sources: sourcesSchema,
  }),
  roles: ['ally', 'coordinator', 'recipient'],
  load: (tx, i) => getFramework(tx, i.frameworkId),
  decide(fw, i, ctx) {
    assertMayChange(ctx.actor, fw, i.sources, 'change its status');
    const effectiveOn = i.effectiveOn === null ? null : parseFuzzyDate(i.effectiveOn, 'effectiveOn');
    checkStatusChange(fw, { to: i.to, effectiveOn, correction: i.correction, reason: i.reason, bindingLevel: i.bindingLevel });
    return [
      {
        type: 'FrameworkStatusChanged',
        stream: `framework:${fw.frameworkId}`,
        payload: {
          frameworkId: fw.frameworkId,
          from: fw.status,
          to: i.to,
          effectiveOn,
          correction: i.correction,
          reason: i.reason,
          bindingLevel: i.bindingLevel,
          sources: i.sources,
        },
      },
    ];
  },
});
