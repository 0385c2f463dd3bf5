/**
 * Proves the joint approval of monthly list versions: the three approving roles each approve once,
 * the third approval completes the version, anyone else or any repeat is refused, and a version
 * needs active lines and a month without a pending version.
 */
import { describe, expect, it } from 'vitest';
import type { Actor, Role } from './actors.ts';
import { DomainError } from './errors.ts';
import { assertMayProposeFor, checkApproval, pendingRoles, snapshotRanking, type ListVersion } from './list-version.ts';

const actor = (role: Role, orgId: string = role): Actor => ({ role, orgId, userId: 'u' });
const version = (over: Partial<ListVersion> = {}): ListVersion => ({ versionId: 'v1', month: '2025-10', status: 'pending', approvals: [], ...over });

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('approval', () => {
  it('completes with the third of recipient, coordinator and supplier, in any order', () => {
    const v = version({ approvals: [{ role: 'supplier', orgId: 'us' }] });
    expect(checkApproval(v, actor('recipient'))).toEqual({ complete: false });
    const two = version({ approvals: [{ role: 'supplier', orgId: 'us' }, { role: 'recipient', orgId: 'ua' }] });
    expect(checkApproval(two, actor('coordinator'))).toEqual({ complete: true });
    expect(pendingRoles(two.approvals)).toEqual(['coordinator']);
  });

  const rejections: [string, ListVersion, Actor, string, string | undefined][] = [
    ['an auditor', version(), actor('auditor'), 'forbidden', undefined],
    ['an Ally', version(), actor('ally'), 'forbidden', undefined],
    ['an approved version', version({ status: 'approved' }), actor('recipient'), 'invalid_transition', 'approved'],
    ['a superseded version', version({ status: 'superseded' }), actor('supplier'), 'invalid_transition', 'superseded'],
    ['a second approval by the same role', version({ approvals: [{ role: 'coordinator', orgId: 'nato' }] }), actor('coordinator', 'nato-2'), 'conflict', undefined],
  ];
  it.each(rejections)('refuses %s', (_name, v, a, code, currentState) => {
    const e = refusal(() => checkApproval(v, a));
    expect(e.code).toBe(code);
    if (currentState) expect(e.detail.currentState).toBe(currentState);
  });
});

describe('proposal', () => {
  it('snapshots the ranking with ranks from 1', () => {
    expect(snapshotRanking(['b', 'a'])).toEqual([
      { lineId: 'b', rank: 1 },
      { lineId: 'a', rank: 2 },
    ]);
  });
  it('refuses an empty ranking and a month with a pending version', () => {
    expect(refusal(() => snapshotRanking([])).code).toBe('conflict');
    const e = refusal(() => assertMayProposeFor('2025-10', 'v1'));
    expect(e.code).toBe('conflict');
    expect(e.detail.pendingVersionId).toBe('v1');
    expect(() => assertMayProposeFor('2025-10', null)).not.toThrow();
  });
});
