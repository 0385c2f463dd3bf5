/** Generators for the pledge commands: announce, the state moves, payments, amount changes, duplicates. */
import type { Actor } from '../../../src/domain/actors.ts';
import type { Currency } from '../../../src/domain/money.ts';
import { CAPABILITY_AREAS } from '../../../src/domain/requirement.ts';
import { findPledge } from '../../../src/store/repositories/pledges.ts';
import { pick, share, type Attempt, type CommandKey, type Family, type Step, type World } from './world.ts';

/** USD twice: USD pledges are the ones that can fund a package to the cent. */
const CURRENCIES: Currency[] = ['USD', 'USD', 'EUR', 'NOK', 'GBP', 'CAD', 'SEK'];

const ANY = 'SELECT pledge_id AS id FROM pledges ORDER BY pledge_id';
const IN_STATES = 'SELECT pledge_id AS id FROM pledges WHERE state = ANY($1) ORDER BY pledge_id';
const LIVE = ['announced', 'pledged', 'committed'];
const NOT_DUPLICATE_IN_STATES = 'SELECT pledge_id AS id FROM pledges WHERE state = ANY($1) AND duplicate_of IS NULL ORDER BY pledge_id';

/** A contributor of the pledge most of the time, otherwise the coordinator. */
async function managerOf(w: World, pledgeId: string, s: Step): Promise<Actor> {
  if (s.picks[3] % 10 < 4) return w.actor('coordinator');
  const orgs = await w.ids('SELECT org_id AS id FROM pledge_contributors WHERE pledge_id = $1 ORDER BY position', [pledgeId]);
  const orgId = pick(orgs, s.picks[2]);
  return orgId ? { orgId, role: 'ally', userId: 'generator' } : w.actor('coordinator');
}

/** A plain state move: a pledge in one of `states`, its manager (or the coordinator), a reason when asked. */
function move(cmd: CommandKey, states: string[], opts: { weight: number; reason: boolean; coordinatorOnly?: boolean; prerequisite: CommandKey }) {
  return {
    weight: opts.weight,
    async build(w: World, s: Step): Promise<Attempt> {
      const pledgeId = await w.target(s, IN_STATES, ANY, [states]);
      if (pledgeId === null) return w.delegate(opts.prerequisite, s);
      const actor = opts.coordinatorOnly ? await w.actor('coordinator') : await managerOf(w, pledgeId, s);
      return { cmd, actor, input: { pledgeId, ...(opts.reason || s.flag ? { reason: `generated ${cmd}` } : {}) } };
    },
  };
}

