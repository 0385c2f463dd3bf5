/**
 * Turns the illustrative data (lines, list history, packages) into dated command steps for the
 * loader (illustrative.ts). Most inputs are fixed; a few are read from the store when the step runs,
 * because they depend on the public record loaded before: the price of a package's balance line
 * (what its pledge buys at the FX table's rate), an allocation's amount (the pledge's whole amount)
 * and a re-ranking (the full new order, from the ranking as it then stands).
 */
import type { AnyCommand } from '../commands/command.ts';
import { COMMANDS } from '../commands/index.ts';
import type { Actor } from '../domain/actors.ts';
import { convertVia } from '../domain/fx.ts';
import { toJson, type MoneyJson } from '../domain/money.ts';
import { counts } from '../domain/pledge.ts';
import { moveLine } from '../domain/requirement.ts';
import type { Queryable } from '../store/db.ts';
import { ratesFor } from '../store/repositories/allocations.ts';
import { getPledge } from '../store/repositories/pledges.ts';
import { activeRanking } from '../store/repositories/requirements.ts';
import { ILLUSTRATIVE_LINES, type IllustrativeLine } from './illustrative-lines.ts';
import { ILLUSTRATIVE_RERANKS, ILLUSTRATIVE_VERSIONS, type IllustrativeRerank } from './illustrative-list.ts';
import { ILLUSTRATIVE_PACKAGES, type IllustrativePackage } from './illustrative-packages.ts';

const as = (orgId: string, role: Actor['role']): Actor => ({ orgId, role, userId: 'demo-illustrative' });
export const ILLUSTRATIVE_ACTORS = {
  recipient: as('ua-mod', 'recipient'),
  coordinator: as('nato', 'coordinator'),
  supplier: as('us-dod', 'supplier'),
} as const;

/** What a step sends, or why it is left out. */
export type Resolved = { input: unknown } | { skip: string };

export interface Step {
  on: string; // YYYY-MM-DD
  actor: Actor;
  command: AnyCommand;
  resolve(q: Queryable): Promise<Resolved>;
}

const fixed = (input: unknown) => async (): Promise<Resolved> => ({ input });
const usd = (wholeDollars: bigint): MoneyJson => toJson({ minor: wholeDollars * 100n, currency: 'USD' });

const lineById = new Map(ILLUSTRATIVE_LINES.map((l) => [l.lineId, l]));
function lineOf(lineId: string): IllustrativeLine {
  const l = lineById.get(lineId);
  if (!l) throw new Error(`illustrative data: no line '${lineId}'`);
  return l;
}

/**
 * The supplier price of a package's balance line (a lot of one): the USD value of the funding
 * pledge's whole amount at the allocation date, through the same rates the allocation will use,
 * less the package's other lines.
 */
async function balancePrice(q: Queryable, pkg: IllustrativePackage, lineId: string): Promise<MoneyJson> {
  if (!pkg.funding) throw new Error(`illustrative data: balance line '${lineId}' is in unfunded package '${pkg.packageId}'`);
  if (lineOf(lineId).quantity !== 1n) throw new Error(`illustrative data: balance line '${lineId}' must be a lot of one`);
  const pledge = await getPledge(q, pkg.funding.pledgeId);
  if (!pledge.amount) throw new Error(`illustrative data: pledge '${pledge.pledgeId}' funds '${pkg.packageId}' but has no amount`);
  const value = convertVia(await ratesFor(q, pledge.amount.currency), pledge.amount, 'USD', pkg.funding.on);
  if (!value) throw new Error(`illustrative data: no FX rate values ${pledge.amount.currency} in USD on ${pkg.funding.on}`);
  let rest = value.money.minor;
  for (const id of pkg.lines.filter((l) => l !== lineId)) {
    const unit = lineOf(id).priced?.unitUsd;
    if (typeof unit !== 'bigint') throw new Error(`illustrative data: package '${pkg.packageId}' has two balance lines`);
    rest -= unit * 100n * lineOf(id).quantity;
  }
  if (rest <= 0n) throw new Error(`illustrative data: package '${pkg.packageId}' costs more than its pledge buys`);
  return toJson({ minor: rest, currency: 'USD' });
}

function lineSteps(l: IllustrativeLine): Step[] {
  const { recipient, coordinator, supplier } = ILLUSTRATIVE_ACTORS;
  const steps: Step[] = [
    {
      on: l.proposedOn,
      actor: recipient,
      command: COMMANDS.proposeRequirement,
      resolve: fixed({
        lineId: l.lineId,
        capabilityArea: l.capabilityArea,
        item: l.item,
        quantity: l.quantity.toString(),
        unit: l.unit,
        estimatedUnitPrice: usd(l.estimateUsd),
        neededBy: l.neededBy,
        partialAllowed: l.partialAllowed,
        illustrative: true,
      }),
    },
  ];
  if (l.validatedOn) steps.push({ on: l.validatedOn, actor: coordinator, command: COMMANDS.validateRequirement, resolve: fixed({ lineId: l.lineId }) });
  const priced = l.priced;
  if (priced) {
    const pkg = ILLUSTRATIVE_PACKAGES.find((p) => p.lines.includes(l.lineId));
    steps.push({
      on: priced.on,
      actor: supplier,
      command: COMMANDS.priceRequirement,
      resolve: async (q) => ({
        input: {
          lineId: l.lineId,
          unitPrice: priced.unitUsd === 'balance' ? await balancePrice(q, pkg!, l.lineId) : usd(priced.unitUsd),
          availability: priced.availability,
        },
      }),
    });
  }
  if (l.ended) {
    const command = l.ended.kind === 'rejected' ? COMMANDS.rejectRequirement : COMMANDS.withdrawRequirement;
    steps.push({ on: l.ended.on, actor: l.ended.kind === 'rejected' ? coordinator : recipient, command, resolve: fixed({ lineId: l.lineId, reason: l.ended.reason }) });
  }
  return steps;
}

