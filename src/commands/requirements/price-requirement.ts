/** price-requirement: the US supplier prices a validated line (or re-prices a priced one) and says how available it is. */
import { z } from 'zod';
import { fromJson } from '../../domain/money.ts';
import { checkPricing } from '../../domain/requirement.ts';
import { getRequirement } from '../../store/repositories/requirements.ts';
import { defineCommand } from '../command.ts';
import { idSchema, usdMoneySchema } from '../schemas.ts';

export const priceRequirement = defineCommand({
  name: 'price-requirement',
  summary: 'Price a validated requirement line in USD, with its availability; a priced line may be re-priced',
  input: z.object({
    lineId: idSchema,
    unitPrice: usdMoneySchema,
    availability: z.string().trim().min(2, 'say how available the item is (e.g. "from US stocks, 3 months")').max(500),
  }),
  roles: ['supplier'],
  load: (tx, i) => getRequirement(tx, i.lineId),
  decide(line, i) {
    checkPricing(line, fromJson(i.unitPrice, 'unitPrice'), i.availability);
    return [
      {
        type: 'RequirementPriced',
        stream: `requirement:${line.lineId}`,
        payload: { lineId: line.lineId, unitPrice: i.unitPrice, availability: i.availability },
      },
    ];
  },
});
