/**
 * set-commitment-schedule: the obligations a commitment's money or quantity falls due in, per year
 * or per tranche, adding up to the stated figure (see checkSchedule). A new schedule replaces the
 * last one and must say why; it may not drop an obligation that fulfilment evidence is aimed at.
 */
import { z } from 'zod';
import { parseFuzzyDate } from '../../domain/dates.ts';
import { conflict, invalid } from '../../domain/errors.ts';
import type { ScheduledObligation } from '../../domain/events.ts';
import { assertMayKeepCommitment, checkSchedule } from '../../domain/guarantee-commitment.ts';
import { getCommitment, obligationIds } from '../../store/repositories/guarantees.ts';
import { defineCommand } from '../command.ts';
import { idSchema, reasonSchema } from '../schemas.ts';
import { obligationSchema, sourcesSchema } from './inputs.ts';

export const setCommitmentSchedule = defineCommand({
  name: 'set-commitment-schedule',
  summary: "Set a commitment's schedule of obligations (per year or per tranche), adding up to its stated figure",
  input: z.object({
    commitmentId: idSchema,
    obligations: z.array(obligationSchema).min(1, 'list at least one obligation').max(100),
    reason: reasonSchema.optional(),
    sources: sourcesSchema,
  }),
  roles: ['ally', 'coordinator'],
  async load(tx, i) {
    const aimed = await tx.query<{ obligation_id: string }>(
      'SELECT DISTINCT obligation_id FROM guarantee_fulfilments WHERE commitment_id = $1 AND obligation_id IS NOT NULL AND NOT withdrawn ORDER BY obligation_id',
      [i.commitmentId],
    );
    return { commitment: await getCommitment(tx, i.commitmentId), current: await obligationIds(tx, i.commitmentId), aimed: aimed.map((r) => r.obligation_id) };
  },
  decide({ commitment, current, aimed }, i, ctx) {
    assertMayKeepCommitment(ctx.actor, commitment, 'set its schedule');
    if (ctx.actor.role === 'coordinator' && i.sources.length === 0) throw invalid('sources', 'the coordinator must cite the source of a schedule');
    if (current.length > 0 && !i.reason) throw invalid('reason', 'a new schedule replaces the current one: say why');
    const obligations: ScheduledObligation[] = i.obligations.map((o, n) => ({
      obligationId: o.obligationId,
      label: o.label ?? o.dueBy,
      dueBy: parseFuzzyDate(o.dueBy, `obligations.${n}.dueBy`),
      amount: o.amount,
      quantity: o.quantity,
      note: o.note,
    }));
    checkSchedule(commitment, obligations);
    const dropped = aimed.filter((id) => !obligations.some((o) => o.obligationId === id));
    if (dropped.length > 0) throw conflict(`fulfilment evidence is aimed at obligation '${dropped[0]}'; keep it in the schedule, or withdraw that evidence first`);
    return [{ type: 'CommitmentScheduleSet', stream: `commitment:${commitment.commitmentId}`, payload: { commitmentId: commitment.commitmentId, obligations, reason: i.reason, sources: i.sources } }];
  },
});
