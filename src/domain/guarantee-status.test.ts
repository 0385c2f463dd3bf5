/**
 * Proves the legal-status rule of guarantee frameworks: one step at a time along discussed ->
 * proposed -> agreed -> signed -> (ratified ->) in force, ratification only where the binding level
 * calls for it, suspension and its resumption, final statuses, and that a skipped step, a move
 * backwards or an earlier date is refused unless recorded as a correction with a reason.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../../test/support/expect-refusal.ts';
import type { LegalStatus } from './events.ts';
import { applyStatusChange, checkStatusChange, LEGAL_STATUSES, nextStatuses, TRACK, type FrameworkStatusState } from './guarantee-status.ts';
import { BINDING_LEVEL_NAMES, type BindingLevel } from './guarantee-vocabulary.ts';

const fw = (status: LegalStatus, bindingLevel: BindingLevel = 'unknown', extra: Partial<FrameworkStatusState> = {}): FrameworkStatusState => ({
  frameworkId: 'fw',
  status,
  suspendedFrom: null,
  statusOn: null,
  bindingLevel,
  ...extra,
});
const step = (to: LegalStatus, extra: Partial<Parameters<typeof checkStatusChange>[1]> = {}) => ({ to, effectiveOn: null, correction: false, ...extra });

describe('legal status', () => {
  it('moves one step at a time along the track', () => {
    for (const [from, to] of [['discussed', 'proposed'], ['proposed', 'agreed'], ['agreed', 'signed'], ['ratified', 'in_force']] as const) {
      expect(() => checkStatusChange(fw(from), step(to))).not.toThrow();
    }
  });

  it('refuses a skipped step or a move backwards, naming the current state and what is allowed', () => {
    const skip = expectRefusal(() => checkStatusChange(fw('discussed'), step('signed')), undefined, 'invalid_transition');
    expect(skip.message).toContain('skips proposed, agreed');
    expect(skip.detail).toMatchObject({ currentState: 'discussed', allowed: ['proposed', 'withdrawn'] });
    const back = expectRefusal(() => checkStatusChange(fw('signed'), step('agreed')), undefined, 'invalid_transition');
    expect(back.message).toContain('backwards');
  });

  it('passes through ratification only where the binding level calls for it', () => {
    expect(nextStatuses(fw('signed'), 'treaty')).toContain('ratified');
    expect(nextStatuses(fw('signed'), 'treaty')).not.toContain('in_force');
    expect(nextStatuses(fw('signed'), 'political_declaration')).toContain('in_force');
    expect(nextStatuses(fw('signed'), 'political_declaration')).not.toContain('ratified');
    expect(nextStatuses(fw('signed'), 'unknown')).toEqual(expect.arrayContaining(['ratified', 'in_force']));
    const e = expectRefusal(() => checkStatusChange(fw('signed', 'executive_agreement'), step('ratified')), undefined, 'invalid_transition');
    expect(e.message).toContain('executive agreement is not ratified');
    // A change that settles the binding level is judged by the new level.
    expect(() => checkStatusChange(fw('signed', 'unknown'), step('ratified', { bindingLevel: 'treaty' }))).not.toThrow();
  });

  it('suspends from signed, ratified or in force, and resumes only to the status it left', () => {
    const suspended = applyStatusChange(fw('in_force'), step('suspended'));
    expect(suspended.suspendedFrom).toBe('in_force');
    expect(nextStatuses(suspended, 'unknown')).toEqual(['in_force', 'withdrawn', 'expired']);
    expectRefusal(() => checkStatusChange(suspended, step('signed')), undefined, 'invalid_transition');
    expectRefusal(() => checkStatusChange(fw('agreed'), step('suspended')), undefined, 'invalid_transition');
  });

  it('treats expired and withdrawn as final', () => {
    for (const s of ['expired', 'withdrawn'] as const) {
      expect(nextStatuses(fw(s), 'unknown')).toEqual([]);
      expect(expectRefusal(() => checkStatusChange(fw(s), step('in_force')), undefined, 'invalid_transition').message).toContain('final');
    }
  });

  it('accepts any move as a correction with a reason, and refuses a correction without one', () => {
    expect(() => checkStatusChange(fw('signed'), step('discussed', { correction: true, reason: 'the source misreported the signing' }))).not.toThrow();
    expectRefusal(() => checkStatusChange(fw('signed'), step('discussed', { correction: true })), 'reason');
    expectRefusal(() => checkStatusChange(fw('signed'), step('discussed', { correction: true, reason: ' x ' })), 'reason');
  });

  it('refuses no change at all, even as a correction', () => {
    expectRefusal(() => checkStatusChange(fw('signed'), step('signed')), undefined, 'conflict');
    expectRefusal(() => checkStatusChange(fw('signed'), step('signed', { correction: true, reason: 'same' })), undefined, 'conflict');
  });

  it('refuses a date before the current status date unless it is a correction', () => {
    const s = fw('agreed', 'unknown', { statusOn: { value: '2024-03', precision: 'month' } });
    expectRefusal(() => checkStatusChange(s, step('signed', { effectiveOn: { value: '2024-02-28', precision: 'day' } })), 'effectiveOn');
    expect(() => checkStatusChange(s, step('signed', { effectiveOn: { value: '2024-03-01', precision: 'day' } }))).not.toThrow();
    expect(() => checkStatusChange(s, step('signed', { effectiveOn: { value: '2024', precision: 'year' } }))).not.toThrow();
    expect(() => checkStatusChange(s, step('signed', { effectiveOn: { value: '2023-12-01', precision: 'day' }, correction: true, reason: 'dated wrongly' }))).not.toThrow();
  });

  it('never lets a non-correction move backwards along the track or skip a step (any binding level, any status)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEGAL_STATUSES), fc.constantFrom(...LEGAL_STATUSES), fc.constantFrom(...BINDING_LEVEL_NAMES), (from, to, binding) => {
        let accepted = true;
        try {
          checkStatusChange(fw(from, binding), step(to));
        } catch {
          accepted = false;
        }
        const i = TRACK.indexOf(from);
        const j = TRACK.indexOf(to);
        if (accepted && i >= 0 && j >= 0) {
          expect(j).toBeGreaterThan(i);
          // One step, or two only across a ratification the binding level does not call for.
          expect(j - i === 1 || (from === 'signed' && to === 'in_force')).toBe(true);
        }
        if (accepted) expect(['expired', 'withdrawn']).not.toContain(from);
      }),
    );
  });
});
