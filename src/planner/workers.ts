/**
 * Worker threads that compute plans for the API (a solve may take the scenario's whole time limit,
 * 10 s by default; in the server's own thread it would hold every other request that long). Plans
 * are computed one per worker at a time; a request waits in a queue of bounded length, beyond which
 * it is refused as rate_limited ("the planner is busy"). A worker is started when first needed and
 * replaced if it dies; `close` stops them all (the app's onClose hook calls it).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DomainError } from '../domain/errors.ts';
import type { Plan } from './plan-schema.ts';
import type { Scenario } from './scenario.ts';
import type { Snapshot } from './snapshot.ts';
import type { PlanReply, PlanRequest } from './worker.ts';

const ENTRY = new URL('../../bin/plan-worker.mjs', import.meta.url);

interface Job {
  request: PlanRequest;
  resolve(plan: Plan): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

export interface PlanWorkersOptions {
  /** Worker threads at most (default: the cores but one, at least one, at most four). */
  size?: number;
  /** Requests that may wait for a free worker (default 8). */
  maxQueue?: number;
}

export class PlanWorkers {
  private readonly size: number;
  private readonly maxQueue: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(o: PlanWorkersOptions = {}) {
    this.size = Math.max(1, o.size ?? Math.min(4, availableParallelism() - 1));
    this.maxQueue = o.maxQueue ?? 8;
  }

  /** Computes a plan in a worker thread; refusals are raised as the same DomainError computePlan raises. */
  compute(snapshot: Snapshot, scenario: Scenario, today: string): Promise<Plan> {
    if (this.closed) return Promise.reject(new Error('the planner workers are closed'));
    const idle = this.slots.some((s) => s.job === null) || this.slots.length < this.size;
    if (!idle && this.queue.length >= this.maxQueue) {
      return Promise.reject(new DomainError('rate_limited', 'the planner is busy with other plans; retry in a few seconds'));
    }
    return new Promise<Plan>((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, snapshot, scenario, today }, resolve, reject });
      this.pump();
    });
  }

  /** Stops every worker; plans still waiting or running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const job of [...this.queue.splice(0), ...slots.flatMap((s) => (s.job ? [s.job] : []))]) job.reject(new Error('the planner workers are closed'));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.size) slot = this.start();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      // A busy worker keeps the process alive; an idle one does not.
      slot.worker.ref();
      slot.worker.postMessage(job.request);
    }
  }

  private start(): Slot {
    const slot: Slot = { worker: new Worker(ENTRY), job: null };
    slot.worker.unref();
    slot.worker.on('message', (reply: PlanReply) => {
      const job = slot.job;
      if (!job || job.request.id !== reply.id) return;
      slot.job = null;
      slot.worker.unref();
      if ('plan' in reply) job.resolve(reply.plan);
      else if ('refused' in reply) job.reject(new DomainError(reply.refused.code, reply.refused.message, { issues: reply.refused.issues, detail: reply.refused.detail }));
      else job.reject(new Error(`the planner failed: ${reply.failed}`));
      this.pump();
    });
    const lost = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      slot.job?.reject(new Error(`the planner worker stopped: ${why}`));
      slot.job = null;
      if (!this.closed) this.pump();
    };
    slot.worker.on('error', (e) => lost(e.message));
    slot.worker.on('exit', (code) => lost(`exit code ${code}`));
    this.slots.push(slot);
    return slot;
  }
}
