/**
 * Generators for the security-guarantees commands: frameworks and their legal status, negotiation
 * milestones, commitments, schedules, and fulfilment evidence linking parts of pledges, payments
 * and deliveries. Most attempts act on records in the state they need (a valid next status, a
 * schedule that adds up, a pledge part that fits); the rest exercise the refusals.
 */
import type { Actor } from '../../../src/domain/actors.ts';
import type { CommitmentTerms, LegalStatus } from '../../../src/domain/events.ts';
import { OPERATOR_VIEWER } from '../../../src/domain/classification.ts';
import { loadClearance } from '../../../src/store/queries/clearance.ts';
import { nextStatuses, LEGAL_STATUSES } from '../../../src/domain/guarantee-status.ts';
import { BINDING_LEVEL_NAMES, PILLARS, STANCES, type BindingLevel } from '../../../src/domain/guarantee-vocabulary.ts';
import type { Currency } from '../../../src/domain/money.ts';
import type { Queryable } from '../../../src/store/db.ts';
import { openRegistryView } from '../../../src/store/queries/guarantee-views.ts';
import { findCommitment, findFramework } from '../../../src/store/repositories/guarantees.ts';
import { pick, share, type Attempt, type Family, type Step, type World } from './world.ts';

const ANY_FRAMEWORK = 'SELECT framework_id AS id FROM guarantee_frameworks ORDER BY framework_id';
const OPEN_FRAMEWORKS = `SELECT framework_id AS id FROM guarantee_frameworks WHERE status NOT IN ('expired', 'withdrawn') ORDER BY framework_id`;
const ANY_COMMITMENT = 'SELECT commitment_id AS id FROM guarantee_commitments ORDER BY commitment_id';
const MEASURED_COMMITMENTS = `SELECT commitment_id AS id FROM guarantee_commitments WHERE terms->>'kind' IN ('money', 'quantity') ORDER BY commitment_id`;
const FULFILLABLE = `SELECT commitment_id AS id FROM guarantee_commitments WHERE stance <> 'ruled_out' ORDER BY commitment_id`;
const CURRENCIES: Currency[] = ['EUR', 'USD', 'NOK', 'SEK', 'GBP', 'CAD'];
const STATUSES_AT_START: LegalStatus[] = ['discussed', 'proposed', 'signed', 'in_force'];
const SOURCES = [{ url: 'https://example.org/guarantee', publisher: 'Gov', tier: 'A' }];

/** Who keeps a framework: the coordinator when it is public record (mostly), else one of its parties. */
async function keeperOfFramework(w: World, frameworkId: string, s: Step): Promise<Actor> {
  const fw = await findFramework(w.db, frameworkId);
  if (!fw || (fw.publicRecord && s.picks[3] % 10 < 6)) return w.actor('coordinator');
  const party = pick(fw.parties, s.picks[2])!;
  return { orgId: party.orgId, role: party.role === 'beneficiary' ? 'recipient' : 'ally', userId: 'generator' };
}

/** Who keeps a commitment: the coordinator for a public-record one (mostly), else a guarantor. */
async function keeperOfCommitment(w: World, commitmentId: string, s: Step): Promise<Actor> {
  const c = await findCommitment(w.db, commitmentId);
  if (!c || (c.publicRecord && s.picks[3] % 10 < 6)) return w.actor('coordinator');
  return { orgId: pick(c.guarantors, s.picks[2])!, role: 'ally', userId: 'generator' };
}

function termsFor(s: Step): CommitmentTerms {
  const currency = pick(CURRENCIES, s.picks[1])!;
  const amount = { minor: (s.amount * 100n).toString(), currency };
  switch (s.picks[0] % 6) {
    case 0:
    case 1:
      return { kind: 'money', amount, qualifier: 'exact', basis: 'total', period: { from: '2025', to: '2026', text: 'for 2025-2026' } };
    case 2:
      return { kind: 'money', amount, qualifier: 'at_least', basis: 'per_year', period: { from: '2025', to: '2027', text: 'each year 2025-2027' } };
    case 3:
      return { kind: 'gdp_share', percent: '0.25', qualifier: 'at_least', basis: 'per_year', period: { from: null, to: null, text: 'each year' } };
    case 4:
      return { kind: 'quantity', quantity: String(1 + (s.picks[2] % 40)), unit: 'aircraft', item: 'F-16', qualifier: 'exact', period: { from: null, to: '2028', text: 'by 2028' } };
    default:
      return { kind: 'qualitative' };
  }
}

