/**
 * Which classified records and fields each event speaks of, so that an event can be shown to a
 * caller only as far as its clearance goes: an event about a record the caller may not see is not
 * shown at all; the payload paths of a field the caller may not read are withheld. The same map
 * says which parts of an event the transparency log commits to by salted hash.
 */
import type { ClassifiedKind } from './classification.ts';
import { concretePaths, setPath } from './json-paths.ts';

export interface FieldPart {
  kind: ClassifiedKind;
  id: string;
  field: string;
  /** Dotted payload paths; `*` stands for every element of an array. */
  paths: string[];
}

export interface EventParts {
  records: { kind: ClassifiedKind; id: string }[];
  fields: FieldPart[];
}

/** What the projections know that an event does not say itself: an allocation's pledge and package, a shipment's package. */
export interface EventRefs {
  allocation(id: string): { pledgeId: string; packageId: string } | undefined;
  shipmentPackage(id: string): string | undefined;
}

const PLEDGE_AMOUNT_PATHS = ['amount', 'statedEquivalent', 'contributors.*.share', 'figureBasis', 'note', 'contents'];

export function eventParts(type: string, payload: Record<string, unknown>, refs: EventRefs): EventParts {
  const s = (k: string) => String(payload[k] ?? '');
  const pledge = (id: string) => ({ kind: 'pledge' as const, id });
  const pkg = (id: string) => ({ kind: 'package' as const, id });
  const shipment = (id: string) => ({ kind: 'shipment' as const, id });
  switch (type) {
    case 'PledgeAnnounced':
      return { records: [pledge(s('pledgeId'))], fields: [{ ...pledge(s('pledgeId')), field: 'amount', paths: PLEDGE_AMOUNT_PATHS }] };
    case 'PledgeAmountChanged':
      return { records: [pledge(s('pledgeId'))], fields: [{ ...pledge(s('pledgeId')), field: 'amount', paths: ['from', 'to', 'reason', 'source'] }] };
    case 'PaymentRecorded':
      return { records: [pledge(s('pledgeId'))], fields: [{ ...pledge(s('pledgeId')), field: 'amount', paths: ['amount', 'reference'] }] };
    case 'PledgeStateChanged':
      return { records: [pledge(s('pledgeId'))], fields: [] };
    case 'PledgeMarkedDuplicate':
      return { records: [pledge(s('pledgeId')), pledge(s('duplicateOf'))], fields: [] };
    case 'FundsAllocated':
      return { records: [pledge(s('pledgeId')), pkg(s('packageId'))], fields: [] };
    case 'AllocationReleased': {
      const a = refs.allocation(s('allocationId'));
      return { records: a ? [pledge(a.pledgeId), pkg(a.packageId)] : [], fields: [] };
    }
    case 'PackageCreated':
      return { records: [pkg(s('packageId'))], fields: [{ ...pkg(s('packageId')), field: 'lines', paths: ['lines'] }] };
    case 'PackageStateChanged':
    case 'PackageContracted':
      return { records: [pkg(s('packageId'))], fields: [] };
    case 'ShipmentRecorded':
      return {
        records: [pkg(s('packageId')), shipment(s('shipmentId'))],
        fields: [
          { ...shipment(s('shipmentId')), field: 'schedule', paths: ['quantity', 'shippedOn'] },
          { ...pkg(s('packageId')), field: 'lines', paths: ['lineId', 'quantity'] },
        ],
      };
    case 'ReceiptConfirmed': {
      const packageId = refs.shipmentPackage(s('shipmentId'));
      return {
        records: [shipment(s('shipmentId')), ...(packageId ? [pkg(packageId)] : [])],
        fields: [
          { ...shipment(s('shipmentId')), field: 'schedule', paths: ['quantity', 'receivedOn', 'note'] },
          ...(packageId ? [{ ...pkg(packageId), field: 'lines', paths: ['quantity', 'note'] }] : []),
        ],
      };
    }
    case 'FulfilmentRecorded': {
      const evidence = payload.evidence as { kind?: string; pledgeId?: string } | undefined;
      if (evidence?.kind !== 'pledge' && evidence?.kind !== 'payment') return { records: [], fields: [] };
      return { records: [pledge(evidence.pledgeId!)], fields: [{ ...pledge(evidence.pledgeId!), field: 'amount', paths: ['evidence.amount', 'value', 'basis'] }] };
    }
    case 'ClassificationSet':
      return { records: [{ kind: payload.kind as ClassifiedKind, id: s('id') }], fields: [] };
    default:
      return { records: [], fields: [] };
  }
}

/** A copy of `payload` with the values at `paths` set to null (array elements' fields too). */
export function withholdPaths(payload: Record<string, unknown>, paths: readonly string[]): Record<string, unknown> {
  const copy = structuredClone(payload);
  for (const p of concretePaths(copy, paths)) setPath(copy, p, null);
  return copy;
}

const NO_REFS: EventRefs = { allocation: () => undefined, shipmentPackage: () => undefined };

/** Personal data in events: a person's name is for the coalition, never for the public log. */
export const PERSONAL_PATHS: Readonly<Record<string, readonly string[]>> = { UserRegistered: ['displayName'] };

/**
 * The envelope paths a log leaf commits to by salted hash rather than holding in clear, whatever
 * their level today (levels change; a leaf never does): every classified field's paths, personal
 * data, and the request hash (a hash of the request, which a guess of a classified value could
 * otherwise match).
 */
export function committedPatterns(type: string, payload: Record<string, unknown>): string[] {
  const paths = eventParts(type, payload, NO_REFS).fields.flatMap((f) => f.paths.map((p) => `payload.${p}`));
  return ['requestHash', ...new Set([...paths, ...(PERSONAL_PATHS[type] ?? []).map((p) => `payload.${p}`)])];
}
