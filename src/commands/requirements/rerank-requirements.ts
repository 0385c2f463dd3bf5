/**
 * rerank-requirements: the recipient re-orders the active lines, either by naming the full new order
 * or by moving one line to a new rank. Both are recorded as one RequirementsReranked with the full order.
 */
import { z } from 'zod';
import { badTransition, notFound } from '../../domain/errors.ts';
import { checkFullOrder, isActive, moveLine, type Ranking, type Requirement } from '../../domain/requirement.ts';
import { activeRanking, findRequirement } from '../../store/repositories/requirements.ts';
import { defineCommand } from '../command.ts';
import { idSchema } from '../schemas.ts';

export const rerankRequirementsInput = z
  .object({
    order: z.array(idSchema).min(1).max(5000).optional().describe('The full new order of the active lines, most urgent first'),
    lineId: idSchema.optional().describe('With toRank: the one line to move'),
    toRank: z.number().int().min(1).max(5000).optional().describe('With lineId: its new rank (1 = most urgent)'),
    reason: z.string().trim().max(2000).optional(),
  })
  .superRefine((v, ctx) => {
    const full = v.order !== undefined;
    const move = v.lineId !== undefined || v.toRank !== undefined;
    if (full && move) ctx.addIssue({ code: 'custom', path: ['order'], message: 'give either order, or lineId with toRank, not both' });
    if (!full && !move) ctx.addIssue({ code: 'custom', path: ['order'], message: 'give the full new order, or lineId with toRank' });
    if (move && v.lineId === undefined) ctx.addIssue({ code: 'custom', path: ['lineId'], message: 'name the line to move' });
    if (move && v.toRank === undefined) ctx.addIssue({ code: 'custom', path: ['toRank'], message: 'give the new rank' });
  });

export const rerankRequirements = defineCommand({
  name: 'rerank-requirements',
  summary: 'Re-rank the active requirement lines: a full new order, or one line moved to a new rank',
  input: rerankRequirementsInput,
  roles: ['recipient'],
  async load(tx, input): Promise<{ ranking: Ranking; moved: Requirement | undefined }> {
    const moved = input.lineId !== undefined ? await findRequirement(tx, input.lineId) : undefined;
    return { ranking: await activeRanking(tx), moved };
  },
  decide({ ranking, moved }, input) {
    let order: string[];
    if (input.order !== undefined) {
      order = checkFullOrder(ranking, input.order);
    } else {
      const lineId = input.lineId!;
      if (!moved) throw notFound('requirement', lineId);
      if (!isActive(moved.status)) throw badTransition('requirement', lineId, moved.status, 're-rank it (it has left the ranking)');
      order = moveLine(ranking, lineId, input.toRank!);
    }
    return [{ type: 'RequirementsReranked', stream: 'list:ranking', payload: { order, reason: input.reason } }];
  },
});
