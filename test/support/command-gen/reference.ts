/** Generators for reference data: organizations, FX rates and public running totals. */
import { ROLES, type Role } from '../../../src/domain/actors.ts';
import type { Currency } from '../../../src/domain/money.ts';
import { pick, type Family } from './world.ts';

/** Pairs the allocations need (every pledge currency reaches USD, directly or through EUR), and one bad pair. */
const PAIRS: [Currency, Currency][] = [
  ['EUR', 'USD'],
  ['GBP', 'USD'],
  ['NOK', 'EUR'],
  ['CAD', 'USD'],
  ['SEK', 'EUR'],
  ['EUR', 'EUR'],
];

const COUNTRIES = ['FR', 'IT', 'GR', 'HR', 'RO', 'CZ'];

export const referenceFamily: Family = {
  name: 'reference',
  weight: 1,
  builders: {
    registerOrganization: {
      weight: 2,
      async build(w, s) {
        const existing = await w.ids('SELECT org_id AS id FROM organizations ORDER BY org_id');
        const orgId = s.percent <= 10 ? (pick(existing, s.picks[0]) ?? 'nato') : w.fresh('org');
        const role: Role = s.flag ? 'ally' : ROLES[s.picks[1] % ROLES.length]!;
        return {
          cmd: 'registerOrganization',
          actor: await w.actor('coordinator'),
          input: { orgId, name: `Organization ${orgId}`, role, ...(s.picks[2] % 2 ? { country: pick(COUNTRIES, s.picks[3]) } : {}) },
        };
      },
    },
    recordFxRate: {
      weight: 2,
      async build(w, s) {
        const [base, quote] = pick(PAIRS, s.picks[0] % (s.percent <= 5 ? PAIRS.length : PAIRS.length - 1))!;
        const day = new Date(w.now().getTime() - (s.picks[1] % 30) * 86_400_000).toISOString().slice(0, 10);
        const rate = `${1n + (s.amount % 12n)}.${(s.amount % 10_000n).toString().padStart(4, '0')}`;
        return { cmd: 'recordFxRate', actor: await w.actor('coordinator'), input: { date: day, base, quote, rate, source: 'ECB reference rate (generated)' } };
      },
    },
    recordPublicTotal: {
      weight: 1,
      async build(w, s) {
        const existing = await w.ids('SELECT claim_id AS id FROM public_totals ORDER BY claim_id');
        return {
          cmd: 'recordPublicTotal',
          actor: await w.actor('coordinator'),
          input: {
            claimId: s.percent <= 10 ? (pick(existing, s.picks[0]) ?? 'claim-0') : w.fresh('claim'),
            date: w.today(),
            amount: s.flag ? { minor: s.amount.toString(), currency: 'USD' } : null,
            scope: 'committed to PURL packages',
            ...(s.picks[1] % 2 ? { packagesCount: s.picks[2] % 12 } : {}),
            saidBy: 'a spokesperson',
            sources: [{ url: 'https://example.org/total', tier: 'A' }],
          },
        };
      },
    },
  },
};
