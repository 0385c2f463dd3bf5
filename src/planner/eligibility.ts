/**
 * May this pledge's money fund this target? The record's earmarks (none, package, capability) are
 * decided by the allocation command's own rule, `earmarkAllows` (src/domain/allocation.ts), so a
 * plan never proposes what the command would refuse. A line in no package is judged as a package
 * of that one line would be. Scenario earmarks add a list of lines, and limits: excluded packages,
 * lines or areas, and a month before which the money is not there.
 */
import { earmarkAllows } from '../domain/allocation.ts';
import type { Earmark } from '../domain/events.ts';
import type { Package, PackageLine } from '../domain/package.ts';
import type { Limits, PlanPledge, PlanTarget } from './instance.ts';

/** The target as the allocation rule sees a package: its id and its lines' areas. */
export type RuleView = Pick<Package, 'packageId' | 'lines'>;

function asPackageLine(lineId: string, capabilityArea: string): PackageLine {
  return { lineId, capabilityArea, quantity: 0n, unitPrice: { minor: 0n, currency: 'USD' }, status: 'packaged', shipped: 0n, received: 0n, lost: 0n };
}

/** A line in no package has no package id; ':' never appears in ids, so no package earmark matches it. */
export function ruleView(t: Pick<PlanTarget, 'id' | 'kind' | 'lines'>): RuleView {
  return { packageId: t.kind === 'package' ? t.id : `line:${t.id}`, lines: t.lines.map((l) => asPackageLine(l.lineId, l.area)) };
}

function anyLineInArea(view: RuleView, area: string): boolean {
  return view.lines.some((l) => earmarkAllows({ kind: 'capability', capabilityArea: area }, { packageId: view.packageId, lines: [l] }));
}

function limitsAllow(limits: Limits, t: Pick<PlanTarget, 'id' | 'kind' | 'lines'>, view: RuleView): boolean {
  if (t.kind === 'package' && limits.excludePackages?.includes(t.id)) return false;
  if (limits.excludeLines && t.lines.some((l) => limits.excludeLines!.includes(l.lineId))) return false;
  if (limits.excludeAreas && limits.excludeAreas.some((a) => anyLineInArea(view, a))) return false;
  if (limits.notBefore !== undefined && t.lines.some((l) => l.neededBy < limits.notBefore!)) return false;
  return true;
}

function recordEarmark(e: Exclude<PlanPledge['earmark'], { kind: 'lines' }>): Earmark {
  return e.kind === 'package' ? { kind: 'package', packageId: e.packageId } : e.kind === 'capability' ? { kind: 'capability', capabilityArea: e.capabilityArea } : { kind: 'none' };
}

/** `limits` are the pledge's own: a scenario earmark's limits and the scenario's restrictions, merged when the instance is built. */
export function mayFund(p: Pick<PlanPledge, 'earmark' | 'limits'>, t: Pick<PlanTarget, 'id' | 'kind' | 'lines'>, view: RuleView = ruleView(t)): boolean {
  const e = p.earmark;
  const base = e.kind === 'lines' ? t.lines.length > 0 && t.lines.every((l) => e.lineIds.includes(l.lineId)) : earmarkAllows(recordEarmark(e), view);
  return base && limitsAllow(p.limits, t, view);
}

/** A short description of where a pledge's money may go, for explanations. */
export function describeEarmark(e: PlanPledge['earmark']): string {
  switch (e.kind) {
    case 'none':
      return 'unearmarked';
    case 'package':
      return `earmarked for package '${e.packageId}'`;
    case 'capability':
      return `earmarked for ${e.capabilityArea}`;
    case 'lines':
      return `earmarked for line${e.lineIds.length > 1 ? 's' : ''} ${e.lineIds.map((l) => `'${l}'`).join(', ')}`;
  }
}
