/**
 * The shape every command has. A command names who may issue it, parses its input with a schema,
 * loads the state it needs (inside the writer transaction), and decides events with pure code.
 * One dispatcher (dispatch.ts) runs every command for the API, the CLI and the demo loader alike.
 */
import type { z } from 'zod';
import type { Actor, Role } from '../domain/actors.ts';
import type { NewEvent } from '../domain/events.ts';
import type { Queryable } from '../store/db.ts';

export interface DecideContext {
  actor: Actor;
  /** The time of the command, from the dispatcher's clock (ISO timestamp). */
  now: string;
  /** A fresh identifier with a readable prefix, e.g. `pledge-3f9a1c20b7`. */
  newId(prefix: string): string;
}

export interface Command<I, S> {
  /** Stable kebab-case name, imperative: `commit-pledge`. */
  name: string;
  summary: string;
  input: z.ZodType<I>;
  /** Roles that may issue the command at all; finer checks (whose data) live in decide. */
  roles: readonly Role[];
  load(tx: Queryable, input: I, actor: Actor): Promise<S>;
  decide(state: S, input: I, ctx: DecideContext): NewEvent[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = Command<any, any>;

export const defineCommand = <I, S>(c: Command<I, S>): Command<I, S> => c;
