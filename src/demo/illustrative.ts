/**
 * Loads the illustrative part of the demo record: the prioritized list with its monthly versions,
 * packages 1-5 and a draft, their allocations, contracts, shipments and receipts. What is public
 * (who funded which package, and the pledges) comes from the public record loaded before
 * (public-record.ts); everything here is invented where the record is confidential, and every line
 * and package is flagged illustrative (see README.md beside this file).
 *
 * Every step goes through the one dispatcher as Ukraine ('ua-mod'), NATO ('nato') or the US
 * ('us-dod'), with the clock set to the step's day (09:00 UTC, a minute apart within a day), so
 * recordedAt follows the July-November 2025 history. The log's order is still the loading order:
 * these events follow the public record's, whose dates run to late November.
 */
import { dispatch } from '../commands/dispatch.ts';
import type { Database } from '../store/db.ts';
import { findPledge } from '../store/repositories/pledges.ts';
import { FUNDING_PLEDGES, illustrativeSteps } from './illustrative-steps.ts';

export interface IllustrativeReport {
  loaded: boolean;
  /** Commands dispatched. */
  steps: number;
  /** Steps left out, each saying why (e.g. package 5's pledge is only announced), or why nothing was loaded. */
  skipped: string[];
}

/** The dispatcher's clock for the n-th step (from 0) of a day. */
const clockFor = (day: string, n: number): Date => new Date(Date.parse(`${day}T09:00:00Z`) + n * 60_000);

/**
 * Dispatches every illustrative step. It needs the public record's funding pledges; without them
 * (the brief's CSVs were missing, which seedDemo already reports) it loads nothing and says why in
 * its report. A refusal stops the load and names the step: the demo data must obey the rules.
 */
export async function loadIllustrative(db: Database): Promise<IllustrativeReport> {
  const missing: string[] = [];
  for (const id of new Set(FUNDING_PLEDGES)) if (!(await findPledge(db, id))) missing.push(id);
  if (missing.length > 0) {
    return { loaded: false, steps: 0, skipped: [`everything: the public record's pledges ${missing.join(', ')} are not in the store`] };
  }
  const report: IllustrativeReport = { loaded: true, steps: 0, skipped: [] };
  let day = '';
  let n = 0;
  for (const step of illustrativeSteps()) {
    n = step.on === day ? n + 1 : 0;
    day = step.on;
    const resolved = await step.resolve(db);
    if ('skip' in resolved) {
      report.skipped.push(resolved.skip);
      continue;
    }
    try {
      await dispatch(db, step.command, { actor: step.actor, input: resolved.input }, { now: () => clockFor(step.on, n) });
    } catch (err) {
      const what = JSON.stringify(resolved.input).slice(0, 160);
      throw new Error(`loading the illustrative record: ${step.command.name} on ${step.on} ${what} was refused: ${(err as Error).message}`, { cause: err });
    }
    report.steps += 1;
  }
  return report;
}
