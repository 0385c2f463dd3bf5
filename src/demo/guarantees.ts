/**
 * Loads the security-guarantees registry from the brief's CSVs through the one dispatcher, as the
 * coordinator keeping the public record (every entry marked as such, with its sources): the
 * organizations the data needs, the 2024 bilateral agreements, the 2025 statements and talks, the
 * capability coalitions, the 2025 figures the PURL record names, and the links from PURL pledges to
 * the commitments they plausibly fulfil (illustrative where they are a judgement). Steps run in date
 * order with the clock at noon UTC of each day, like the PURL record (public-record.ts). It runs
 * after the PURL record, whose pledges the links need; a link whose pledge is missing is skipped
 * and reported. What is covered and what remains unknown: src/demo/README.md.
 */
import { existsSync } from 'node:fs';
import { COMMANDS } from '../commands/index.ts';
import { dispatch } from '../commands/dispatch.ts';
import type { Database } from '../store/db.ts';
import { findPledge, organizationExists } from '../store/repositories/pledges.ts';
import { briefDataDir, hasBriefData, readBriefData, type AnnouncementRow } from './brief-data.ts';
import { agreementSteps } from './guarantee-agreements.ts';
import { coalitionSteps } from './guarantee-coalitions.ts';
import { GUARANTEE_FILES, hasGuaranteeData, readGuaranteeData, sourcesOf, type GuaranteeData } from './guarantee-data.ts';
import { FULFILMENT_LINKS, LINKS_NOT_MADE, PURL_NAMED_COMMITMENTS } from './guarantee-judgements.ts';
import { statementSteps } from './guarantee-statements.ts';
import { step, type GuaranteeReport, type GuaranteeStep } from './guarantee-steps.ts';
import { ALLY_NAMES } from './organizations.ts';
import { noonUtc, parseShares, PUBLIC_RECORD_ACTOR, pledgeIdOf } from './public-record-inputs.ts';

/** Guarantors and parties the CSVs name that are not among the demo's PURL organizations, by ISO code. */
const EXTRA_NAMES: Record<string, string> = { TR: 'Türkiye', BG: 'Bulgaria' };

export interface GuaranteeLoadReport extends GuaranteeReport {
  loaded: boolean;
  /** What went wrong or was skipped (the folder missing, a link whose pledge is not in the store). */
  notices: string[];
  /** Links deliberately not made, each saying why (see guarantee-judgements.ts). */
  linksNotMade: readonly string[];
}

function namesOf(data: GuaranteeData): Record<string, string> {
  return { ...ALLY_NAMES, ...Object.fromEntries(data.agreements.map((r) => [r.guarantor, r.guarantor_name])), ...EXTRA_NAMES };
}

/** Every party code the steps use that is a state or the EU, so it can be registered first. */
function organizationSteps(steps: readonly GuaranteeStep[], names: Record<string, string>, on: string): GuaranteeStep[] {
  const codes = new Set<string>();
  for (const s of steps) {
    const i = s.input as { parties?: { orgId: string }[]; guarantors?: string[] };
    for (const p of i.parties ?? []) codes.add(p.orgId);
    for (const g of i.guarantors ?? []) codes.add(g);
  }
  return [...codes]
    .filter((id) => /^[a-z]{2}$/.test(id))
    .sort()
    .map((id) => {
      const iso = id.toUpperCase();
      const name = names[iso];
      if (!name) throw new Error(`no name for organization '${id}' in the guarantee data`);
      return step('organizations', on, iso === 'EU' ? { orgId: id, name, role: 'ally' } : { orgId: id, name: `Government of ${name}`, role: 'ally', country: iso });
    });
}

function purlNamedSteps(announcements: readonly AnnouncementRow[]): GuaranteeStep[] {
  const steps: GuaranteeStep[] = [];
  for (const c of PURL_NAMED_COMMITMENTS) {
    const row = announcements.find((r) => r.id === c.row);
    if (!row) continue;
    if (!row.conflict_note.includes(c.mustSay)) throw new Error(`${c.row} no longer says "${c.mustSay}"; review guarantee-judgements.ts`);
    const sources = sourcesOf(row.source_urls);
    steps.push(step('commitments', row.date_announced, { ...c.input, frameworkId: c.frameworkId, guarantors: [c.guarantor], stance: 'committed', madeOn: null, sources, publicRecord: true }));
    if (c.schedule) steps.push(step('schedules', row.date_announced, { commitmentId: c.input.commitmentId, obligations: c.schedule, sources }));
  }
  return steps;
}

