/**
 * The planner in a worker thread: it loads HiGHS once and computes each plan it is sent, so a solve
 * of several seconds never holds the server's own thread. A refusal (DomainError) goes back as its
 * code, message, field issues and detail, to be raised again as the same refusal; anything else is
 * a failure of the planner, reported by message only.
 */
import { parentPort } from 'node:worker_threads';
import { DomainError } from '../domain/errors.ts';
import { computePlan } from './plan.ts';
import type { Scenario } from './scenario.ts';
import type { Snapshot } from './snapshot.ts';
import { loadSolver } from './solver.ts';

export interface PlanRequest {
  id: number;
  snapshot: Snapshot;
  scenario: Scenario;
  today: string;
}

export type PlanReply =
  | { id: number; plan: ReturnType<typeof computePlan> }
  | { id: number; refused: { code: DomainError['code']; message: string; issues: DomainError['issues']; detail: DomainError['detail'] } }
  | { id: number; failed: string };

const port = parentPort;
if (!port) throw new Error('src/planner/worker.ts runs as a worker thread (see src/planner/workers.ts)');
const solver = loadSolver();

port.on('message', async (req: PlanRequest) => {
  let reply: PlanReply;
  try {
    reply = { id: req.id, plan: computePlan(req.snapshot, req.scenario, { solver: await solver, today: req.today }) };
  } catch (e) {
    reply =
      e instanceof DomainError
        ? { id: req.id, refused: { code: e.code, message: e.message, issues: e.issues, detail: e.detail } }
        : { id: req.id, failed: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
});
