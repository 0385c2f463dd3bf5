/** validate-requirement: NATO coordination confirms a proposed line belongs on the list. */
import { z } from 'zod';
import { assertValidatable } from '../../domain/requirement.ts';
import { getRequirement } from '../../store/repositories/requirements.ts';
import { defineCommand } from '../command.ts';
import { idSchema } from '../schemas.ts';

export const validateRequirement = defineCommand({
  name: 'validate-requirement',
  summary: 'Validate a proposed requirement line',
  input: z.object({ lineId: idSchema }),
  roles: ['coordinator'],
  load: (tx, i) => getRequirement(tx, i.lineId),
  decide(line) {
    assertValidatable(line);
    return [{ type: 'RequirementValidated', stream: `requirement:${line.lineId}`, payload: { lineId: line.lineId } }];
  },
});