function linkSteps(announcements: readonly AnnouncementRow[]): GuaranteeStep[] {
  return FULFILMENT_LINKS.flatMap((l) => {
    const row = announcements.find((r) => r.id === l.pledgeRow);
    if (!row || !row.amount) return [];
    const amount = l.share ? parseShares(row.shares, l.pledgeRow).get(l.share) : undefined;
    if (l.share && (!amount || amount.currency !== row.currency)) throw new Error(`${l.pledgeRow}: no share for ${l.share} in the pledge's currency`);
    return [
      step('fulfilments', row.date_announced, {
        fulfilmentId: l.fulfilmentId,
        commitmentId: l.commitmentId,
        evidence: { kind: 'pledge', pledgeId: pledgeIdOf(l.pledgeRow), amount: amount ?? 'whole' },
        illustrative: l.illustrative,
        basis: l.basis,
      }),
    ];
  });
}

export function plan(data: GuaranteeData, announcements: readonly AnnouncementRow[]): GuaranteeStep[] {
  const names = namesOf(data);
  const body = [
    ...data.agreements.flatMap((row) => agreementSteps(row)),
    ...statementSteps(data.statements, names),
    ...coalitionSteps(data.coalitions, names),
    ...purlNamedSteps(announcements),
    ...linkSteps(announcements),
  ];
  const first = body.map((s) => noonUtc(s.on).getTime()).reduce((a, b) => Math.min(a, b));
  const steps = [...organizationSteps(body, names, new Date(first).toISOString().slice(0, 10)), ...body];
  return steps
    .map((s, i) => ({ s, i, at: noonUtc(s.on).getTime() }))
    .sort((a, b) => a.at - b.at || a.s.rank - b.s.rank || a.i - b.i)
    .map((x) => x.s);
}

/** Fills in what only the store knows: a pledge's whole amount (`'whole'`), and whether the organization is already there. */
async function resolve(db: Database, s: GuaranteeStep): Promise<Record<string, unknown> | string> {
  if (s.command === COMMANDS.registerOrganization) {
    return (await organizationExists(db, s.input.orgId as string)) ? `organization '${s.input.orgId}' already registered` : s.input;
  }
  if (s.command !== COMMANDS.recordFulfilment) return s.input;
  const ev = s.input.evidence as { pledgeId: string; amount: unknown };
  const pledge = await findPledge(db, ev.pledgeId);
  if (!pledge?.amount) return `link ${s.input.fulfilmentId as string}: pledge '${ev.pledgeId}' is not in the store with an amount`;
  const amount = ev.amount === 'whole' ? { minor: pledge.amount.minor.toString(), currency: pledge.amount.currency } : ev.amount;
  return { ...s.input, evidence: { ...ev, kind: 'pledge', amount } };
}

export async function loadGuaranteeRecord(db: Database, dir = briefDataDir()): Promise<GuaranteeLoadReport> {
  const report: GuaranteeLoadReport = { loaded: false, organizations: 0, frameworks: 0, statusChanges: 0, milestones: 0, commitments: 0, schedules: 0, fulfilments: 0, notices: [], linksNotMade: LINKS_NOT_MADE };
  if (!hasGuaranteeData(dir)) {
    // A missing folder is already reported by the PURL record's loader; a folder without these files is news.
    if (existsSync(dir)) report.notices.push(`security-guarantees registry not loaded: ${Object.values(GUARANTEE_FILES).join(', ')} are not in ${dir}`);
    return report;
  }
  const announcements = hasBriefData(dir) ? readBriefData(dir).announcements : [];
  for (const s of plan(readGuaranteeData(dir), announcements)) {
    const input = await resolve(db, s);
    if (typeof input === 'string') {
      if (!input.includes('already registered')) report.notices.push(input);
      continue;
    }
    try {
      await dispatch(db, s.command, { actor: PUBLIC_RECORD_ACTOR, input }, { now: () => noonUtc(s.on) });
    } catch (err) {
      throw new Error(`loading the guarantees registry: ${s.command.name} ${JSON.stringify(input).slice(0, 200)} was refused: ${(err as Error).message}`, { cause: err });
    }
    report[s.kind] += 1;
  }
  report.loaded = true;
  return report;
}