/** A schedule for the commitment's terms: one that adds up most of the time, one unit off now and then. */
function scheduleFor(terms: CommitmentTerms, s: Step) {
  if (terms.kind === 'money' && terms.basis === 'per_year') {
    const years = ['2025', '2026', '2027'].slice(0, 1 + (s.picks[1] % 3));
    return years.map((y) => ({ obligationId: `y${y}`, dueBy: y, amount: terms.amount }));
  }
  const total = terms.kind === 'money' ? BigInt(terms.amount.minor) : terms.kind === 'quantity' ? BigInt(terms.quantity) : 10n;
  const first = total > 1n && s.flag ? share(total, s.percent) : total;
  const parts = first < total ? [first, total - first] : [total];
  if (s.percent > 95) parts[0] = parts[0]! + 1n;
  return parts.map((n, i) => ({
    obligationId: `t${i + 1}`,
    dueBy: `${2025 + i}`,
    ...(terms.kind === 'quantity' ? { quantity: n.toString() } : { amount: { minor: n.toString(), currency: terms.kind === 'money' ? terms.amount.currency : 'EUR' } }),
  }));
}

/** Pledges from one of `guarantors` with money in them, and what of each is not yet linked. */
async function guarantorPledges(w: World, guarantors: string[]) {
  return w.db.query<{ pledge_id: string; amount_minor: bigint; currency: Currency; linked: bigint }>(
    `SELECT p.pledge_id, p.amount_minor, p.currency,
        coalesce((SELECT sum(f.amount_minor) FROM guarantee_fulfilments f WHERE f.pledge_id = p.pledge_id AND NOT f.withdrawn AND f.currency = p.currency), 0)::bigint AS linked
       FROM pledges p
      WHERE p.amount_minor IS NOT NULL AND EXISTS (SELECT 1 FROM pledge_contributors c WHERE c.pledge_id = p.pledge_id AND c.org_id = ANY($1::text[]))
      ORDER BY p.pledge_id`,
    [guarantors],
  );
}

async function evidenceFor(w: World, s: Step, commitmentId: string): Promise<Record<string, unknown>> {
  const c = await findCommitment(w.db, commitmentId);
  if (!c) return { kind: 'pledge', pledgeId: 'missing-record', amount: { minor: '100', currency: 'EUR' } };
  const currency = c.terms.kind === 'money' ? c.terms.amount.currency : 'EUR';
  const pledges = await guarantorPledges(w, c.guarantors);
  if (c.terms.kind === 'quantity' || s.picks[1] % 5 === 0 || pledges.length === 0) {
    return {
      kind: 'delivery',
      description: 'delivered as reported',
      ...(c.terms.kind === 'quantity' ? { quantity: String(1 + (s.picks[2] % 5)) } : { amount: { minor: share(s.amount, s.percent).toString(), currency } }),
      deliveredOn: w.today(),
      sources: SOURCES,
    };
  }
  const p = pick(pledges, s.picks[2]);
  if (!p) return { kind: 'pledge', pledgeId: 'missing-record', amount: { minor: '100', currency } };
  const left = p.amount_minor - p.linked;
  // Mostly part or all of what is left; now and then one unit too much (refused: counted once).
  const minor = s.percent > 94 ? left + 1n : s.flag ? left : share(left > 0n ? left : 1n, s.percent);
  if (s.picks[3] % 4 === 0) {
    const payment = pick(await w.ids('SELECT payment_id AS id FROM payments WHERE pledge_id = $1 ORDER BY payment_id', [p.pledge_id]), s.picks[0]);
    if (payment) return { kind: 'payment', paymentId: payment, amount: { minor: share(minor > 0n ? minor : 1n, 50).toString(), currency: p.currency } };
  }
  return { kind: 'pledge', pledgeId: p.pledge_id, amount: { minor: (minor > 0n ? minor : 1n).toString(), currency: p.currency } };
}