const rerankStep = (r: IllustrativeRerank): Step => ({
  on: r.on,
  actor: ILLUSTRATIVE_ACTORS.recipient,
  command: COMMANDS.rerankRequirements,
  async resolve(q) {
    let order = [...(await activeRanking(q))];
    for (const m of r.moves) order = moveLine(order, m.lineId, m.toRank);
    return { input: { order, reason: r.reason } };
  },
});

function versionSteps(): Step[] {
  return ILLUSTRATIVE_VERSIONS.flatMap((v): Step[] => [
    { on: v.proposedOn, actor: ILLUSTRATIVE_ACTORS.recipient, command: COMMANDS.proposeListVersion, resolve: fixed({ month: v.month, versionId: v.versionId }) },
    ...(['recipient', 'coordinator', 'supplier'] as const).map((role) => ({
      on: v.approvedOn[role],
      actor: ILLUSTRATIVE_ACTORS[role],
      command: COMMANDS.approveListVersion,
      resolve: fixed({ versionId: v.versionId }),
    })),
  ]);
}

function allocationStep(pkg: IllustrativePackage, f: NonNullable<IllustrativePackage['funding']>): Step {
  return {
    on: f.on,
    actor: ILLUSTRATIVE_ACTORS.coordinator,
    command: COMMANDS.allocateFunds,
    async resolve(q) {
      const pledge = await getPledge(q, f.pledgeId);
      // Only money that counts may be allocated: an announced pledge leaves its package raising funds.
      if (f.whenCounting && !counts(pledge)) return { skip: `${pkg.packageId}: pledge ${f.pledgeId} is ${pledge.state}, so the package stays in funding` };
      if (!pledge.amount) throw new Error(`illustrative data: pledge '${f.pledgeId}' funds '${pkg.packageId}' but has no amount`);
      return { input: { allocationId: f.allocationId, pledgeId: f.pledgeId, packageId: pkg.packageId, amount: toJson(pledge.amount) } };
    },
  };
}

function packageSteps(p: IllustrativePackage): Step[] {
  const { recipient, coordinator, supplier } = ILLUSTRATIVE_ACTORS;
  const id = { packageId: p.packageId };
  const steps: Step[] = [
    { on: p.createdOn, actor: coordinator, command: COMMANDS.createPackage, resolve: fixed({ ...id, name: p.name, lines: p.lines, illustrative: true }) },
  ];
  if (p.prioritisedOn) steps.push({ on: p.prioritisedOn, actor: coordinator, command: COMMANDS.prioritisePackage, resolve: fixed(id) });
  if (p.fundingOpenedOn) steps.push({ on: p.fundingOpenedOn, actor: coordinator, command: COMMANDS.openPackageFunding, resolve: fixed(id) });
  if (p.funding) steps.push(allocationStep(p, p.funding));
  if (p.contract) steps.push({ on: p.contract.on, actor: supplier, command: COMMANDS.contractPackage, resolve: fixed({ ...id, caseReference: p.contract.caseReference }) });
  for (const s of p.shipments) {
    steps.push({
      on: s.shippedOn,
      actor: supplier,
      command: COMMANDS.recordShipment,
      resolve: fixed({ shipmentId: s.shipmentId, ...id, lineId: s.lineId, quantity: s.quantity.toString(), shippedOn: s.shippedOn }),
    });
    if (s.receivedOn) {
      steps.push({
        on: s.receivedOn,
        actor: recipient,
        command: COMMANDS.confirmReceipt,
        resolve: fixed({ shipmentId: s.shipmentId, quantity: s.quantity.toString(), receivedOn: s.receivedOn }),
      });
    }
  }
  if (p.closedOn) steps.push({ on: p.closedOn, actor: coordinator, command: COMMANDS.closePackage, resolve: fixed(id) });
  return steps;
}

/** Every step, in date order; steps of one day keep the order above (a line before its package). */
export function illustrativeSteps(): Step[] {
  const steps = [...ILLUSTRATIVE_LINES.flatMap(lineSteps), ...ILLUSTRATIVE_RERANKS.map(rerankStep), ...versionSteps(), ...ILLUSTRATIVE_PACKAGES.flatMap(packageSteps)];
  return steps.map((s, i) => ({ s, i })).sort((a, b) => (a.s.on < b.s.on ? -1 : a.s.on > b.s.on ? 1 : a.i - b.i)).map((x) => x.s);
}

/** The pledges the illustrative packages need from the public record. */
export const FUNDING_PLEDGES: readonly string[] = ILLUSTRATIVE_PACKAGES.flatMap((p) => (p.funding ? [p.funding.pledgeId] : []));
