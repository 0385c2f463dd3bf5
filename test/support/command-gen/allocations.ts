/** Generators for allocations: parts of counting pledges assigned to open packages, and their release. */
import { viewerOf } from '../../../src/domain/classification.ts';
import { loadClearance } from '../../../src/store/queries/clearance.ts';
import { convertVia } from '../../../src/domain/fx.ts';
import type { MoneyJson } from '../../../src/domain/money.ts';
import { loadPlannerSnapshot } from '../../../src/store/queries/planner-snapshot.ts';
import { loadRates } from '../../../src/store/queries/summaries.ts';
import { findPackage } from '../../../src/store/repositories/packages.ts';
import { findPledge } from '../../../src/store/repositories/pledges.ts';
import { pick, share, type Family } from './world.ts';

/** Packages taking allocations, the most funded first (funding one package at a time gets packages to contract). */
const OPEN_PACKAGES = `SELECT p.package_id AS id FROM packages p LEFT JOIN allocations a ON a.package_id = p.package_id AND NOT a.released
  WHERE p.state IN ('prioritised', 'funding') OR (p.state = 'funded' AND p.allow_over_funding)
  GROUP BY p.package_id ORDER BY COALESCE(sum(a.usd_minor), 0) DESC, p.package_id`;
const ANY_PACKAGE = 'SELECT package_id AS id FROM packages ORDER BY package_id';
/**
 * Pledges that may fund package $2: counting, with money left, and earmarked for nothing, for this
 * package, or for the capability area of every line in it. USD ones first when $1, since they can
 * close a package's gap to the cent.
 */
const FUNDING_PLEDGES = `SELECT p.pledge_id AS id FROM pledges p
  WHERE p.state IN ('committed', 'paid') AND p.duplicate_of IS NULL
    AND p.amount_minor > (SELECT COALESCE(sum(a.amount_minor), 0) FROM allocations a WHERE a.pledge_id = p.pledge_id AND NOT a.released)
    AND (p.earmark->>'kind' = 'none'
      OR (p.earmark->>'kind' = 'package' AND p.earmark->>'packageId' = $2)
      OR (p.earmark->>'kind' = 'capability' AND NOT EXISTS (
            SELECT 1 FROM package_lines l JOIN requirements r ON r.line_id = l.line_id
             WHERE l.package_id = $2 AND lower(r.capability_area) <> lower(p.earmark->>'capabilityArea'))))
  ORDER BY (CASE WHEN $1 AND p.currency = 'USD' THEN 0 ELSE 1 END), p.pledge_id`;

export const allocationFamily: Family = {
  name: 'allocations',
  weight: 2,
  builders: {
    allocateFunds: {
      weight: 4,
      async build(w, s) {
        const open = s.percent <= 85 ? await w.ids(OPEN_PACKAGES) : [];
        if (s.percent <= 85 && open.length === 0) return w.delegate('openPackageFunding', s);
        const packageId = (s.flag ? open[0] : pick(open, s.picks[0])) ?? pick(await w.ids(ANY_PACKAGE), s.picks[0]) ?? 'missing-record';
        const counting = s.percent <= 85 ? await w.ids(FUNDING_PLEDGES, [s.flag, packageId]) : [];
        if (counting.length === 0 && s.percent <= 85) return w.delegate('commitPledge', s);
        const pledgeId = (s.flag ? counting[0] : pick(counting, s.picks[1])) ?? pick(await w.ids('SELECT pledge_id AS id FROM pledges ORDER BY pledge_id'), s.picks[1]) ?? 'missing-record';
        const pledge = await findPledge(w.db, pledgeId);
        const pkg = await findPackage(w.db, packageId);
        const available = pledge?.amount ? pledge.amount.minor - pledge.allocated : s.amount;
        const gap = pkg ? pkg.price.minor - pkg.allocations.reduce((t, a) => t + a.usdValue.minor, 0n) : s.amount;
        const currency = pledge?.amount?.currency ?? 'USD';
        const upTo = (x: bigint, limit: bigint) => (x < limit ? x : limit);
        // In USD the gap is exact: mostly take all of it (or all the pledge has). Other currencies take a
        // share of the gap counted unit for unit, which rarely overshoots at the rates the setup records.
        const wanted = currency === 'USD' && s.percent > 30 ? upTo(gap, available) : upTo(share(gap > 0n ? gap : 1n, Math.ceil(s.percent * 0.8)), available);
        return {
          cmd: 'allocateFunds',
          actor: await w.actor('coordinator'),
          input: { allocationId: w.fresh('alloc'), pledgeId, packageId, amount: { minor: (wanted > 0n ? wanted : 1n).toString(), currency } },
        };
      },
    },
    acceptPlan: {
      weight: 1,
      // A one-allocation proposal built as allocate-funds would be, valued at today's rates, against the
      // record's fingerprint now (or, one time in ten, a stale one that must be refused).
      async build(w, s) {
        const one = await w.delegate('allocateFunds', s);
        if (one.cmd !== 'allocateFunds') return one;
        const amount = one.input.amount as MoneyJson;
        const usd = convertVia(await loadRates(w.db), { minor: BigInt(amount.minor), currency: amount.currency }, 'USD', w.today());
        // A few units of a currency can be worth less than a US cent; no plan proposes that (its USD
        // value must be positive), so the allocation is made directly instead.
        if (usd && usd.money.minor <= 0n) return one;
        const snapshotHash = s.percent > 90 ? '0'.repeat(64) : (await loadPlannerSnapshot(w.db, await loadClearance(w.db, viewerOf(one.actor)))).hash;
        const { pledgeId, packageId } = one.input as { pledgeId: string; packageId: string };
        return {
          cmd: 'acceptPlan',
          actor: one.actor,
          input: { planId: `plan-${'a'.repeat(24)}`, snapshotHash, allocations: [{ pledgeId, packageId, amount, usdValue: { minor: (usd?.money.minor ?? 1n).toString(), currency: 'USD' } }] },
        };
      },
    },
    releaseAllocation: {
      weight: 1,
      async build(w, s) {
        const allocationId = await w.target(s, 'SELECT allocation_id AS id FROM allocations WHERE NOT released ORDER BY allocation_id', 'SELECT allocation_id AS id FROM allocations ORDER BY allocation_id');
        if (allocationId === null) return w.delegate('allocateFunds', s);
        return { cmd: 'releaseAllocation', actor: await w.actor('coordinator'), input: { allocationId, reason: 'the money is needed elsewhere' } };
      },
    },
  },
};
