/**
 * allocate-funds: the coordinator assigns part of a counting pledge to a package, in the pledge's
 * currency. It is valued in USD at the FX rate of the allocation date (through EUR when no direct
 * rate exists); the allocation that reaches the price funds the package.
 */
import { z } from 'zod';
import { allocate } from '../../domain/allocation.ts';
import { conflict } from '../../domain/errors.ts';
import { fromJson } from '../../domain/money.ts';
import { findAllocation, ratesFor } from '../../store/repositories/allocations.ts';
import { getPackage } from '../../store/repositories/packages.ts';
import { getPledge } from '../../store/repositories/pledges.ts';
import { defineCommand } from '../command.ts';
import { idSchema, positiveMoneySchema } from '../schemas.ts';

export const allocateFunds = defineCommand({
  name: 'allocate-funds',
  summary: "Allocate part of a committed or paid pledge to a package, in the pledge's currency",
  input: z.object({
    allocationId: idSchema.optional(),
    pledgeId: idSchema,
    packageId: idSchema,
    amount: positiveMoneySchema,
  }),
  roles: ['coordinator'],
  async load(tx, i) {
    const pledge = await getPledge(tx, i.pledgeId);
    const pkg = await getPackage(tx, i.packageId);
    const idTaken = i.allocationId !== undefined && (await findAllocation(tx, i.allocationId)) !== undefined;
    return { pledge, pkg, idTaken, rates: await ratesFor(tx, i.amount.currency) };
  },
  decide({ pledge, pkg, idTaken, rates }, i, ctx) {
    if (idTaken) throw conflict(`allocation '${i.allocationId}' already exists`);
    return allocate(pledge, pkg, fromJson(i.amount), {
      allocationId: i.allocationId ?? ctx.newId('alloc'),
      date: ctx.now.slice(0, 10),
      rates,
    });
  },
});
