/**
 * The guarantor page (everything one organization guarantees: its frameworks, its commitments by
 * pillar, and how much recorded evidence fulfils them month by month) and the pillar page (who is
 * committed under one pillar, on what terms, and the negotiation steps that touched it).
 */
import { notFound } from '../../domain/errors.ts';
import { PILLAR_LABEL, type BindingLevel, type Pillar, type Stance } from '../../domain/guarantee-vocabulary.ts';
import type { MoneyJson } from '../../domain/money.ts';
import { firmest, strongest } from './guarantee-matrix.ts';
import type { CommitmentView, FrameworkView, MilestoneView, OrgRef, RegistryView } from './guarantee-views.ts';

const usd = (n: bigint): MoneyJson => ({ minor: n.toString(), currency: 'USD' });

export interface GuarantorPage {
  asOf: string;
  guarantor: OrgRef & { role: string };
  frameworks: FrameworkView[];
  commitments: CommitmentView[];
  byPillar: { pillar: Pillar; label: string; commitmentIds: string[] }[];
  /** Recorded evidence by month (USD at each piece's own date), counted and pending, with the running total. */
  fulfilmentOverTime: { month: string; counted: MoneyJson; pending: MoneyJson; cumulativeCounted: MoneyJson }[];
  evidenceUsd: { counted: MoneyJson; pending: MoneyJson };
  milestones: MilestoneView[];
}

export function guarantorPage(v: RegistryView, orgId: string): GuarantorPage {
  const org = v.registry.organizations.get(orgId);
  if (!org) throw notFound('organization', orgId);
  const commitments = v.registry.commitments.filter((c) => c.guarantors.includes(orgId)).map((c) => v.commitment(c));
  const frameworks = v.registry.frameworks.filter((f) => f.parties.some((p) => p.orgId === orgId)).map((f) => v.framework(f));
  const months = new Map<string, { counted: bigint; pending: bigint }>();
  for (const c of commitments) {
    for (const e of c.fulfilment.evidence) {
      if (e.counting === 'void' || !e.counts.usd) continue;
      const m = months.get(e.valuedOn.slice(0, 7)) ?? { counted: 0n, pending: 0n };
      m[e.counting] += BigInt(e.counts.usd.minor);
      months.set(e.valuedOn.slice(0, 7), m);
    }
  }
  let running = 0n;
  const fulfilmentOverTime = [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, m]) => {
      running += m.counted;
      return { month, counted: usd(m.counted), pending: usd(m.pending), cumulativeCounted: usd(running) };
    });
  const frameworkIds = new Set(frameworks.map((f) => f.frameworkId));
  return {
    asOf: v.asOf,
    guarantor: { ...v.org(orgId), role: org.role },
    frameworks,
    commitments,
    byPillar: Object.entries(PILLAR_LABEL)
      .map(([pillar, label]) => ({ pillar: pillar as Pillar, label, commitmentIds: commitments.filter((c) => c.pillars.includes(pillar as Pillar)).map((c) => c.commitmentId) }))
      .filter((p) => p.commitmentIds.length > 0),
    fulfilmentOverTime,
    evidenceUsd: {
      counted: usd(commitments.reduce((s, c) => s + BigInt(c.fulfilment.evidenceUsd.counted.minor), 0n)),
      pending: usd(commitments.reduce((s, c) => s + BigInt(c.fulfilment.evidenceUsd.pending.minor), 0n)),
    },
    milestones: v.registry.milestones.filter((m) => frameworkIds.has(m.frameworkId) || m.participants.some((p) => p.orgId === orgId)),
  };
}

export interface PillarPage {
  asOf: string;
  pillar: Pillar;
  label: string;
  guarantors: { guarantor: OrgRef; strongestBinding: BindingLevel | null; firmestStance: Stance; commitments: CommitmentView[] }[];
  milestones: MilestoneView[];
}

export function pillarPage(v: RegistryView, pillar: Pillar): PillarPage {
  const commitments = v.registry.commitments.filter((c) => c.pillars.includes(pillar)).map((c) => v.commitment(c));
  const orgIds = [...new Set(commitments.flatMap((c) => c.guarantors.map((g) => g.orgId)))];
  return {
    asOf: v.asOf,
    pillar,
    label: PILLAR_LABEL[pillar],
    guarantors: orgIds
      .map((orgId) => {
        const own = commitments.filter((c) => c.guarantors.some((g) => g.orgId === orgId));
        return { guarantor: v.org(orgId), strongestBinding: strongest(own.map((c) => c.bindingLevel)), firmestStance: firmest(own.map((c) => c.stance)), commitments: own };
      })
      .sort((a, b) => a.guarantor.name.localeCompare(b.guarantor.name)),
    milestones: v.registry.milestones.filter((m) => m.topics.includes(pillar)),
  };
}
