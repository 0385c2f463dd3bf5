/** change-pledge-amount: a new amount, with the reason and optionally its source; never a silent edit. */
import { z } from 'zod';
import { fromJson, toJson } from '../../domain/money.ts';
import { assertMayManage, checkAmountChange } from '../../domain/pledge.ts';
import { getPledge } from '../../store/repositories/pledges.ts';
import { defineCommand } from '../command.ts';
import { idSchema, positiveMoneySchema, reasonSchema, sourceSchema } from '../schemas.ts';

export const changePledgeAmount = defineCommand({
  name: 'change-pledge-amount',
  summary: 'Change the amount of a pledge, giving the reason',
  input: z.object({ pledgeId: idSchema, amount: positiveMoneySchema, reason: reasonSchema, source: sourceSchema.optional() }),
  roles: ['ally', 'coordinator'],
  load: (tx, i) => getPledge(tx, i.pledgeId),
  decide(pledge, i, ctx) {
    assertMayManage(pledge, ctx.actor, 'change its amount');
    checkAmountChange(pledge, fromJson(i.amount));
    return [
      {
        type: 'PledgeAmountChanged',
        stream: `pledge:${pledge.pledgeId}`,
        payload: { pledgeId: pledge.pledgeId, from: pledge.amount ? toJson(pledge.amount) : null, to: i.amount, reason: i.reason, source: i.source },
      },
    ];
  },
});
