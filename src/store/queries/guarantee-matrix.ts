/**
 * The coverage matrix: pillars down, guarantors across; each filled cell says who guarantees what
 * under that pillar, how binding the framework is, how firm the word is, and how much of it recorded
 * evidence fulfils (in USD at each piece of evidence's date). A commitment under several pillars
 * appears in each of their cells; a piece of evidence belongs to one commitment, so a cell's sum
 * never counts the same money twice (and pledges count once across all commitments).
 */
import { BINDING_LEVELS, PILLAR_LABEL, PILLARS, STANCES, type BindingLevel, type FrameworkKind, type Pillar, type Stance } from '../../domain/guarantee-vocabulary.ts';
import type { LegalStatus } from '../../domain/events.ts';
import type { MoneyJson } from '../../domain/money.ts';
import type { FulfilmentStatus } from './guarantee-fulfilment.ts';
import type { CommitmentView, OrgRef, RegistryView } from './guarantee-views.ts';

export interface CellCommitment {
  commitmentId: string;
  frameworkId: string;
  frameworkTitle: string;
  frameworkKind: FrameworkKind;
  frameworkStatus: LegalStatus;
  bindingLevel: BindingLevel;
  stance: Stance;
  termsText: string;
  condition: string | null;
  joint: boolean;
  fulfilmentStatus: FulfilmentStatus;
  fulfilledBp: number | null;
  illustrativeEvidence: boolean;
}

export interface MatrixCell {
  pillar: Pillar;
  orgId: string;
  commitments: CellCommitment[];
  /** The most binding framework among the cell's commitments (null when every one is unknown). */
  strongestBinding: BindingLevel | null;
  /** The firmest word in the cell: committed before offered, proposed, stated, ruled out. */
  firmestStance: Stance;
  evidenceUsd: { counted: MoneyJson; pending: MoneyJson };
}

export interface Matrix {
  asOf: string;
  pillars: { pillar: Pillar; label: string; guarantors: number; commitments: number }[];
  guarantors: (OrgRef & { commitments: number; evidenceUsd: { counted: MoneyJson; pending: MoneyJson } })[];
  cells: MatrixCell[];
}

const usd = (n: bigint): MoneyJson => ({ minor: n.toString(), currency: 'USD' });
const sumUsd = (views: readonly CommitmentView[], k: 'counted' | 'pending'): bigint => views.reduce((s, c) => s + BigInt(c.fulfilment.evidenceUsd[k].minor), 0n);

export function strongest(levels: readonly BindingLevel[]): BindingLevel | null {
  let best: BindingLevel | null = null;
  for (const l of levels) {
    const s = BINDING_LEVELS[l].strength;
    if (s === null) continue;
    if (best === null || s > (BINDING_LEVELS[best].strength ?? -1)) best = l;
  }
  return best;
}

export const firmest = (stances: readonly Stance[]): Stance => STANCES.find((s) => stances.includes(s)) ?? 'stated';

export function coverageMatrix(v: RegistryView): Matrix {
  const views = v.registry.commitments.map((c) => v.commitment(c));
  const orgIds = [...new Set(views.flatMap((c) => c.guarantors.map((g) => g.orgId)))];
  const cells: MatrixCell[] = [];
  for (const pillar of PILLARS) {
    for (const orgId of orgIds) {
      const here = views.filter((c) => c.pillars.includes(pillar) && c.guarantors.some((g) => g.orgId === orgId));
      if (here.length === 0) continue;
      cells.push({
        pillar,
        orgId,
        commitments: here.map((c) => ({
          commitmentId: c.commitmentId,
          frameworkId: c.frameworkId,
          frameworkTitle: c.frameworkTitle,
          frameworkKind: c.frameworkKind,
          frameworkStatus: c.frameworkStatus,
          bindingLevel: c.bindingLevel,
          stance: c.stance,
          termsText: c.termsText,
          condition: c.condition,
          joint: c.guarantors.length > 1,
          fulfilmentStatus: c.fulfilment.status,
          fulfilledBp: c.fulfilment.fulfilledBp,
          illustrativeEvidence: c.fulfilment.evidence.some((e) => e.illustrative),
        })),
        strongestBinding: strongest(here.map((c) => c.bindingLevel)),
        firmestStance: firmest(here.map((c) => c.stance)),
        evidenceUsd: { counted: usd(sumUsd(here, 'counted')), pending: usd(sumUsd(here, 'pending')) },
      });
    }
  }
  const guarantors = orgIds
    .map((orgId) => {
      const own = views.filter((c) => c.guarantors.some((g) => g.orgId === orgId));
      return { ...v.org(orgId), commitments: own.length, evidenceUsd: { counted: usd(sumUsd(own, 'counted')), pending: usd(sumUsd(own, 'pending')) } };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    asOf: v.asOf,
    pillars: PILLARS.map((pillar) => ({
      pillar,
      label: PILLAR_LABEL[pillar],
      guarantors: cells.filter((c) => c.pillar === pillar).length,
      commitments: views.filter((c) => c.pillars.includes(pillar)).length,
    })),
    guarantors,
    cells,
  };
}
