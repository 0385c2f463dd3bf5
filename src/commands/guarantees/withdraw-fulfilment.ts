/** withdraw-fulfilment: takes back evidence linked to a commitment (kept in the record, counted nowhere), with the reason; its money may then count elsewhere. */
import { z } from 'zod';
import { conflict, notFound } from '../../domain/errors.ts';
import { assertMayKeepCommitment } from '../../domain/guarantee-commitment.ts';
import { findFulfilment, getCommitment } from '../../store/repositories/guarantees.ts';
import { defineCommand } from '../command.ts';
import { idSchema, reasonSchema } from '../schemas.ts';

export const withdrawFulfilment = defineCommand({
  name: 'withdraw-fulfilment',
  summary: 'Withdraw fulfilment evidence from a commitment, with the reason (it stays in the record and counts nowhere)',
  input: z.object({ fulfilmentId: idSchema, reason: reasonSchema }),
  roles: ['ally', 'coordinator'],
  async load(tx, i) {
    const f = await findFulfilment(tx, i.fulfilmentId);
    return { f, commitment: f ? await getCommitment(tx, f.commitmentId) : undefined };
  },
  decide({ f, commitment }, i, ctx) {
    if (!f || !commitment) throw notFound('fulfilment', i.fulfilmentId);
    assertMayKeepCommitment(ctx.actor, commitment, 'withdraw its fulfilment evidence');
    if (f.withdrawn) throw conflict(`fulfilment '${f.fulfilmentId}' is already withdrawn`);
    return [{ type: 'FulfilmentWithdrawn', stream: `commitment:${commitment.commitmentId}`, payload: { fulfilmentId: f.fulfilmentId, reason: i.reason } }];
  },
});
