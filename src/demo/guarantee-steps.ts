/** The shape of the registry's loading plan: commands to dispatch as the coordinator keeping the public record, each on its day. */
import type { AnyCommand } from '../commands/command.ts';
import { COMMANDS } from '../commands/index.ts';

export interface GuaranteeReport {
  organizations: number;
  frameworks: number;
  statusChanges: number;
  milestones: number;
  commitments: number;
  schedules: number;
  fulfilments: number;
}

export interface GuaranteeStep {
  /** The day the step is recorded on (YYYY, YYYY-MM or YYYY-MM-DD; noon UTC of its last day). */
  on: string;
  /** Orders steps of one day: organizations, frameworks, statuses, milestones, commitments, schedules, evidence. */
  rank: number;
  kind: keyof GuaranteeReport;
  command: AnyCommand;
  input: Record<string, unknown>;
}

export const RANK = { organizations: 0, frameworks: 1, statusChanges: 2, milestones: 3, commitments: 4, schedules: 5, fulfilments: 6 } as const;

const COMMAND_OF = {
  organizations: COMMANDS.registerOrganization,
  frameworks: COMMANDS.registerFramework,
  statusChanges: COMMANDS.changeFrameworkStatus,
  milestones: COMMANDS.recordNegotiationMilestone,
  commitments: COMMANDS.recordCommitment,
  schedules: COMMANDS.setCommitmentSchedule,
  fulfilments: COMMANDS.recordFulfilment,
} as const;

export const step = (kind: keyof GuaranteeReport, on: string, input: Record<string, unknown>): GuaranteeStep => ({ on, rank: RANK[kind], kind, command: COMMAND_OF[kind], input });

/** The later of two fuzzy dates, by their last day (a step cannot be recorded before the record it belongs to). */
export function later(a: string, b: string): string {
  const end = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
  return end(a) >= end(b) ? a : b;
}

/** Ukraine in every framework: its Ministry of Defence, the recipient organization of the record. */
export const UKRAINE = 'ua-mod';
