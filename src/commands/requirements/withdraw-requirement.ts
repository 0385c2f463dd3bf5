/** withdraw-requirement: the recipient takes a line back, with a reason; it leaves the ranking. */
import { z } from 'zod';
import { assertWithdrawable } from '../../domain/requirement.ts';
import { getRequirement } from '../../store/repositories/requirements.ts';
import { defineCommand } from '../command.ts';
import { idSchema, reasonSchema } from '../schemas.ts';

export const withdrawRequirement = defineCommand({
  name: 'withdraw-requirement',
  summary: 'Withdraw a proposed, validated or priced requirement line, giving the reason',
  input: z.object({ lineId: idSchema, reason: reasonSchema }),
  roles: ['recipient'],
  load: (tx, i) => getRequirement(tx, i.lineId),
  decide(line, i) {
    assertWithdrawable(line);
    return [{ type: 'RequirementWithdrawn', stream: `requirement:${line.lineId}`, payload: { lineId: line.lineId, reason: i.reason } }];
  },
});
