/**
 * The plain state moves of a pledge, one command each: confirm (announced -> pledged), commit,
 * withdraw, lapse, cancel. They share one shape, so one factory builds them.
 */
import { z } from 'zod';
import type { Role } from '../../domain/actors.ts';
import type { PledgeState } from '../../domain/events.ts';
import { assertCommittable, assertMayEnd, assertMayManage, assertTransition, type Pledge } from '../../domain/pledge.ts';
import { getPledge } from '../../store/repositories/pledges.ts';
import { defineCommand } from '../command.ts';
import { idSchema, reasonSchema } from '../schemas.ts';

function pledgeMove(opts: { name: string; summary: string; to: PledgeState; roles: readonly Role[]; reasonRequired: boolean; check: (p: Pledge) => void }) {
  const input = z.object({
    pledgeId: idSchema,
    reason: opts.reasonRequired ? reasonSchema : reasonSchema.optional(),
  });
  return defineCommand({
    name: opts.name,
    summary: opts.summary,
    input,
    roles: opts.roles,
    load: (tx, i) => getPledge(tx, i.pledgeId),
    decide(pledge, i, ctx) {
      assertMayManage(pledge, ctx.actor, opts.name.replace(/-pledge$/, '') + ' it');
      opts.check(pledge);
      return [
        {
          type: 'PledgeStateChanged',
          stream: `pledge:${pledge.pledgeId}`,
          payload: { pledgeId: pledge.pledgeId, from: pledge.state, to: opts.to, reason: i.reason },
        },
      ];
    },
  });
}

export const confirmPledge = pledgeMove({
  name: 'confirm-pledge',
  summary: 'An announced pledge becomes a formal pledge',
  to: 'pledged',
  roles: ['ally', 'coordinator'],
  reasonRequired: false,
  check: (p) => assertTransition(p, 'pledged', 'confirm it'),
});

export const commitPledge = pledgeMove({
  name: 'commit-pledge',
  summary: 'The contributor commits the money; from now on it counts toward coverage',
  to: 'committed',
  roles: ['ally', 'coordinator'],
  reasonRequired: false,
  check: assertCommittable,
});

export const withdrawPledge = pledgeMove({
  name: 'withdraw-pledge',
  summary: 'The contributor takes the pledge back (reason required)',
  to: 'withdrawn',
  roles: ['ally', 'coordinator'],
  reasonRequired: true,
  check: (p) => assertMayEnd(p, 'withdrawn'),
});

export const lapsePledge = pledgeMove({
  name: 'lapse-pledge',
  summary: 'The coordinator records that a pledge lapsed unfulfilled (reason required)',
  to: 'lapsed',
  roles: ['coordinator'],
  reasonRequired: true,
  check: (p) => assertMayEnd(p, 'lapsed'),
});

export const cancelPledge = pledgeMove({
  name: 'cancel-pledge',
  summary: 'Cancel a pledge recorded in error (reason required)',
  to: 'cancelled',
  roles: ['ally', 'coordinator'],
  reasonRequired: true,
  check: (p) => assertMayEnd(p, 'cancelled'),
});
