/**
 * The legal status of a guarantee framework, and the rule for changing it. Pure.
 *
 * The track runs discussed -> proposed -> agreed -> signed -> ratified -> in force, one step at a
 * time. Ratification is a step only where the binding level calls for it (a treaty, a ratified law);
 * a political declaration or an executive agreement goes from signed straight to in force, and where
 * the binding level is unknown either way is accepted. Off the track: suspended (from signed,
 * ratified or in force; it resumes to the status it left), expired and withdrawn (both final).
 * Anything else, a skipped step or a move backwards, is refused unless it is recorded as a
 * correction with a reason, so the history never silently rewrites itself.
 */
import { latestDay, type FuzzyDate } from './dates.ts';
import { conflict, DomainError, invalid } from './errors.ts';
import type { LegalStatus } from './events.ts';
import { BINDING_LEVELS, type BindingLevel } from './guarantee-vocabulary.ts';

export const LEGAL_STATUSES = ['discussed', 'proposed', 'agreed', 'signed', 'ratified', 'in_force', 'suspended', 'expired', 'withdrawn'] as const satisfies readonly LegalStatus[];

export const TRACK: readonly LegalStatus[] = ['discussed', 'proposed', 'agreed', 'signed', 'ratified', 'in_force'];
export const FINAL_STATUSES: readonly LegalStatus[] = ['expired', 'withdrawn'];
const SUSPENDABLE: readonly LegalStatus[] = ['signed', 'ratified', 'in_force'];

export interface FrameworkStatusState {
  frameworkId: string;
  status: LegalStatus;
  /** The status a suspended framework resumes to. */
  suspendedFrom: LegalStatus | null;
  statusOn: FuzzyDate | null;
  bindingLevel: BindingLevel;
}

export interface StatusChange {
  to: LegalStatus;
  effectiveOn: FuzzyDate | null;
  correction: boolean;
  reason?: string | undefined;
  bindingLevel?: BindingLevel | undefined;
}

/** The statuses a framework may move to without a correction. */
export function nextStatuses(s: Pick<FrameworkStatusState, 'status' | 'suspendedFrom'>, binding: BindingLevel): LegalStatus[] {
  const ratification = BINDING_LEVELS[binding].ratification;
  const out: LegalStatus[] = [];
  switch (s.status) {
    case 'discussed':
      out.push('proposed');
      break;
    case 'proposed':
      out.push('agreed');
      break;
    case 'agreed':
      out.push('signed');
      break;
    case 'signed':
      if (ratification !== false) out.push('ratified');
      if (ratification !== true) out.push('in_force');
      break;
    case 'ratified':
      out.push('in_force');
      break;
    case 'suspended':
      if (s.suspendedFrom) out.push(s.suspendedFrom);
      break;
    default:
      break;
  }
  if (SUSPENDABLE.includes(s.status)) out.push('suspended');
  if (!FINAL_STATUSES.includes(s.status)) {
    out.push('withdrawn');
    if (SUSPENDABLE.includes(s.status) || s.status === 'suspended') out.push('expired');
  }
  return out;
}

/** The first day a fuzzy date can mean. */
const earliestDay = (d: FuzzyDate): string => (d.precision === 'day' ? d.value : d.precision === 'month' ? `${d.value}-01` : `${d.value}-01-01`);

function whyRefused(s: FrameworkStatusState, to: LegalStatus, binding: BindingLevel): string {
  const from = TRACK.indexOf(s.status);
  const target = TRACK.indexOf(to);
  if (FINAL_STATUSES.includes(s.status)) return `${s.status} is final`;
  if (from >= 0 && target >= 0 && target < from) return 'that moves backwards';
  if (to === 'ratified' && BINDING_LEVELS[binding].ratification === false) return `a ${binding.replace(/_/g, ' ')} is not ratified`;
  if (s.status === 'suspended') return `a suspended framework resumes to ${s.suspendedFrom ?? 'its earlier status'}, or expires, or is withdrawn`;
  if (from >= 0 && target > from) return `that skips ${TRACK.slice(from + 1, target).join(', ')}`;
  return 'that is not a step of the legal-status track';
}

/**
 * Checks a status change. Refusals in precedence order: a correction without a reason
 * (validation), no change at all (conflict), a step the track does not allow (invalid transition,
 * with the current state), and a date before the current status's date (validation).
 */
export function checkStatusChange(s: FrameworkStatusState, c: StatusChange): void {
  if (c.correction && (c.reason === undefined || c.reason.trim().length < 3)) throw invalid('reason', 'a correction must say why');
  if (c.to === s.status) throw conflict(`framework '${s.frameworkId}' is already ${s.status}`, { currentState: s.status });
  if (c.correction) return;
  const binding = c.bindingLevel ?? s.bindingLevel;
  if (!nextStatuses(s, binding).includes(c.to)) {
    const allowed = nextStatuses(s, binding);
    throw new DomainError(
      'invalid_transition',
      `framework '${s.frameworkId}' is ${s.status}; cannot become ${c.to}: ${whyRefused(s, c.to, binding)} ` +
        `(allowed: ${allowed.join(', ') || 'none'}; otherwise record a correction with a reason)`,
      { detail: { kind: 'framework', id: s.frameworkId, currentState: s.status, allowed } },
    );
  }
  if (c.effectiveOn && s.statusOn && latestDay(c.effectiveOn) < earliestDay(s.statusOn)) {
    throw invalid('effectiveOn', `${c.effectiveOn.value} is before the current status's date ${s.statusOn.value}; record a correction if the history was wrong`);
  }
}

/** The state after an accepted change (what the projection stores). */
export function applyStatusChange(s: FrameworkStatusState, c: StatusChange): FrameworkStatusState {
  return {
    ...s,
    status: c.to,
    suspendedFrom: c.to === 'suspended' ? s.status : null,
    statusOn: c.effectiveOn,
    bindingLevel: c.bindingLevel ?? s.bindingLevel,
  };
}