export const pledgeFamily: Family = {
  name: 'pledges',
  weight: 4,
  builders: {
    announcePledge: {
      weight: 5,
      async build(w, s) {
        const allies = await w.ids(`SELECT org_id AS id FROM organizations WHERE role = 'ally' ORDER BY org_id`);
        const count = 1 + (s.picks[1] % 3);
        const contributors = [...new Set(Array.from({ length: count }, (_, i) => pick(allies, s.picks[0] + i * 7) ?? 'no-ally'))];
        const currency = pick(CURRENCIES, s.picks[2])!;
        const byCoordinator = s.picks[3] % 10 < 3;
        // Now and then an Ally announces a pledge it is not part of: refused as forbidden.
        const outsider = s.percent > 97 ? allies.find((a) => !contributors.includes(a)) : undefined;
        const actor: Actor = byCoordinator ? await w.actor('coordinator') : { orgId: outsider ?? contributors[0]!, role: 'ally', userId: 'generator' };
        const packages = await w.ids('SELECT package_id AS id FROM packages ORDER BY package_id');
        const earmark =
          s.percent % 10 === 0 && packages.length > 0
            ? { kind: 'package', packageId: pick(packages, s.picks[1])! }
            : s.percent % 10 === 1
              ? { kind: 'capability', capabilityArea: pick(CAPABILITY_AREAS, s.picks[2])! }
              : { kind: 'none' };
        const amount = s.percent <= 12 ? { amount: null, amountMissingReason: 'classified' } : { amount: { minor: s.amount.toString(), currency } };
        return {
          cmd: 'announcePledge',
          actor,
          input: {
            pledgeId: w.fresh('p'),
            contributors: contributors.map((orgId, i) => (i === 1 && s.flag ? { orgId, share: { minor: '100000', currency: 'EUR' } } : { orgId })),
            ...amount,
            qualifier: s.flag ? 'exact' : 'about',
            earmark,
            announcedOn: s.picks[0] % 3 === 0 ? w.month() : w.today(),
            sources: byCoordinator || s.flag ? [{ url: 'https://example.org/pledge', publisher: 'Gov', tier: 'A' }] : [],
          },
        };
      },
    },
    confirmPledge: move('confirmPledge', ['announced'], { weight: 2, reason: false, prerequisite: 'announcePledge' }),
    commitPledge: {
      weight: 4,
      async build(w, s) {
        // Pledges with an amount: one without cannot be committed (a natural refusal the 15% still meet).
        const pledgeId = await w.target(s, `SELECT pledge_id AS id FROM pledges WHERE state IN ('announced', 'pledged') AND amount_minor IS NOT NULL ORDER BY pledge_id`, ANY);
        if (pledgeId === null) return w.delegate('announcePledge', s);
        return { cmd: 'commitPledge', actor: await managerOf(w, pledgeId, s), input: { pledgeId } };
      },
    },
    withdrawPledge: move('withdrawPledge', LIVE, { weight: 1, reason: true, prerequisite: 'announcePledge' }),
    lapsePledge: move('lapsePledge', ['announced', 'pledged'], { weight: 1, reason: true, coordinatorOnly: true, prerequisite: 'announcePledge' }),
    cancelPledge: move('cancelPledge', LIVE, { weight: 1, reason: true, prerequisite: 'announcePledge' }),
    recordPayment: {
      weight: 3,
      async build(w, s) {
        const pledgeId = await w.target(s, IN_STATES, ANY, [['committed']]);
        if (pledgeId === null) return w.delegate('commitPledge', s);
        const p = await findPledge(w.db, pledgeId);
        const left = p?.amount ? p.amount.minor - p.paid : s.amount;
        // Mostly part or all of what is left; now and then one unit too much (refused as a conflict).
        const minor = s.percent > 96 ? left + 1n : s.flag ? left : share(left, s.percent);
        return {
          cmd: 'recordPayment',
          actor: await managerOf(w, pledgeId, s),
          input: { pledgeId, amount: { minor: (minor > 0n ? minor : 1n).toString(), currency: p?.amount?.currency ?? 'USD' }, paidOn: w.today(), reference: `pay ${s.picks[1]}` },
        };
      },
    },
    changePledgeAmount: {
      weight: 2,
      async build(w, s) {
        const pledgeId = await w.target(s, IN_STATES, ANY, [LIVE]);
        if (pledgeId === null) return w.delegate('announcePledge', s);
        const p = await findPledge(w.db, pledgeId);
        const floor = p ? (p.paid > p.allocated ? p.paid : p.allocated) : 0n;
        const currency = s.percent <= 5 ? 'NOK' : (p?.amount?.currency ?? pick(CURRENCIES, s.picks[1])!);
        return {
          cmd: 'changePledgeAmount',
          actor: await managerOf(w, pledgeId, s),
          input: { pledgeId, amount: { minor: (floor + s.amount).toString(), currency }, reason: 'the ministry corrected the figure' },
        };
      },
    },
    markPledgeDuplicate: {
      weight: 2,
      async build(w, s) {
        const pledgeId = await w.target(s, NOT_DUPLICATE_IN_STATES, ANY, [['announced', 'pledged']]);
        if (pledgeId === null) return w.delegate('announcePledge', s);
        const originals = await w.ids('SELECT pledge_id AS id FROM pledges WHERE duplicate_of IS NULL AND pledge_id <> $1 ORDER BY pledge_id', [pledgeId]);
        const duplicateOf = s.percent <= 90 ? (pick(originals, s.picks[1]) ?? pledgeId) : (pick(await w.ids(ANY), s.picks[1]) ?? pledgeId);
        return { cmd: 'markPledgeDuplicate', actor: await managerOf(w, pledgeId, s), input: { pledgeId, duplicateOf, reason: 'the same money announced twice' } };
      },
    },
  },
};
