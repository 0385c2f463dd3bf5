/**
 * The demo's requirement lines. ILLUSTRATIVE: the public record names only categories (Patriot
 * interceptors and parts, GMLRS rockets for HIMARS, 155 mm extended-range shells, F-16 munitions,
 * air-defence and anti-tank items); itemized contents, quantities and prices are confidential
 * (BRIEF section 4). Every line below is invented to show the ledger working; unit prices are
 * round figures of the order of published US unit costs, not real quotations.
 *
 * A line priced 'balance' is a lot (spare parts, sustainment) whose supplier price is worked out at
 * load time as what its package's funding pledge buys at the FX rate of the allocation date, less
 * the package's other lines, so that each illustrative package is funded exactly (see
 * illustrative-packages.ts).
 */
import type { CapabilityArea } from '../domain/requirement.ts';

export interface IllustrativeLine {
  lineId: string;
  capabilityArea: CapabilityArea;
  item: string;
  quantity: bigint;
  unit: string;
  /** Ukraine's estimate, whole US dollars per unit. */
  estimateUsd: bigint;
  neededBy: string;
  partialAllowed: boolean;
  proposedOn: string;
  validatedOn?: string;
  /** The US supplier's price, whole dollars per unit, or 'balance' (see above). */
  priced?: { on: string; unitUsd: bigint | 'balance'; availability: string };
  /** How the line left the list without a package, if it did. */
  ended?: { kind: 'rejected' | 'withdrawn'; on: string; reason: string };
}

const STOCKS = 'illustrative: from US stocks, first deliveries about 4-6 weeks after contract';
const PRODUCTION = 'illustrative: from US production lines, deliveries from about 3 months after contract';
const MIXED = 'illustrative: partly from US stocks, the rest from production';

const pac3 = (tranche: string, quantity: bigint, neededBy: string, proposedOn: string, validatedOn: string, pricedOn: string): IllustrativeLine => ({
  lineId: `ill-pac3-mse-${tranche.toLowerCase()}`,
  capabilityArea: 'air_defence',
  item: `Patriot PAC-3 MSE interceptor (tranche ${tranche})`,
  quantity,
  unit: 'missile',
  estimateUsd: 4_200_000n,
  neededBy,
  partialAllowed: true,
  proposedOn,
  validatedOn,
  priced: { on: pricedOn, unitUsd: 4_150_000n, availability: MIXED },
});

const lot = (lineId: string, item: string, estimateUsd: bigint, neededBy: string, proposedOn: string, validatedOn: string, pricedOn: string): IllustrativeLine => ({
  lineId,
  capabilityArea: 'air_defence',
  item,
  quantity: 1n,
  unit: 'lot',
  estimateUsd,
  neededBy,
  partialAllowed: false,
  proposedOn,
  validatedOn,
  priced: { on: pricedOn, unitUsd: 'balance', availability: STOCKS },
});

