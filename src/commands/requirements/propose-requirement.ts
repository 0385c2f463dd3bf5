/** propose-requirement: the recipient adds a line to the prioritized list; it joins at the end of the ranking. */
import { z } from 'zod';
import { conflict } from '../../domain/errors.ts';
import { fromJson } from '../../domain/money.ts';
import { CAPABILITY_AREAS, checkLineTotal, nextRank } from '../../domain/requirement.ts';
import { activeRanking, findRequirement } from '../../store/repositories/requirements.ts';
import { defineCommand } from '../command.ts';
import { idSchema, isoMonth, quantitySchema, usdMoneySchema } from '../schemas.ts';

export const capabilityAreaSchema = z.enum(CAPABILITY_AREAS, {
  error: (i) => `'${String(i.input)}' is not a capability area (${CAPABILITY_AREAS.join(', ')})`,
});

export const proposeRequirementInput = z.object({
  lineId: idSchema.optional(),
  capabilityArea: capabilityAreaSchema,
  item: z.string().trim().min(2, 'name the item (at least 2 characters)').max(200),
  quantity: quantitySchema,
  unit: z.string().trim().min(1, 'name the unit (e.g. "missile", "round", "system")').max(40),
  estimatedUnitPrice: usdMoneySchema,
  neededBy: isoMonth,
  partialAllowed: z.boolean().default(false),
  /** True for invented demonstration lines, which views must label as such. */
  illustrative: z.boolean().default(false),
});

export type ProposeRequirementInput = z.infer<typeof proposeRequirementInput>;

export const proposeRequirement = defineCommand({
  name: 'propose-requirement',
  summary: 'Propose a requirement line; it is ranked last until the list is re-ranked',
  input: proposeRequirementInput,
  roles: ['recipient'],
  async load(tx, input) {
    const idTaken = input.lineId ? (await findRequirement(tx, input.lineId)) !== undefined : false;
    return { idTaken, ranking: await activeRanking(tx) };
  },
  decide(state, input, ctx) {
    checkLineTotal(BigInt(input.quantity), fromJson(input.estimatedUnitPrice, 'estimatedUnitPrice'), 'estimatedUnitPrice.minor');
    if (state.idTaken) throw conflict(`requirement '${input.lineId}' already exists`);
    const lineId = input.lineId ?? ctx.newId('req');
    return [
      {
        type: 'RequirementProposed',
        stream: `requirement:${lineId}`,
        payload: {
          lineId,
          capabilityArea: input.capabilityArea,
          item: input.item,
          quantity: input.quantity,
          unit: input.unit,
          estimatedUnitPrice: input.estimatedUnitPrice,
          neededBy: input.neededBy,
          partialAllowed: input.partialAllowed,
          rank: nextRank(state.ranking),
          illustrative: input.illustrative,
        },
      },
    ];
  },
});
