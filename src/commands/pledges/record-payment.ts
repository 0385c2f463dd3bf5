/** record-payment: money paid into a committed pledge; partial payments allowed, never beyond the amount. */
import { z } from 'zod';
import type { NewEvent } from '../../domain/events.ts';
import { fromJson } from '../../domain/money.ts';
import { assertMayManage, checkPayment } from '../../domain/pledge.ts';
import { getPledge } from '../../store/repositories/pledges.ts';
import { defineCommand } from '../command.ts';
import { idSchema, isoDay, positiveMoneySchema } from '../schemas.ts';

export const recordPayment = defineCommand({
  name: 'record-payment',
  summary: 'Record a payment into a committed pledge (the pledge becomes paid when fully paid)',
  input: z.object({
    pledgeId: idSchema,
    amount: positiveMoneySchema,
    paidOn: isoDay,
    reference: z.string().trim().max(200).optional(),
  }),
  roles: ['ally', 'coordinator'],
  load: (tx, i) => getPledge(tx, i.pledgeId),
  decide(pledge, i, ctx) {
    assertMayManage(pledge, ctx.actor, 'record a payment into it');
    const { fullyPaid } = checkPayment(pledge, fromJson(i.amount));
    const stream = `pledge:${pledge.pledgeId}`;
    const events: NewEvent[] = [
      {
        type: 'PaymentRecorded',
        stream,
        payload: { pledgeId: pledge.pledgeId, paymentId: ctx.newId('payment'), amount: i.amount, paidOn: i.paidOn, reference: i.reference },
      },
    ];
    if (fullyPaid) {
      events.push({ type: 'PledgeStateChanged', stream, payload: { pledgeId: pledge.pledgeId, from: pledge.state, to: 'paid' } });
    }
    return events;
  },
});
