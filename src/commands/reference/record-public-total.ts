/** record-public-total: keeps a running total somebody stated in public, as its own sourced claim. */
import { z } from 'zod';
import { conflict } from '../../domain/errors.ts';
import { defineCommand } from '../command.ts';
import { idSchema, isoDay, moneySchema, sourceSchema } from '../schemas.ts';

export const recordPublicTotal = defineCommand({
  name: 'record-public-total',
  summary: 'Record a publicly stated running total with its scope, speaker and source',
  input: z.object({
    claimId: idSchema,
    date: isoDay,
    amount: moneySchema.nullable(),
    scope: z.string().trim().min(2).max(500),
    packagesCount: z.number().int().min(0).max(1000).optional(),
    contributorsCount: z.number().int().min(0).max(1000).optional(),
    saidBy: z.string().trim().min(2).max(300),
    sources: z.array(sourceSchema).min(1, 'cite at least one source').max(10),
    note: z.string().max(2000).optional(),
  }),
  roles: ['coordinator'],
  load: async (tx, i) => (await tx.query('SELECT 1 FROM public_totals WHERE claim_id = $1', [i.claimId])).length > 0,
  decide(exists, i) {
    if (exists) throw conflict(`public total '${i.claimId}' already exists`);
    return [{ type: 'PublicTotalRecorded', stream: `claim:${i.claimId}`, payload: i }];
  },
});
