/**
 * The registry's timeline: every dated step in order (a framework's statuses, commitments made,
 * negotiation milestones, fulfilment evidence), each with its sources; entries whose date the
 * record does not give are listed apart rather than guessed into place.
 */
import type { FuzzyDate } from '../../domain/dates.ts';
import type { Source } from '../../domain/events.ts';
import type { Pillar } from '../../domain/guarantee-vocabulary.ts';
import type { RegistryView } from './guarantee-views.ts';

export interface TimelineEntry {
  date: FuzzyDate | null;
  kind: 'status' | 'commitment' | 'milestone' | 'evidence';
  frameworkId: string;
  commitmentId: string | null;
  milestoneId: string | null;
  fulfilmentId: string | null;
  title: string;
  detail: string;
  orgIds: string[];
  pillars: Pillar[];
  illustrative: boolean;
  sources: Source[];
}

export interface TimelineFilter {
  from?: string | undefined;
  to?: string | undefined;
  guarantor?: string | undefined;
  pillar?: Pillar | undefined;
  frameworkId?: string | undefined;
}

const firstDay = (d: FuzzyDate): string => (d.precision === 'day' ? d.value : d.precision === 'month' ? `${d.value}-01` : `${d.value}-01-01`);
const KIND_ORDER = { status: 0, milestone: 1, commitment: 2, evidence: 3 } as const;

export function timeline(v: RegistryView, f: TimelineFilter = {}): { asOf: string; entries: TimelineEntry[]; undated: TimelineEntry[] } {
  const out: TimelineEntry[] = [];
  for (const fw of v.registry.frameworks) {
    const orgIds = fw.parties.map((p) => p.orgId);
    for (const h of fw.history) {
      out.push({
        date: h.effectiveOn,
        kind: 'status',
        frameworkId: fw.frameworkId,
        commitmentId: null,
        milestoneId: null,
        fulfilmentId: null,
        title: `${fw.title}: ${h.from === null ? 'recorded as' : 'now'} ${h.to.replace('_', ' ')}`,
        detail: [h.correction ? `correction: ${h.reason}` : h.reason, h.bindingLevel && h.from !== null ? `binding level: ${h.bindingLevel}` : null].filter(Boolean).join('; '),
        orgIds,
        pillars: [],
        illustrative: false,
        sources: h.sources,
      });
    }
  }
  for (const m of v.registry.milestones) {
    out.push({
      date: m.on,
      kind: 'milestone',
      frameworkId: m.frameworkId,
      commitmentId: null,
      milestoneId: m.milestoneId,
      fulfilmentId: null,
      title: m.title,
      detail: m.outcome,
      orgIds: m.participants.flatMap((p) => (p.orgId ? [p.orgId] : [])),
      pillars: m.topics,
      illustrative: false,
      sources: m.sources,
    });
  }
  for (const c of v.registry.commitments) {
    const view = v.commitment(c);
    out.push({
      date: c.madeOn,
      kind: 'commitment',
      frameworkId: c.frameworkId,
      commitmentId: c.commitmentId,
      milestoneId: null,
      fulfilmentId: null,
      title: `${view.guarantors.map((g) => g.name).join(', ')} ${c.stance.replace('_', ' ')}: ${view.termsText}`,
      detail: c.statement,
      orgIds: c.guarantors,
      pillars: c.pillars,
      illustrative: false,
      sources: c.sources,
    });
    for (const e of view.fulfilment.evidence) {
      out.push({
        date: { value: e.valuedOn, precision: 'day' },
        kind: 'evidence',
        frameworkId: c.frameworkId,
        commitmentId: c.commitmentId,
        milestoneId: null,
        fulfilmentId: e.fulfilmentId,
        title: `evidence for ${c.commitmentId}: ${e.kind}${e.pledgeId ? ` ${e.pledgeId}` : ''} (${e.counting})`,
        detail: e.basis,
        orgIds: c.guarantors,
        pillars: c.pillars,
        illustrative: e.illustrative,
        sources: e.sources,
      });
    }
  }
  const kept = out
    .filter((e) => (f.guarantor ? e.orgIds.includes(f.guarantor) : true))
    .filter((e) => (f.pillar ? e.pillars.includes(f.pillar) : true))
    .filter((e) => (f.frameworkId ? e.frameworkId === f.frameworkId : true));
  const dated = kept
    .filter((e): e is TimelineEntry & { date: FuzzyDate } => e.date !== null)
    .filter((e) => (f.from ? firstDay(e.date) >= f.from : true))
    .filter((e) => (f.to ? firstDay(e.date) <= f.to : true))
    .sort((a, b) => firstDay(a.date).localeCompare(firstDay(b.date)) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.frameworkId.localeCompare(b.frameworkId));
  return { asOf: v.asOf, entries: dated, undated: kept.filter((e) => e.date === null) };
}
