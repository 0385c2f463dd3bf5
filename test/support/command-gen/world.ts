/**
 * The shared vocabulary of the command generators (see ../../rebuild.property.test.ts). A generated
 * Step is plain data (which command, some random picks and sizes, a fault), so fast-check can print
 * and shrink it; each family turns a Step into an Attempt against the World as it stands, choosing
 * existing records in the state the command needs most of the time, so that long sequences get deep.
 */
import fc from 'fast-check';
import type { COMMANDS } from '../../../src/commands/index.ts';
import type { Actor, Role } from '../../../src/domain/actors.ts';
import type { Database } from '../../../src/store/db.ts';

export type CommandKey = keyof typeof COMMANDS;

/**
 * What goes wrong on purpose: `actor` sends the command as a role it is not for (must be refused as
 * forbidden), `input` replaces one field with garbage (must be refused as validation), `dryRun` must
 * write nothing, and `replay` repeats an earlier request with its Idempotency-Key instead.
 */
export type Fault = 'none' | 'actor' | 'input' | 'dryRun' | 'replay';

export interface Step {
  cmd: CommandKey;
  /** Random indexes, used modulo the length of whatever list a builder picks from. */
  picks: [number, number, number, number];
  /** A random size in minor units (or a seed for one). */
  amount: bigint;
  /** A random percentage, 1-100: how much of what is available, or how likely a variant is. */
  percent: number;
  flag: boolean;
  fault: Fault;
}

export interface Attempt {
  cmd: CommandKey;
  actor: Actor;
  input: Record<string, unknown>;
}

export type Builder = (w: World, s: Step) => Promise<Attempt>;

/** A family of commands: one arbitrary of steps, and a builder per command. */
export interface Family {
  name: string;
  /** How often this family's steps come up, relative to the others. */
  weight: number;
  builders: { [K in CommandKey]?: { weight: number; build: Builder } };
}

const FAULTS: { arbitrary: fc.Arbitrary<Fault>; weight: number }[] = [
  { arbitrary: fc.constant('none'), weight: 84 },
  { arbitrary: fc.constant('actor'), weight: 5 },
  { arbitrary: fc.constant('input'), weight: 5 },
  { arbitrary: fc.constant('dryRun'), weight: 3 },
  { arbitrary: fc.constant('replay'), weight: 3 },
];

/** The arbitrary of one family's steps. */
export function familySteps(f: Family): fc.Arbitrary<Step> {
  const cmds = Object.entries(f.builders).map(([cmd, b]) => ({ arbitrary: fc.constant(cmd as CommandKey), weight: b.weight }));
  return fc.record({
    cmd: fc.oneof(...cmds),
    picks: fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()),
    amount: fc.bigInt({ min: 1n, max: 10n ** 11n }),
    percent: fc.integer({ min: 1, max: 100 }),
    flag: fc.boolean(),
    fault: fc.oneof(...FAULTS),
  });
}

/**
 * One step of exactly this command, sure to be attempted: its percent is above 85, so a builder
 * picks from any record (or a missing id) instead of delegating to the command that would make one.
 */
export function attemptOf(cmd: CommandKey): fc.Arbitrary<Step> {
  return fc.record({
    cmd: fc.constant(cmd),
    picks: fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()),
    amount: fc.bigInt({ min: 1n, max: 10n ** 11n }),
    percent: fc.integer({ min: 86, max: 100 }),
    flag: fc.boolean(),
    fault: fc.constant<Fault>('none'),
  });
}

export const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

/** The record being built: the store, a clock that advances with every step, and fresh ids. */
export class World {
  private clock: number;
  private counter = 0;
  private depth = 0;
  constructor(
    readonly db: Database,
    private readonly builders: ReadonlyMap<CommandKey, Builder>,
    start = Date.parse('2025-07-01T08:00:00.000Z'),
  ) {
    this.clock = start;
  }

  /** Advances the clock by six hours: a 250-step run covers about two months. */
  tick(): void {
    this.clock += 6 * 3_600_000;
  }
  now(): Date {
    return new Date(this.clock);
  }
  today(): string {
    return this.now().toISOString().slice(0, 10);
  }
  month(): string {
    return this.today().slice(0, 7);
  }
  /** A new id; always explicit, so the same seed builds the same record. */
  fresh(prefix: string): string {
    this.counter += 1;
    return `${prefix}-${this.counter}`;
  }

  /** The first organization of a role (the setup registers one of each). */
  async actor(role: Role, n = 0): Promise<Actor> {
    const orgs = await this.ids('SELECT org_id AS id FROM organizations WHERE role = $1 ORDER BY org_id', [role]);
    const orgId = pick(orgs, n) ?? `no-${role}`;
    return { orgId, role, userId: 'generator' };
  }

  /** Ids from a query whose one column is named `id`, in a stable order. */
  async ids(sql: string, params: unknown[] = []): Promise<string[]> {
    return (await this.db.query<{ id: string }>(sql, params)).map((r) => r.id);
  }

  /**
   * The record a command acts on: most of the time (85%) one from `preferred`, the records in the
   * state the command needs, and otherwise one from `any`, so commands also meet records in the
   * wrong state (or a missing id when there is none). Null when the step wanted a record in the
   * right state and none exists: the builder then delegates to the command that would make one.
   */
  async target(s: Step, preferred: string, any: string, params: unknown[] = []): Promise<string | null> {
    if (s.percent <= 85) return pick(await this.ids(preferred, params), s.picks[0]) ?? null;
    return pick(await this.ids(any), s.picks[0]) ?? 'missing-record';
  }

  /**
   * Builds `cmd` for this step instead: the prerequisite of a command that found nothing to act on.
   * Chains end at the commands that create records, so long sequences reach deep states.
   */
  async delegate(cmd: CommandKey, s: Step): Promise<Attempt> {
    const build = this.builders.get(cmd);
    if (!build) throw new Error(`no generator for ${cmd}`);
    if (++this.depth > 20) throw new Error(`delegation loop at ${cmd}`);
    try {
      return await build(this, s);
    } finally {
      this.depth -= 1;
    }
  }
}

/** An amount that is `percent` of `of`, at least 1. */
export const share = (of: bigint, percent: number): bigint => {
  const v = (of * BigInt(percent)) / 100n;
  return v > 0n ? v : 1n;
};
