/**
 * The registry's closing note, computed from the record itself: what it covers (frameworks by kind,
 * commitments by stance, evidence by how it counts) and what remains unknown (no binding level, no
 * date, no duration, no money figure, no schedule, a share of GDP with no GDP figure, money no FX
 * rate converts). Every item names the records it is about, so a reader can go and look.
 */
import { FRAMEWORK_KINDS, STANCES, type FrameworkKind, type Stance } from '../../domain/guarantee-vocabulary.ts';
import type { RegistryView } from './guarantee-views.ts';

export interface CoverageNote {
  covers: {
    frameworks: number;
    byKind: Record<FrameworkKind, number>;
    commitments: number;
    byStance: Record<Stance, number>;
    guarantors: number;
    milestones: number;
    evidence: { counted: number; pending: number; void: number; illustrative: number };
  };
  unknown: { what: string; ids: string[] }[];
}

export function coverageNote(v: RegistryView): CoverageNote {
  const r = v.registry;
  const views = r.commitments.map((c) => v.commitment(c));
  const evidence = views.flatMap((c) => c.fulfilment.evidence);
  const count = <K extends string>(keys: readonly K[], of: (k: K) => number) => Object.fromEntries(keys.map((k) => [k, of(k)])) as Record<K, number>;
  const agreements = r.frameworks.filter((f) => f.kind === 'bilateral_agreement');
  const withFigure = new Set(r.commitments.filter((c) => c.terms.kind === 'money' || c.terms.kind === 'gdp_share').map((c) => c.frameworkId));
  const unknown = [
    { what: 'binding level not stated in the sources found', ids: r.frameworks.filter((f) => f.bindingLevel === 'unknown').map((f) => f.frameworkId) },
    { what: 'date of the current legal status not found', ids: r.frameworks.filter((f) => f.statusOn === null).map((f) => f.frameworkId) },
    { what: 'agreements not (yet) signed', ids: agreements.filter((f) => ['discussed', 'proposed', 'agreed'].includes(f.status)).map((f) => f.frameworkId) },
    { what: 'agreements whose duration in years is not stated', ids: agreements.filter((f) => f.durationYears === null).map((f) => f.frameworkId) },
    { what: 'agreements with no money figure in the sources found', ids: agreements.filter((f) => !withFigure.has(f.frameworkId)).map((f) => f.frameworkId) },
    {
      what: 'money or quantities with no schedule: when they fall due is not stated',
      ids: r.commitments.filter((c) => (c.terms.kind === 'money' || c.terms.kind === 'quantity') && c.schedule.obligations.length === 0).map((c) => c.commitmentId),
    },
    { what: 'shares of GDP: no GDP figure in the record, so not turned into money', ids: r.commitments.filter((c) => c.terms.kind === 'gdp_share').map((c) => c.commitmentId) },
    { what: 'commitments whose date is not stated', ids: r.commitments.filter((c) => c.madeOn === null).map((c) => c.commitmentId) },
    {
      what: 'money and quantities with no evidence counted in this ledger (which holds PURL money and sourced deliveries only)',
      ids: views.filter((c) => c.fulfilment.unit !== 'none' && c.stance !== 'ruled_out' && !c.fulfilment.evidence.some((e) => e.counting === 'counted')).map((c) => c.commitmentId),
    },
    { what: 'not converted to USD or EUR for lack of an FX rate', ids: views.filter((c) => c.fulfilment.unconverted.length > 0).map((c) => c.commitmentId) },
  ].filter((u) => u.ids.length > 0);
  return {
    covers: {
      frameworks: r.frameworks.length,
      byKind: count(FRAMEWORK_KINDS, (k) => r.frameworks.filter((f) => f.kind === k).length),
      commitments: r.commitments.length,
      byStance: count(STANCES, (s) => r.commitments.filter((c) => c.stance === s).length),
      guarantors: new Set(r.commitments.flatMap((c) => c.guarantors)).size,
      milestones: r.milestones.length,
      evidence: {
        counted: evidence.filter((e) => e.counting === 'counted').length,
        pending: evidence.filter((e) => e.counting === 'pending').length,
        void: evidence.filter((e) => e.counting === 'void').length,
        illustrative: evidence.filter((e) => e.illustrative).length,
      },
    },
    unknown,
  };
}
