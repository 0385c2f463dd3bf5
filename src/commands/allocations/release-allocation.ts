/** release-allocation: the coordinator takes an allocation back before the package is contracted (reason required). */
import { z } from 'zod';
import { release } from '../../domain/allocation.ts';
import { getAllocation } from '../../store/repositories/allocations.ts';
import { getPackage } from '../../store/repositories/packages.ts';
import { defineCommand } from '../command.ts';
import { idSchema, reasonSchema } from '../schemas.ts';

export const releaseAllocation = defineCommand({
  name: 'release-allocation',
  summary: 'Release an allocation before its package is contracted; a funded package that falls short returns to funding',
  input: z.object({ allocationId: idSchema, reason: reasonSchema }),
  roles: ['coordinator'],
  async load(tx, i) {
    const allocation = await getAllocation(tx, i.allocationId);
    return { allocation, pkg: await getPackage(tx, allocation.packageId) };
  },
  decide: ({ allocation, pkg }, i) => release(allocation, pkg, i.reason),
});