/** In the order Ukraine proposed them; a new line joins the ranking at the end. */
export const ILLUSTRATIVE_LINES: readonly IllustrativeLine[] = [
  // The first list, July 2025: the categories the first four packages were reported to buy.
  pac3('A', 72n, '2025-09', '2025-07-21', '2025-07-29', '2025-08-05'),
  {
    lineId: 'ill-gem-t-a',
    capabilityArea: 'air_defence',
    item: 'Patriot GEM-T interceptor',
    quantity: 40n,
    unit: 'missile',
    estimateUsd: 4_000_000n,
    neededBy: '2025-09',
    partialAllowed: true,
    proposedOn: '2025-07-21',
    validatedOn: '2025-07-29',
    priced: { on: '2025-08-05', unitUsd: 3_950_000n, availability: STOCKS },
  },
  pac3('B', 40n, '2025-10', '2025-07-21', '2025-07-30', '2025-08-06'),
  {
    lineId: 'ill-gmlrs-a',
    capabilityArea: 'long_range_fires',
    item: 'GMLRS M31A2 guided rocket for HIMARS (tranche A)',
    quantity: 600n,
    unit: 'rocket',
    estimateUsd: 170_000n,
    neededBy: '2025-10',
    partialAllowed: true,
    proposedOn: '2025-07-22',
    validatedOn: '2025-07-30',
    priced: { on: '2025-08-06', unitUsd: 168_000n, availability: STOCKS },
  },
  lot('ill-patriot-parts-a', 'Patriot launcher and radar spare parts', 120_000_000n, '2025-09', '2025-07-22', '2025-07-29', '2025-08-05'),
  lot('ill-ad-spares-a', 'Air-defence spare parts and ammunition (tranche A)', 150_000_000n, '2025-10', '2025-07-22', '2025-07-30', '2025-08-06'),
  pac3('C', 60n, '2025-11', '2025-07-22', '2025-07-30', '2025-08-14'),
  {
    lineId: 'ill-javelin-a',
    capabilityArea: 'armour',
    item: 'Javelin FGM-148F anti-tank missile',
    quantity: 400n,
    unit: 'missile',
    estimateUsd: 220_000n,
    neededBy: '2025-10',
    partialAllowed: true,
    proposedOn: '2025-07-23',
    validatedOn: '2025-07-30',
    priced: { on: '2025-08-06', unitUsd: 215_000n, availability: STOCKS },
  },
  {
    lineId: 'ill-stinger-a',
    capabilityArea: 'air_defence',
    item: 'FIM-92 Stinger man-portable air-defence missile',
    quantity: 200n,
    unit: 'missile',
    estimateUsd: 480_000n,
    neededBy: '2025-11',
    partialAllowed: true,
    proposedOn: '2025-07-23',
    validatedOn: '2025-07-31',
    priced: { on: '2025-08-14', unitUsd: 475_000n, availability: MIXED },
  },
  {
    lineId: 'ill-amraam-a',
    capabilityArea: 'air_defence',
    item: 'AIM-120 AMRAAM missile for NASAMS',
    quantity: 150n,
    unit: 'missile',
    estimateUsd: 1_150_000n,
    neededBy: '2025-12',
    partialAllowed: true,
    proposedOn: '2025-07-23',
    validatedOn: '2025-07-31',
    priced: { on: '2025-08-25', unitUsd: 1_100_000n, availability: PRODUCTION },
  },
  {
    lineId: 'ill-155-er-a',
    capabilityArea: 'artillery',
    item: '155 mm extended-range artillery shell, M549A1 rocket-assisted (tranche A)',
    quantity: 15_000n,
    unit: 'round',
    estimateUsd: 9_000n,
    neededBy: '2025-12',
    partialAllowed: true,
    proposedOn: '2025-07-23',
    validatedOn: '2025-07-31',
    priced: { on: '2025-08-25', unitUsd: 8_500n, availability: MIXED },
  },
  lot('ill-patriot-components-a', 'Patriot components: radar, launcher and power units', 150_000_000n, '2025-11', '2025-07-24', '2025-07-31', '2025-08-14'),
  {
    lineId: 'ill-apkws-a',
    capabilityArea: 'counter_drone',
    item: 'APKWS II laser-guided rocket for counter-drone use',
    quantity: 2_000n,
    unit: 'rocket',
    estimateUsd: 27_000n,
    neededBy: '2025-11',
    partialAllowed: true,
    proposedOn: '2025-07-24',
    validatedOn: '2025-07-31',
    priced: { on: '2025-08-25', unitUsd: 25_000n, availability: STOCKS },
  },
  {
    lineId: 'ill-excalibur-a',
    capabilityArea: 'artillery',
    item: 'M982A1 Excalibur precision-guided 155 mm shell',
    quantity: 1_000n,
    unit: 'round',
    estimateUsd: 110_000n,
    neededBy: '2026-01',
    partialAllowed: true,
    proposedOn: '2025-07-24',
    validatedOn: '2025-08-12',
    priced: { on: '2025-10-20', unitUsd: 100_000n, availability: PRODUCTION },
  },
  lot('ill-ad-sustainment-a', 'Air-defence sustainment, spare parts and munitions', 160_000_000n, '2025-12', '2025-07-24', '2025-08-12', '2025-08-25'),
  {
    lineId: 'ill-atacms-a',
    capabilityArea: 'long_range_fires',
    item: 'ATACMS M57 tactical ballistic missile',
    quantity: 50n,
    unit: 'missile',
    estimateUsd: 1_600_000n,
    neededBy: '2025-10',
    partialAllowed: true,
    proposedOn: '2025-07-25',
    ended: {
      kind: 'rejected',
      on: '2025-08-14',
      reason: 'illustrative: outside what this list can buy from US stocks through PURL; to be pursued through other channels',
    },
  },
  {
    lineId: 'ill-m113-parts-a',
    capabilityArea: 'armour',
    item: 'M113 armoured personnel carrier spare parts',
    quantity: 1n,
    unit: 'lot',
    estimateUsd: 25_000_000n,
    neededBy: '2025-11',
    partialAllowed: false,
    proposedOn: '2025-07-25',
    validatedOn: '2025-07-31',
    ended: { kind: 'withdrawn', on: '2025-09-19', reason: 'illustrative: now covered by a European bilateral donation; no longer needed through PURL' },
  },
  // September: the tranche later funded by the Nordic-Baltic package, and F-16 munitions.
  pac3('D', 50n, '2026-01', '2025-09-22', '2025-10-08', '2025-11-13'),
  {
    lineId: 'ill-155-er-b',
    capabilityArea: 'artillery',
    item: '155 mm extended-range artillery shell, M549A1 rocket-assisted (tranche B)',
    quantity: 15_000n,
    unit: 'round',
    estimateUsd: 9_000n,
    neededBy: '2026-01',
    partialAllowed: true,
    proposedOn: '2025-09-22',
    validatedOn: '2025-10-08',
    priced: { on: '2025-11-13', unitUsd: 8_500n, availability: MIXED },
  },
  lot('ill-ad-spares-b', 'Air-defence spare parts and ammunition (tranche B)', 160_000_000n, '2026-01', '2025-09-22', '2025-10-08', '2025-11-13'),
  {
    lineId: 'ill-aim9x-a',
    capabilityArea: 'aviation',
    item: 'AIM-9X Sidewinder air-to-air missile for F-16',
    quantity: 80n,
    unit: 'missile',
    estimateUsd: 480_000n,
    neededBy: '2026-02',
    partialAllowed: true,
    proposedOn: '2025-09-23',
    validatedOn: '2025-10-08',
    priced: { on: '2025-11-12', unitUsd: 470_000n, availability: PRODUCTION },
  },
  {
    lineId: 'ill-gbu39-a',
    capabilityArea: 'aviation',
    item: 'GBU-39 Small Diameter Bomb for F-16',
    quantity: 300n,
    unit: 'bomb',
    estimateUsd: 42_000n,
    neededBy: '2026-02',
    partialAllowed: true,
    proposedOn: '2025-09-23',
    validatedOn: '2025-10-08',
    priced: { on: '2025-11-12', unitUsd: 40_000n, availability: PRODUCTION },
  },
  // October and November: still moving through validation and pricing.
  {
    lineId: 'ill-harm-a',
    capabilityArea: 'aviation',
    item: 'AGM-88 HARM anti-radiation missile for F-16',
    quantity: 50n,
    unit: 'missile',
    estimateUsd: 900_000n,
    neededBy: '2026-03',
    partialAllowed: true,
    proposedOn: '2025-10-06',
    validatedOn: '2025-11-05',
  },
  {
    lineId: 'ill-vampire-a',
    capabilityArea: 'counter_drone',
    item: 'VAMPIRE vehicle-mounted counter-drone kit with rockets',
    quantity: 10n,
    unit: 'kit',
    estimateUsd: 4_500_000n,
    neededBy: '2026-03',
    partialAllowed: true,
    proposedOn: '2025-11-19',
  },
  {
    lineId: 'ill-gmlrs-b',
    capabilityArea: 'long_range_fires',
    item: 'GMLRS M31A2 guided rocket for HIMARS (tranche B)',
    quantity: 600n,
    unit: 'rocket',
    estimateUsd: 170_000n,
    neededBy: '2026-03',
    partialAllowed: true,
    proposedOn: '2025-11-19',
  },
];
