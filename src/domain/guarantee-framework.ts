/**
 * Frameworks and who may keep them. Pure rules.
 *
 * A framework is kept by its parties (a guarantor, Ukraine as beneficiary, another participant)
 * and by the coordinator for the public record: a coordinator's entry must be marked as public
 * record and cite at least one source, and the coordinator changes only frameworks that are
 * themselves public-record entries. Commitments are stricter: only a guarantor's own organization
 * records, schedules or evidences them (see guarantee-commitment.ts).
 */
import type { Actor } from './actors.ts';
import { conflict, forbidden, invalid } from './errors.ts';
import type { FrameworkParty, LegalStatus, Source } from './events.ts';
import type { BindingLevel } from './guarantee-vocabulary.ts';
import type { FuzzyDate } from './dates.ts';

export interface Framework {
  frameworkId: string;
  title: string;
  parties: FrameworkParty[];
  bindingLevel: BindingLevel;
  status: LegalStatus;
  suspendedFrom: LegalStatus | null;
  statusOn: FuzzyDate | null;
  publicRecord: boolean;
}

/** Each party once; at least one guarantor (or participant) besides the beneficiary. */
export function checkParties(parties: readonly FrameworkParty[]): void {
  const seen = new Set<string>();
  parties.forEach((p, i) => {
    if (seen.has(p.orgId)) throw invalid(`parties.${i}.orgId`, `'${p.orgId}' is listed twice`);
    seen.add(p.orgId);
  });
  if (!parties.some((p) => p.role !== 'beneficiary')) throw invalid('parties', 'name at least one guarantor or participant');
}

/** The coordinator records the public record only: marked as such, with a source. */
export function assertPublicRecordEntry(actor: Actor, publicRecord: boolean, sources: readonly Source[], what: string): void {
  if (actor.role !== 'coordinator') return;
  if (!publicRecord) throw invalid('publicRecord', `the coordinator records ${what} only from the public record: set publicRecord to true`);
  if (sources.length === 0) throw invalid('sources', `a ${what} recorded by the coordinator from the public record must cite at least one source`);
}

/** Registering: the coordinator for the public record, or a party to the framework. */
export function assertMayRegister(actor: Actor, parties: readonly FrameworkParty[], publicRecord: boolean, sources: readonly Source[]): void {
  if (actor.role === 'coordinator') return assertPublicRecordEntry(actor, publicRecord, sources, 'framework');
  if (!parties.some((p) => p.orgId === actor.orgId)) throw forbidden(`only a party to a framework, or the coordinator for the public record, may register it; '${actor.orgId}' is not among its parties`);
}

/** Changing a framework (its status, its negotiation record): a party, or the coordinator on a public-record framework, citing sources. */
export function assertMayChange(actor: Actor, fw: Framework, sources: readonly Source[], action: string): void {
  if (actor.role === 'coordinator') {
    if (!fw.publicRecord) throw forbidden(`framework '${fw.frameworkId}' was recorded by its parties, not from the public record; only a party may ${action}`);
    if (sources.length === 0) throw invalid('sources', `the coordinator must cite at least one source to ${action}`);
    return;
  }
  if (!fw.parties.some((p) => p.orgId === actor.orgId)) throw forbidden(`only a party to framework '${fw.frameworkId}', or the coordinator for the public record, may ${action}`);
}

/** A commitment's guarantors must be parties to its framework other than the beneficiary. */
export function checkGuarantorsAreParties(fw: Framework, guarantors: readonly string[]): void {
  guarantors.forEach((g, i) => {
    const party = fw.parties.find((p) => p.orgId === g);
    if (!party) throw conflict(`'${g}' is not a party to framework '${fw.frameworkId}'`, { field: `guarantors.${i}` });
    if (party.role === 'beneficiary') throw conflict(`'${g}' is the beneficiary of framework '${fw.frameworkId}', not a guarantor`, { field: `guarantors.${i}` });
  });
}