export const guaranteeFamily: Family = {
  name: 'guarantees',
  weight: 3,
  builders: {
    registerFramework: {
      weight: 3,
      async build(w, s): Promise<Attempt> {
        const allies = await w.ids(`SELECT org_id AS id FROM organizations WHERE role = 'ally' ORDER BY org_id`);
        const guarantors = [...new Set([pick(allies, s.picks[0])!, pick(allies, s.picks[0] + 1 + (s.picks[1] % 3))!])].slice(0, 1 + (s.picks[1] % 2));
        const beneficiary = (await w.actor('recipient')).orgId;
        const byCoordinator = s.picks[3] % 10 < 5;
        const actor: Actor = byCoordinator ? await w.actor('coordinator') : s.picks[3] % 10 === 9 ? await w.actor('recipient') : { orgId: guarantors[0]!, role: 'ally', userId: 'generator' };
        const existing = await w.ids(ANY_FRAMEWORK);
        return {
          cmd: 'registerFramework',
          actor,
          input: {
            frameworkId: s.percent <= 5 ? (pick(existing, s.picks[2]) ?? 'fw-0') : w.fresh('fw'),
            kind: s.flag ? 'bilateral_agreement' : 'guarantee_under_negotiation',
            title: 'A security agreement',
            parties: [...guarantors.map((orgId, i) => ({ orgId, role: 'guarantor', ...(i === 0 ? { lead: true } : {}) })), { orgId: beneficiary, role: 'beneficiary' }],
            bindingLevel: pick(BINDING_LEVEL_NAMES, s.picks[2])!,
            status: pick(STATUSES_AT_START, s.picks[1])!,
            statusOn: s.picks[0] % 3 === 0 ? w.month() : w.today(),
            ...(s.flag ? { durationYears: 10, startsOn: w.today() } : {}),
            sources: byCoordinator || s.flag ? SOURCES : [],
            publicRecord: byCoordinator || s.percent % 2 === 0,
          },
        };
      },
    },
    changeFrameworkStatus: {
      weight: 3,
      async build(w, s) {
        const frameworkId = await w.target(s, OPEN_FRAMEWORKS, ANY_FRAMEWORK);
        if (frameworkId === null) return w.delegate('registerFramework', s);
        const fw = await findFramework(w.db, frameworkId);
        const binding: BindingLevel = fw?.bindingLevel ?? 'unknown';
        const allowed = fw ? nextStatuses(fw, binding) : [];
        const correction = s.percent > 90;
        const to = s.percent <= 80 && allowed.length > 0 ? allowed[s.picks[1] % allowed.length]! : pick(LEGAL_STATUSES, s.picks[1])!;
        return {
          cmd: 'changeFrameworkStatus',
          actor: await keeperOfFramework(w, frameworkId, s),
          input: { frameworkId, to, effectiveOn: w.today(), correction, ...(correction ? { reason: 'the record was wrong' } : {}), sources: SOURCES },
        };
      },
    },
    recordNegotiationMilestone: {
      weight: 3,
      async build(w, s) {
        const frameworkId = await w.target(s, ANY_FRAMEWORK, ANY_FRAMEWORK);
        if (frameworkId === null) return w.delegate('registerFramework', s);
        const fw = await findFramework(w.db, frameworkId);
        return {
          cmd: 'recordNegotiationMilestone',
          actor: await keeperOfFramework(w, frameworkId, s),
          input: {
            milestoneId: s.percent <= 3 ? (pick(await w.ids('SELECT milestone_id AS id FROM guarantee_milestones ORDER BY 1'), 0) ?? 'm-0') : w.fresh('m'),
            frameworkId,
            on: w.today(),
            kind: 'meeting',
            title: 'Talks on guarantees',
            participants: (fw?.parties ?? []).map((p) => ({ name: `Minister of ${p.orgId}`, orgId: p.orgId })),
            topics: [pick(PILLARS, s.picks[1])!],
            outcome: 'talks continue',
            sources: SOURCES,
          },
        };
      },
    },
    recordCommitment: {
      weight: 4,
      async build(w, s) {
        const frameworkId = await w.target(s, ANY_FRAMEWORK, ANY_FRAMEWORK);
        if (frameworkId === null) return w.delegate('registerFramework', s);
        const fw = await findFramework(w.db, frameworkId);
        const guarantorParties = (fw?.parties ?? []).filter((p) => p.role === 'guarantor').map((p) => p.orgId);
        const guarantors = s.percent > 95 ? ['ua-mod'] : guarantorParties.slice(0, 1 + (s.picks[2] % Math.max(1, guarantorParties.length)));
        const byCoordinator = fw?.publicRecord === true && s.picks[3] % 10 < 6;
        const actor: Actor = byCoordinator ? await w.actor('coordinator') : { orgId: guarantors[0] ?? 'nl', role: 'ally', userId: 'generator' };
        return {
          cmd: 'recordCommitment',
          actor,
          input: {
            commitmentId: s.percent <= 3 ? (pick(await w.ids(ANY_COMMITMENT), 0) ?? 'c-0') : w.fresh('c'),
            frameworkId,
            guarantors,
            pillars: [pick(PILLARS, s.picks[0])!, pick(PILLARS, s.picks[0] + 3)!],
            stance: s.picks[1] % 5 === 0 ? pick(STANCES, s.picks[2])! : 'committed',
            terms: termsFor(s),
            statement: 'Support for the armed forces',
            ...(s.flag ? { condition: 'after a ceasefire' } : {}),
            madeOn: w.today(),
            sources: byCoordinator || s.flag ? SOURCES : [],
            publicRecord: byCoordinator,
          },
        };
      },
    },
    setCommitmentSchedule: {
      weight: 3,
      async build(w, s) {
        const commitmentId = await w.target(s, MEASURED_COMMITMENTS, ANY_COMMITMENT);
        if (commitmentId === null) return w.delegate('recordCommitment', s);
        const c = await findCommitment(w.db, commitmentId);
        const hasSchedule = (await w.ids('SELECT obligation_id AS id FROM guarantee_obligations WHERE commitment_id = $1', [commitmentId])).length > 0;
        return {
          cmd: 'setCommitmentSchedule',
          actor: await keeperOfCommitment(w, commitmentId, s),
          input: { commitmentId, obligations: scheduleFor(c?.terms ?? { kind: 'qualitative' }, s), ...(hasSchedule ? { reason: 'the ministry revised the plan' } : {}), sources: SOURCES },
        };
      },
    },
    recordFulfilment: {
      weight: 6,
      async build(w, s) {
        const commitmentId = await w.target(s, FULFILLABLE, ANY_COMMITMENT);
        if (commitmentId === null) return w.delegate('recordCommitment', s);
        const obligations = await w.ids('SELECT obligation_id AS id FROM guarantee_obligations WHERE commitment_id = $1 ORDER BY position', [commitmentId]);
        return {
          cmd: 'recordFulfilment',
          actor: await keeperOfCommitment(w, commitmentId, s),
          input: {
            fulfilmentId: w.fresh('f'),
            commitmentId,
            ...(s.picks[0] % 3 === 0 && obligations.length > 0 ? { obligationId: pick(obligations, s.picks[1]) } : {}),
            evidence: await evidenceFor(w, s, commitmentId),
            illustrative: s.flag,
            basis: 'the ministry says this money serves the commitment',
            acceptExcess: s.percent % 3 === 0,
          },
        };
      },
    },
    withdrawFulfilment: {
      weight: 3,
      async build(w, s) {
        const fulfilmentId = await w.target(s, 'SELECT fulfilment_id AS id FROM guarantee_fulfilments WHERE NOT withdrawn ORDER BY fulfilment_id', 'SELECT fulfilment_id AS id FROM guarantee_fulfilments ORDER BY fulfilment_id');
        // With nothing to withdraw, half the time build evidence first, half the time try an unknown id (refused as not found).
        if (fulfilmentId === null && !s.flag) return w.delegate('recordFulfilment', s);
        if (fulfilmentId === null) return { cmd: 'withdrawFulfilment', actor: await w.actor('coordinator'), input: { fulfilmentId: 'missing-record', reason: 'linked in error' } };
        const commitmentId = (await w.ids('SELECT commitment_id AS id FROM guarantee_fulfilments WHERE fulfilment_id = $1', [fulfilmentId]))[0] ?? 'missing-record';
        return { cmd: 'withdrawFulfilment', actor: await keeperOfCommitment(w, commitmentId, s), input: { fulfilmentId, reason: 'linked in error' } };
      },
    },
  },
};

