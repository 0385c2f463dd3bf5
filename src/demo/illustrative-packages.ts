/**
 * The demo's packages. ILLUSTRATIVE: who funded packages 1-4 and roughly what they bought is public
 * (BRIEF sections 3-4; the pledges are ann-001, ann-002, ann-004 and ann-005 of the public record),
 * but their itemized contents, case references, shipment and receipt dates are not, so all of those
 * are invented here and say so. The first PURL equipment was reported in Ukraine around 18 September
 * 2025; the first receipt below is dated to match.
 *
 * Each funded package is funded by one allocation of its pledge's whole amount, in the pledge's
 * currency, valued in USD through the FX table at the allocation date; its 'balance' line is priced
 * so that the package costs exactly that (illustrative-lines.ts), so no package is over-funded.
 *
 * Package 5 is funded by the Nordic-Baltic pledge of 13 November 2025 (ann-018) only if that pledge
 * counts (is committed or paid) when the demo loads; the public record has it announced only, so
 * the package stays in funding and shows its gap.
 */
export interface IllustrativeShipment {
  shipmentId: string;
  lineId: string;
  quantity: bigint;
  shippedOn: string;
  /** The recipient's confirmation, where it has come; everything shipped arrived. */
  receivedOn?: string;
}

export interface IllustrativePackage {
  packageId: string;
  name: string;
  lines: readonly string[];
  createdOn: string;
  prioritisedOn?: string;
  fundingOpenedOn?: string;
  /**
   * The allocation of the pledge's whole amount. With whenCounting, it is made only if the pledge
   * counts (committed or paid) when the demo loads; otherwise a refusal stops the load.
   */
  funding?: { pledgeId: string; allocationId: string; on: string; whenCounting?: boolean };
  contract?: { on: string; caseReference: string };
  shipments: readonly IllustrativeShipment[];
  closedOn?: string;
}

const caseRef = (n: string): string => `ILLUSTRATIVE-LOA-${n} (invented for the demo; not a real case)`;

export const ILLUSTRATIVE_PACKAGES: readonly IllustrativePackage[] = [
  {
    packageId: 'pkg-nl-patriot',
    name: 'PURL package 1 — Patriot (NL), illustrative contents',
    lines: ['ill-pac3-mse-a', 'ill-gem-t-a', 'ill-patriot-parts-a'],
    createdOn: '2025-08-06',
    prioritisedOn: '2025-08-06',
    fundingOpenedOn: '2025-08-07',
    funding: { pledgeId: 'ann-001', allocationId: 'alloc-nl-patriot', on: '2025-08-11' },
    contract: { on: '2025-08-19', caseReference: caseRef('NL-01') },
    shipments: [
      { shipmentId: 'ship-nl-1', lineId: 'ill-pac3-mse-a', quantity: 36n, shippedOn: '2025-09-05', receivedOn: '2025-09-18' },
      { shipmentId: 'ship-nl-2', lineId: 'ill-gem-t-a', quantity: 40n, shippedOn: '2025-09-08', receivedOn: '2025-09-22' },
      { shipmentId: 'ship-nl-3', lineId: 'ill-patriot-parts-a', quantity: 1n, shippedOn: '2025-09-10', receivedOn: '2025-09-24' },
      { shipmentId: 'ship-nl-4', lineId: 'ill-pac3-mse-a', quantity: 36n, shippedOn: '2025-09-26', receivedOn: '2025-10-08' },
    ],
    closedOn: '2025-10-20',
  },
  {
    packageId: 'pkg-nordic-air-defence',
    name: 'PURL package 2 — air defence, anti-tank, HIMARS (DK/NO/SE), illustrative contents',
    lines: ['ill-pac3-mse-b', 'ill-gmlrs-a', 'ill-javelin-a', 'ill-ad-spares-a'],
    createdOn: '2025-08-07',
    prioritisedOn: '2025-08-07',
    fundingOpenedOn: '2025-08-08',
    funding: { pledgeId: 'ann-002', allocationId: 'alloc-nordic-air-defence', on: '2025-08-13' },
    contract: { on: '2025-08-27', caseReference: caseRef('NORDIC-02') },
    shipments: [
      { shipmentId: 'ship-nordic-1', lineId: 'ill-gmlrs-a', quantity: 300n, shippedOn: '2025-09-20', receivedOn: '2025-09-30' },
      { shipmentId: 'ship-nordic-2', lineId: 'ill-javelin-a', quantity: 400n, shippedOn: '2025-10-03', receivedOn: '2025-10-14' },
      { shipmentId: 'ship-nordic-3', lineId: 'ill-pac3-mse-b', quantity: 20n, shippedOn: '2025-10-10', receivedOn: '2025-10-22' },
      { shipmentId: 'ship-nordic-4', lineId: 'ill-gmlrs-a', quantity: 300n, shippedOn: '2025-11-07' },
    ],
  },
  {
    packageId: 'pkg-de-air-defence',
    name: 'PURL package 3 — Patriot and air defence (DE), illustrative contents',
    lines: ['ill-pac3-mse-c', 'ill-stinger-a', 'ill-patriot-components-a'],
    createdOn: '2025-08-15',
    prioritisedOn: '2025-08-15',
    fundingOpenedOn: '2025-08-18',
    funding: { pledgeId: 'ann-004', allocationId: 'alloc-de-air-defence', on: '2025-08-21' },
    contract: { on: '2025-09-10', caseReference: caseRef('DE-03') },
    shipments: [
      { shipmentId: 'ship-de-1', lineId: 'ill-stinger-a', quantity: 100n, shippedOn: '2025-10-06', receivedOn: '2025-10-15' },
      { shipmentId: 'ship-de-2', lineId: 'ill-pac3-mse-c', quantity: 30n, shippedOn: '2025-10-20', receivedOn: '2025-11-04' },
    ],
  },
  {
    packageId: 'pkg-ca-air-defence',
    name: 'PURL package 4 — air defence and urgent needs (CA), illustrative contents',
    lines: ['ill-amraam-a', 'ill-155-er-a', 'ill-apkws-a', 'ill-ad-sustainment-a'],
    createdOn: '2025-08-26',
    prioritisedOn: '2025-08-26',
    fundingOpenedOn: '2025-08-27',
    funding: { pledgeId: 'ann-005', allocationId: 'alloc-ca-air-defence', on: '2025-09-01' },
    contract: { on: '2025-10-14', caseReference: caseRef('CA-04') },
    shipments: [],
  },
  {
    packageId: 'pkg-nordic-baltic',
    name: 'PURL package 5 — Nordic-Baltic (8 countries), illustrative contents; the number is the demo’s',
    lines: ['ill-pac3-mse-d', 'ill-155-er-b', 'ill-ad-spares-b'],
    createdOn: '2025-11-14',
    prioritisedOn: '2025-11-14',
    fundingOpenedOn: '2025-11-17',
    funding: { pledgeId: 'ann-018', allocationId: 'alloc-nordic-baltic', on: '2025-11-18', whenCounting: true },
    shipments: [],
  },
  {
    packageId: 'pkg-draft-f16',
    name: 'Draft package — F-16 munitions, illustrative contents',
    lines: ['ill-aim9x-a', 'ill-gbu39-a'],
    createdOn: '2025-11-24',
    shipments: [],
  },
];
