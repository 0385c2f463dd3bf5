/** Projections of allocations: parts of pledges assigned to packages. */
import type { Handlers } from './projector.ts';

export const allocationHandlers: Handlers<'FundsAllocated' | 'AllocationReleased'> = {
  async FundsAllocated(tx, e) {
    const p = e.payload;
    await tx.query(
      `INSERT INTO allocations (allocation_id, pledge_id, package_id, amount_minor, currency, usd_minor, fx, allocated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)`,
      [p.allocationId, p.pledgeId, p.packageId, p.amount.minor, p.amount.currency, p.usdValue.minor, JSON.stringify(p.fx), e.recordedAt],
    );
  },
  async AllocationReleased(tx, e) {
    await tx.query('UPDATE allocations SET released = true, released_reason = $2 WHERE allocation_id = $1', [e.payload.allocationId, e.payload.reason]);
  },
};
