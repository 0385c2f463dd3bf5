/**
 * Loads the public PURL record into the ledger through the one dispatcher, as the coordinator
 * keeping the public record: every FX rate, every announcement as a pledge (duplicates linked, not
 * dropped), every public running total as its own claim, plus the demo's explicit judgements
 * (formal decisions from the record, and illustrative funding that says it is illustrative).
 *
 * Steps are replayed in date order with the dispatcher's clock set to noon UTC of each date, so
 * the log reads as the history happened and recordedAt is the announcement date.
 */
import { COMMANDS } from '../commands/index.ts';
import { dispatch } from '../commands/dispatch.ts';
import type { AnyCommand } from '../commands/command.ts';
import type { Database } from '../store/db.ts';
import type { BriefData } from './brief-data.ts';
import { basisContext } from './figure-basis.ts';
import {
  FORMAL_DECISIONS,
  ILLUSTRATIVE_COMMIT_REASON,
  ILLUSTRATIVE_FUNDING,
  ILLUSTRATIVE_PAYMENT_REFERENCE,
} from './judgements.ts';
import {
  PUBLIC_RECORD_ACTOR,
  announcementInput,
  claimIds,
  duplicateInput,
  fxRateInput,
  noonUtc,
  pledgeIdOf,
  totalInput,
} from './public-record-inputs.ts';

export interface PublicRecordReport {
  fxRates: number;
  pledges: number;
  duplicates: number;
  totals: number;
  formalDecisions: number;
  illustrativeSteps: number;
}

interface Step {
  /** The day the step happened (YYYY-MM or YYYY-MM-DD); recorded at noon UTC of its last day. */
  on: string;
  /** Orders steps of one day: rates, announcements, decisions, links, funding, then totals. */
  rank: number;
  kind: keyof PublicRecordReport;
  command: AnyCommand;
  input: unknown;
}

function plan(data: BriefData): Step[] {
  const ctx = basisContext(data.announcements);
  const steps: Step[] = [];
  for (const row of data.fxRates) steps.push({ on: row.date, rank: 0, kind: 'fxRates', command: COMMANDS.recordFxRate, input: fxRateInput(row) });
  const byId = new Map(data.announcements.map((r) => [pledgeIdOf(r.id), r]));
  for (const row of data.announcements) {
    steps.push({ on: row.date_announced, rank: 1, kind: 'pledges', command: COMMANDS.announcePledge, input: announcementInput(row, ctx) });
    const dup = duplicateInput(row);
    if (dup) steps.push({ on: row.date_announced, rank: 3, kind: 'duplicates', command: COMMANDS.markPledgeDuplicate, input: dup });
  }
  for (const d of FORMAL_DECISIONS) {
    if (!byId.has(d.pledgeId)) continue;
    steps.push({ on: d.on, rank: 2, kind: 'formalDecisions', command: COMMANDS.confirmPledge, input: { pledgeId: d.pledgeId, reason: d.reason } });
  }
  for (const f of ILLUSTRATIVE_FUNDING) {
    const row = byId.get(f.pledgeId);
    if (!row) continue;
    const amount = announcementInput(row, ctx).amount;
    if (amount === null) throw new Error(`illustrative funding for ${f.pledgeId}, which has no amount`);
    steps.push({ on: f.committedOn, rank: 4, kind: 'illustrativeSteps', command: COMMANDS.commitPledge, input: { pledgeId: f.pledgeId, reason: ILLUSTRATIVE_COMMIT_REASON } });
    steps.push({
      on: f.paidOn,
      rank: 5,
      kind: 'illustrativeSteps',
      command: COMMANDS.recordPayment,
      input: { pledgeId: f.pledgeId, amount, paidOn: f.paidOn, reference: ILLUSTRATIVE_PAYMENT_REFERENCE },
    });
  }
  const ids = claimIds(data.totals);
  data.totals.forEach((row, i) => steps.push({ on: row.date, rank: 6, kind: 'totals', command: COMMANDS.recordPublicTotal, input: totalInput(row, ids[i]!) }));
  // Stable: rows of one kind and day keep their order in the CSV.
  return steps
    .map((s, i) => ({ s, i, at: noonUtc(s.on).getTime() }))
    .sort((a, b) => a.at - b.at || a.s.rank - b.s.rank || a.i - b.i)
    .map((x) => x.s);
}

/** Dispatches the whole public record; a refusal stops the load and names the row's command. */
export async function loadPublicRecord(db: Database, data: BriefData): Promise<PublicRecordReport> {
  const report: PublicRecordReport = { fxRates: 0, pledges: 0, duplicates: 0, totals: 0, formalDecisions: 0, illustrativeSteps: 0 };
  for (const step of plan(data)) {
    try {
      await dispatch(db, step.command, { actor: PUBLIC_RECORD_ACTOR, input: step.input }, { now: () => noonUtc(step.on) });
    } catch (err) {
      const what = JSON.stringify(step.input).slice(0, 160);
      throw new Error(`loading the public record: ${step.command.name} ${what} was refused: ${(err as Error).message}`, { cause: err });
    }
    report[step.kind] += 1;
  }
  return report;
}
