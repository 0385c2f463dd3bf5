/**
 * A scenario must make sense against the record before anything is planned: every pledge, package,
 * line and capability area it names must exist (404, naming the field), and nothing may contradict
 * itself or the record (409, naming the field): new money under an id the record already uses,
 * a pledge both left out and restricted, money earmarked for a package that takes no money, a
 * requirement on a line the plan does not cover. Infeasible requirements are found later, by the
 * priority pass, which names the money that falls short.
 */
import { earmarkAllows } from '../domain/allocation.ts';
import { DomainError, invalid } from '../domain/errors.ts';
import { parseRate } from '../domain/fx.ts';
import { CAPABILITY_AREAS } from '../domain/requirement.ts';
import type { PlanTarget } from './instance.ts';
import type { Scenario } from './scenario.ts';
import type { Snapshot } from './snapshot.ts';

const refused = (code: 'not_found' | 'conflict', field: string, message: string): DomainError =>
  new DomainError(code, `${field}: ${message}`, { issues: [{ field, message }], detail: { field } });

/** An area is known when the allocation rule would match it to one of the list's areas (it compares loosely). */
const knownArea = (area: string): boolean =>
  CAPABILITY_AREAS.some((a) =>
    earmarkAllows({ kind: 'capability', capabilityArea: area }, { packageId: '-', lines: [{ lineId: '-', capabilityArea: a, quantity: 0n, unitPrice: { minor: 0n, currency: 'USD' }, status: 'priced', shipped: 0n, received: 0n, lost: 0n }] }),
  );

interface Refs {
  packages?: string[] | undefined;
  lines?: string[] | undefined;
  areas?: string[] | undefined;
}

export function checkScenario(s: Snapshot, sc: Scenario, targets: readonly PlanTarget[]): void {
  const pledgeIds = new Set(s.pledges.map((p) => p.pledgeId));
  const packageIds = new Set(s.packages.map((p) => p.packageId));
  const lineIds = new Set(s.lines.map((l) => l.lineId));
  const unplannable = new Map(s.unplannable.map((l) => [l.lineId, l]));
  const plannedPackages = new Set(targets.filter((t) => t.kind === 'package').map((t) => t.id));
  const plannedLines = new Set(targets.flatMap((t) => t.lines.map((l) => l.lineId)));

  const checkLine = (id: string, field: string, mustBePlanned: boolean) => {
    const u = unplannable.get(id);
    if (u) throw refused('conflict', field, `line '${id}' cannot be funded yet: ${u.reason}`);
    if (!lineIds.has(id)) throw refused('not_found', field, `line '${id}' is not an active, priced line of the list`);
    if (mustBePlanned && !plannedLines.has(id)) throw refused('conflict', field, `line '${id}' is left out of this plan (its package is fully funded, or the scenario leaves it out)`);
  };
  const checkPackage = (id: string, field: string, mustBePlanned: boolean) => {
    if (!packageIds.has(id)) throw refused('not_found', field, `package '${id}' is not a draft or a package raising money`);
    if (mustBePlanned && !plannedPackages.has(id)) throw refused('conflict', field, `package '${id}' takes no money in this plan (it is fully funded, or the scenario leaves drafts out)`);
  };
  const checkRefs = (r: Refs, at: string) => {
    r.packages?.forEach((id, i) => checkPackage(id, `${at}excludePackages.${i}`, false));
    r.lines?.forEach((id, i) => checkLine(id, `${at}excludeLines.${i}`, false));
    r.areas?.forEach((a, i) => {
      if (!knownArea(a)) throw invalid(`${at}excludeAreas.${i}`, `'${a}' is not a capability area (${CAPABILITY_AREAS.join(', ')})`);
    });
  };

  const excluded = new Set(sc.excludePledges ?? []);
  sc.excludePledges?.forEach((id, i) => {
    if (!pledgeIds.has(id)) throw refused('not_found', `excludePledges.${i}`, `pledge '${id}' does not exist`);
  });
  sc.restrict?.forEach((r, i) => {
    if (!pledgeIds.has(r.pledgeId)) throw refused('not_found', `restrict.${i}.pledgeId`, `pledge '${r.pledgeId}' does not exist`);
    if (excluded.has(r.pledgeId)) throw refused('conflict', `restrict.${i}.pledgeId`, `pledge '${r.pledgeId}' is also left out by excludePledges`);
    checkRefs({ packages: r.excludePackages, lines: r.excludeLines, areas: r.excludeAreas }, `restrict.${i}.`);
  });
  const added = new Set<string>();
  sc.addPledges?.forEach((a, i) => {
    const field = `addPledges.${i}.pledgeId`;
    if (pledgeIds.has(a.pledgeId)) throw refused('conflict', field, `'${a.pledgeId}' is already a pledge of the record; hypothetical money needs a new id`);
    if (added.has(a.pledgeId)) throw refused('conflict', field, `'${a.pledgeId}' is used twice`);
    added.add(a.pledgeId);
    const e = a.earmark;
    if (!e) return;
    const at = `addPledges.${i}.earmark.`;
    if (e.kind === 'package') checkPackage(e.packageId, `${at}packageId`, true);
    if (e.kind === 'lines') e.lineIds.forEach((id, j) => checkLine(id, `${at}lineIds.${j}`, true));
    if (e.kind === 'capability' && !knownArea(e.capabilityArea)) {
      throw invalid(`${at}capabilityArea`, `'${e.capabilityArea}' is not a capability area (${CAPABILITY_AREAS.join(', ')})`);
    }
    checkRefs({ packages: e.excludePackages, lines: e.excludeLines, areas: e.excludeAreas }, at);
  });
  sc.fxRates?.forEach((r, i) => {
    if (r.base === r.quote) throw invalid(`fxRates.${i}.quote`, 'a rate needs two different currencies');
    parseRate(r.rate, `fxRates.${i}.rate`);
  });
  sc.require?.packageIds?.forEach((id, i) => checkPackage(id, `require.packageIds.${i}`, true));
  sc.require?.lineIds?.forEach((id, i) => checkLine(id, `require.lineIds.${i}`, true));
}
