/** reject-requirement: NATO coordination turns a line down, with a reason; it leaves the ranking. */
import { z } from 'zod';
import { assertRejectable } from '../../domain/requirement.ts';
import { getRequirement } from '../../store/repositories/requirements.ts';
import { defineCommand } from '../command.ts';
import { idSchema, reasonSchema } from '../schemas.ts';

export const rejectRequirement = defineCommand({
  name: 'reject-requirement',
  summary: 'Reject a proposed, validated or priced requirement line, giving the reason',
  input: z.object({ lineId: idSchema, reason: reasonSchema }),
  roles: ['coordinator'],
  load: (tx, i) => getRequirement(tx, i.lineId),
  decide(line, i) {
    assertRejectable(line);
    return [{ type: 'RequirementRejected', stream: `requirement:${line.lineId}`, payload: { lineId: line.lineId, reason: i.reason } }];
  },
});
