/**
 * Read models of frameworks and commitments: each with its sources, legal status and history,
 * binding level, parties by name, and (for commitments) the fulfilment computed in
 * guarantee-fulfilment.ts. Built from one registry snapshot (guarantee-registry.ts).
 */
import type { FuzzyDate } from '../../domain/dates.ts';
import type { CommitmentTerms, FrameworkParty, LegalStatus, Source } from '../../domain/events.ts';
import { nextStatuses } from '../../domain/guarantee-status.ts';
import { describeTerms } from '../../domain/guarantee-text.ts';
import { BINDING_LEVELS, type BindingLevel, type FrameworkKind, type Pillar, type Stance } from '../../domain/guarantee-vocabulary.ts';
import type { MoneyJson } from '../../domain/money.ts';
import type { Queryable } from '../db.ts';
import type { Clearance } from './clearance.ts';
import { countAll, fulfilmentOf, type FulfilmentView } from './guarantee-fulfilment.ts';
import { loadRegistry, type CommitmentFacts, type FrameworkFacts, type MilestoneFacts, type Registry, type StatusEntry } from './guarantee-registry.ts';

export interface OrgRef {
  orgId: string;
  name: string;
  country: string | null;
}

export interface CommitmentView {
  commitmentId: string;
  frameworkId: string;
  frameworkTitle: string;
  frameworkKind: FrameworkKind;
  frameworkStatus: LegalStatus;
  bindingLevel: BindingLevel;
  bindingLabel: string;
  guarantors: OrgRef[];
  pillars: Pillar[];
  stance: Stance;
  terms: CommitmentTerms;
  termsText: string;
  statement: string;
  condition: string | null;
  reportedBy: string | null;
  statedEquivalent: MoneyJson | null;
  madeOn: FuzzyDate | null;
  sources: Source[];
  publicRecord: boolean;
  note: string | null;
  recordedBy: string;
  recordedAt: string;
  schedule: { reason: string | null; sources: Source[]; setAt: string | null };
  fulfilment: FulfilmentView;
}

export type MilestoneView = MilestoneFacts;

export interface FrameworkView {
  frameworkId: string;
  kind: FrameworkKind;
  title: string;
  parties: (FrameworkParty & { name: string; country: string | null })[];
  partiesNote: string | null;
  umbrella: string | null;
  bindingLevel: BindingLevel;
  bindingLabel: string;
  bindingBasis: string | null;
  status: LegalStatus;
  suspendedFrom: LegalStatus | null;
  statusOn: FuzzyDate | null;
  /** The statuses it may move to without a correction. */
  nextStatuses: LegalStatus[];
  startsOn: FuzzyDate | null;
  durationYears: number | null;
  endsOn: FuzzyDate | null;
  durationNote: string | null;
  sources: Source[];
  publicRecord: boolean;
  note: string | null;
  recordedBy: string;
  history: StatusEntry[];
  commitmentIds: string[];
  milestones: MilestoneView[];
}

/** A registry snapshot with everything the views share: frameworks by id, counted evidence, organizations. */
export class RegistryView {
  readonly frameworks: Map<string, FrameworkFacts>;
  private readonly counted;
  private readonly cache = new Map<string, CommitmentView>();
  constructor(
    readonly registry: Registry,
    readonly asOf: string,
  ) {
    this.frameworks = new Map(registry.frameworks.map((f) => [f.frameworkId, f]));
    this.counted = countAll(registry);
  }

  org(orgId: string): OrgRef {
    const o = this.registry.organizations.get(orgId);
    return { orgId, name: o?.name ?? orgId, country: o?.country ?? null };
  }

  commitment(c: CommitmentFacts): CommitmentView {
    const hit = this.cache.get(c.commitmentId);
    if (hit) return hit;
    const fw = this.frameworks.get(c.frameworkId)!;
    const view: CommitmentView = {
      commitmentId: c.commitmentId,
      frameworkId: c.frameworkId,
      frameworkTitle: fw.title,
      frameworkKind: fw.kind,
      frameworkStatus: fw.status,
      bindingLevel: fw.bindingLevel,
      bindingLabel: BINDING_LEVELS[fw.bindingLevel].label,
      guarantors: c.guarantors.map((g) => this.org(g)),
      pillars: c.pillars,
      stance: c.stance,
      terms: c.terms,
      termsText: describeTerms(c.terms),
      statement: c.statement,
      condition: c.condition,
      reportedBy: c.reportedBy,
      statedEquivalent: c.statedEquivalent,
      madeOn: c.madeOn,
      sources: c.sources,
      publicRecord: c.publicRecord,
      note: c.note,
      recordedBy: c.recordedBy,
      recordedAt: c.recordedAt,
      schedule: { reason: c.schedule.reason, sources: c.schedule.sources, setAt: c.schedule.setAt },
      fulfilment: fulfilmentOf(this.registry, c, this.counted, this.asOf),
    };
    this.cache.set(c.commitmentId, view);
    return view;
  }

  framework(f: FrameworkFacts): FrameworkView {
    return {
      ...f,
      parties: f.parties.map((p) => ({ ...p, name: this.org(p.orgId).name, country: this.org(p.orgId).country })),
      bindingLabel: BINDING_LEVELS[f.bindingLevel].label,
      nextStatuses: nextStatuses(f, f.bindingLevel),
      commitmentIds: this.registry.commitments.filter((c) => c.frameworkId === f.frameworkId).map((c) => c.commitmentId),
      milestones: this.registry.milestones.filter((m) => m.frameworkId === f.frameworkId),
    };
  }
}

/** The registry as one caller may count it (evidence from pledges whose money it may not read is left out). */
export async function openRegistryView(q: Queryable, c: Clearance, asOf: string): Promise<RegistryView> {
  return new RegistryView(await loadRegistry(q, c), asOf);
}

export interface CommitmentFilter {
  pillar?: Pillar | undefined;
  guarantor?: string | undefined;
  frameworkId?: string | undefined;
  stance?: Stance | undefined;
}

export function listCommitments(v: RegistryView, f: CommitmentFilter = {}): CommitmentView[] {
  return v.registry.commitments
    .filter((c) => (f.pillar ? c.pillars.includes(f.pillar) : true))
    .filter((c) => (f.guarantor ? c.guarantors.includes(f.guarantor) : true))
    .filter((c) => (f.frameworkId ? c.frameworkId === f.frameworkId : true))
    .filter((c) => (f.stance ? c.stance === f.stance : true))
    .map((c) => v.commitment(c));
}

export interface FrameworkFilter {
  kind?: FrameworkKind | undefined;
  status?: LegalStatus | undefined;
  party?: string | undefined;
}

export function listFrameworks(v: RegistryView, f: FrameworkFilter = {}): FrameworkView[] {
  return v.registry.frameworks
    .filter((x) => (f.kind ? x.kind === f.kind : true))
    .filter((x) => (f.status ? x.status === f.status : true))
    .filter((x) => (f.party ? x.parties.some((p) => p.orgId === f.party) : true))
    .map((x) => v.framework(x));
}
