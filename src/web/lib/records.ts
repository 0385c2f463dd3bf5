/** Where each log entry's record lives in the app, from its stream ("pledge:ann-001") or its payload. */
import type { components } from '../api/schema';

type Event = components['schemas']['Event'];

export const EVENT_TYPES = [
  'OrganizationRegistered',
  'FxRateRecorded',
  'PublicTotalRecorded',
  'PledgeAnnounced',
  'PledgeStateChanged',
  'PledgeAmountChanged',
  'PledgeMarkedDuplicate',
  'PaymentRecorded',
  'RequirementProposed',
  'RequirementValidated',
  'RequirementRejected',
  'RequirementPriced',
  'RequirementWithdrawn',
  'RequirementStatusChanged',
  'RequirementsReranked',
  'ListVersionProposed',
  'ListVersionApproved',
  'PackageCreated',
  'PackageStateChanged',
  'PackageContracted',
  'FundsAllocated',
  'AllocationReleased',
  'ShipmentRecorded',
  'ReceiptConfirmed',
  'ClassificationSet',
] as const;

export function recordLink(e: Pick<Event, 'stream' | 'payload'>): string | null {
  const [kind, ...rest] = e.stream.split(':');
  const id = rest.join(':');
  const packageId = typeof e.payload.packageId === 'string' ? e.payload.packageId : null;
  switch (kind) {
    case 'pledge':
      return `/pledges/${id}`;
    case 'requirement':
      return `/list/${id}`;
    case 'package':
      return `/packages/${id}`;
    case 'allocation':
    case 'shipment':
      return packageId ? `/packages/${packageId}` : null;
    case 'list':
      return '/list';
    case 'classification': {
      // "classification:pledge:ann-001": the level was set on that record.
      const [target, ...idParts] = rest;
      const targetId = idParts.join(':');
      return target === 'pledge' ? `/pledges/${targetId}` : target === 'package' ? `/packages/${targetId}` : null;
    }
    default:
      return null;
  }
}
