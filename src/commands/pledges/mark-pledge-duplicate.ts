/**
 * mark-pledge-duplicate: records that a pledge is probably the same money as an earlier one. Both
 * stay in the record, linked; only the original counts. Chains are refused either way (linking to a
 * duplicate, or marking a pledge that others point to) so "counted once" holds.
 */
import { z } from 'zod';
import { conflict, invalid } from '../../domain/errors.ts';
import { assertMayManage } from '../../domain/pledge.ts';
import { getPledge } from '../../store/repositories/pledges.ts';
import { defineCommand } from '../command.ts';
import { idSchema, reasonSchema } from '../schemas.ts';

export const markPledgeDuplicate = defineCommand({
  name: 'mark-pledge-duplicate',
  summary: 'Mark a pledge as a probable duplicate of another (kept, linked, counted once)',
  input: z.object({ pledgeId: idSchema, duplicateOf: idSchema, reason: reasonSchema }),
  roles: ['ally', 'coordinator'],
  async load(tx, i) {
    const linked = await tx.query<{ pledge_id: string }>('SELECT pledge_id FROM pledges WHERE duplicate_of = $1 ORDER BY pledge_id LIMIT 1', [i.pledgeId]);
    return { pledge: await getPledge(tx, i.pledgeId), original: await getPledge(tx, i.duplicateOf), linkedDuplicate: linked[0]?.pledge_id ?? null };
  },
  decide({ pledge, original, linkedDuplicate }, i, ctx) {
    assertMayManage(pledge, ctx.actor, 'mark it as a duplicate');
    if (pledge.pledgeId === original.pledgeId) throw invalid('duplicateOf', 'a pledge cannot duplicate itself');
    if (original.duplicateOf !== null) throw conflict(`pledge '${original.pledgeId}' is itself a duplicate of '${original.duplicateOf}'; link to that one`);
    if (pledge.duplicateOf !== null) throw conflict(`pledge '${pledge.pledgeId}' is already marked as a duplicate of '${pledge.duplicateOf}'`);
    // A pledge others already point to stays an original; otherwise they would point to a duplicate.
    if (linkedDuplicate !== null) throw conflict(`pledge '${pledge.pledgeId}' is the original of '${linkedDuplicate}'; it cannot itself be a duplicate`);
    if (pledge.allocated > 0n || pledge.paid > 0n) throw conflict(`pledge '${pledge.pledgeId}' has money allocated or paid; it cannot be a duplicate`);
    return [
      {
        type: 'PledgeMarkedDuplicate',
        stream: `pledge:${pledge.pledgeId}`,
        payload: { pledgeId: pledge.pledgeId, duplicateOf: original.pledgeId, reason: i.reason },
      },
    ];
  },
});