/** The registry's invariants: no pledge counts toward commitments for more than its amount; no commitment is fulfilled past its schedule. */
export async function guaranteeViolations(q: Queryable): Promise<string[]> {
  const out: string[] = [];
  const v = await openRegistryView(q, await loadClearance(q, OPERATOR_VIEWER), '2025-12-31');
  const perPledge = new Map<string, bigint>();
  for (const c of v.registry.commitments) {
    const f = v.commitment(c).fulfilment;
    for (const e of f.evidence) if (e.pledgeId && e.counts.amount) perPledge.set(e.pledgeId, (perPledge.get(e.pledgeId) ?? 0n) + BigInt(e.counts.amount.minor));
    const scheduled = f.scheduled?.amount?.minor ?? f.scheduled?.quantity;
    const fulfilled = f.fulfilled?.amount?.minor ?? f.fulfilled?.quantity;
    if (scheduled !== undefined && scheduled !== null && fulfilled !== undefined && fulfilled !== null && BigInt(fulfilled) > BigInt(scheduled)) {
      out.push(`commitment ${c.commitmentId}: fulfilled ${fulfilled} > scheduled ${scheduled}`);
    }
  }
  for (const [pledgeId, counted] of perPledge) {
    const p = v.registry.pledges.get(pledgeId);
    if (counted > (p?.amount?.minor ?? 0n)) out.push(`pledge ${pledgeId}: counts ${counted} toward commitments, more than its amount ${p?.amount?.minor ?? 0n}`);
  }
  return out;
}
