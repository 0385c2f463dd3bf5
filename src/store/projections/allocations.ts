/** Projections of allocations: parts of pledges assigned to packages. */
import type { Handlers } from './projector.ts';

const todo = async (): Promise<void> => {
  throw new Error('allocation projections are not written yet');
};

export const allocationHandlers: Handlers<'FundsAllocated' | 'AllocationReleased'> = {
  FundsAllocated: todo,
  AllocationReleased: todo,
};
