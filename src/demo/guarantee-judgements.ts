/**
 * What the registry's demo adds to the CSV rows, kept apart so that what a source said and what we
 * conclude never mix (as judgements.ts does for the PURL record). Every entry quotes the row it
 * comes from; a figure here is a figure the row states, never a new one.
 */
import type { MoneyJson } from '../domain/money.ts';

/** Agreements the record does not show as signed: the negotiation step it does report. */
export const UNSIGNED_ROUNDS: Readonly<Record<string, { on: string; statusOn: string | null; kind: 'negotiation_round'; title: string }>> = {
  'SA-27': { on: '2024-08-22', statusOn: null, kind: 'negotiation_round', title: 'Final negotiating round on an Ireland–Ukraine security agreement' },
  'SA-28': { on: '2024-08-30', statusOn: '2024-08-30', kind: 'negotiation_round', title: 'Negotiations on a Montenegro–Ukraine security agreement start' },
};

/** Equivalents the agreement notes state for a money figure ('SA-13#1': the row's first figure). */
export const STATED_EQUIVALENTS: Readonly<Record<string, { money: MoneyJson; words: string }>> = {
  'SA-05#1': { money: { minor: '220000000000', currency: 'USD' }, words: 'The note states it as about USD 2.2bn.' },
  'SA-13#1': { money: { minor: '650000000000', currency: 'EUR' }, words: 'The note states it as about EUR 6.5bn (about EUR 2.2bn a year).' },
  'SA-14#1': { money: { minor: '120000000000', currency: 'EUR' }, words: 'The note states it as about EUR 1.2bn.' },
  'SA-14#2': { money: { minor: '640000000000', currency: 'EUR' }, words: 'The note states it as about EUR 6.4bn.' },
  'SA-15#1': { money: { minor: '3000000000', currency: 'USD' }, words: 'The note states it as about USD 30m a year.' },
};

/** Quantities and a sub-figure the agreement notes state, as commitments of their own. */
export const AGREEMENT_EXTRAS: readonly { row: string; input: Record<string, unknown> & { commitmentId: string }; schedule?: Record<string, unknown>[] }[] = [
  {
    row: 'SA-11',
    input: {
      commitmentId: 'agreement-be-f16',
      pillars: ['weapons_supply'],
      terms: { kind: 'quantity', quantity: '30', unit: 'aircraft', item: 'F-16', qualifier: 'exact', period: { from: null, to: '2028', text: 'by 2028' } },
      statement: 'Belgium: 30 F-16 aircraft by 2028 (SA-11 note).',
      note: 'From the note of SA-11.',
    },
    schedule: [{ obligationId: 'by-2028', label: 'by 2028', dueBy: '2028', quantity: '30' }],
  },
  {
    row: 'SA-07',
    input: {
      commitmentId: 'agreement-nl-patrol-boats',
      pillars: ['maritime_security'],
      terms: { kind: 'quantity', quantity: '22', unit: 'boats', item: 'patrol boats', qualifier: 'exact', period: { from: null, to: null, text: 'period not stated' } },
      statement: 'Netherlands: 22 patrol boats (SA-07 note, per a tier-B source).',
      note: 'From the note of SA-07, which gives a tier-B source for the boats.',
    },
  },
  {
    row: 'SA-07',
    input: {
      commitmentId: 'agreement-nl-cb90-boats',
      pillars: ['maritime_security'],
      terms: { kind: 'quantity', quantity: '3', unit: 'boats', item: 'CB90 boats', qualifier: 'exact', period: { from: null, to: null, text: 'period not stated' } },
      statement: 'Netherlands: 3 CB90 boats (SA-07 note, per a tier-B source).',
      note: 'From the note of SA-07, which gives a tier-B source for the boats.',
    },
  },
  {
    row: 'SA-01',
    input: {
      commitmentId: 'agreement-gb-drones',
      pillars: ['weapons_supply'],
      terms: { kind: 'money', amount: { minor: '20000000000', currency: 'GBP' }, qualifier: 'at_least', basis: 'total', period: { from: '2024', to: '2025', text: 'for 2024/25' } },
      statement: 'United Kingdom: at least GBP 200m of the GBP 2.5bn for 2024/25 for drones (SA-01 note).',
      note: 'Part of agreement-gb-money-1, not additional to it.',
    },
    schedule: [
      {
        obligationId: '2024-25',
        label: '2024/25',
        dueBy: '2025',
        amount: { minor: '20000000000', currency: 'GBP' },
        note: 'a financial year spanning 2024 and 2025; due by the end of 2025 at the latest',
      },
    ],
  },
];

/**
 * 2025 figures the PURL record names as the source of a PURL contribution (purl-announcements.csv),
 * recorded as commitments under the guarantor's bilateral agreement. The record names the figure;
 * that it falls under the 2024 agreement is the registry's judgement, said in the note. `mustSay`
 * is the row's own words, checked at load time so a changed row is noticed.
 */
export const PURL_NAMED_COMMITMENTS: readonly { row: string; mustSay: string; frameworkId: string; guarantor: string; input: Record<string, unknown> & { commitmentId: string }; schedule?: Record<string, unknown>[] }[] = [
  {
    row: 'ANN-005',
    mustSay: "drawn from Canada's CAD 2bn military-aid pledge",
    frameworkId: 'agreement-ca',
    guarantor: 'ca',
    input: {
      commitmentId: 'agreement-ca-military-aid-2bn',
      pillars: ['sustained_funding'],
      terms: { kind: 'money', amount: { minor: '200000000000', currency: 'CAD' }, qualifier: 'exact', basis: 'total', period: { from: null, to: null, text: 'period not stated in the PURL record' } },
      statement: "Canada's CAD 2bn military-aid pledge, from which its PURL package of about CAD 680m is drawn (ANN-005).",
      note: 'Named in the PURL record (ANN-005). That it is made under the 2024 agreement is the registry\'s judgement; its period is not stated, so no schedule is set.',
    },
  },
  {
    row: 'ANN-013',
    mustSay: "Part of Portugal's EUR 221m 2025 commitment to Ukraine",
    frameworkId: 'agreement-pt',
    guarantor: 'pt',
    input: {
      commitmentId: 'agreement-pt-2025-221m',
      pillars: ['weapons_supply'],
      terms: { kind: 'money', amount: { minor: '22100000000', currency: 'EUR' }, qualifier: 'exact', basis: 'total', period: { from: '2025', to: '2025', text: 'for 2025' } },
      statement: "Portugal's EUR 221m 2025 commitment to Ukraine, of which its EUR 50m PURL contribution is part (ANN-013).",
      note: "Named in the PURL record (ANN-013). That it is made under the 2024 agreement is the registry's judgement. Pillar: the agreement's first (it lists no sustained funding).",
    },
    schedule: [{ obligationId: '2025', label: '2025', dueBy: '2025', amount: { minor: '22100000000', currency: 'EUR' } }],
  },
];

/**
 * PURL pledges linked to the commitments they plausibly fulfil. `illustrative: false` only where
 * the PURL record itself says the money comes from that commitment; every other link is the
 * registry's judgement and says so. `share` takes one contributor's stated share of a joint pledge,
 * and only where the share is stated in the pledge's own currency (so no conversion is invented).
 */
export const FULFILMENT_LINKS: readonly { fulfilmentId: string; pledgeRow: string; share?: string; commitmentId: string; illustrative: boolean; basis: string }[] = [
  {
    fulfilmentId: 'ful-ca-ann-005',
    pledgeRow: 'ANN-005',
    commitmentId: 'agreement-ca-military-aid-2bn',
    illustrative: false,
    basis: "The PURL record (ANN-005) says Canada's PURL package is drawn from its CAD 2bn military-aid pledge.",
  },
  {
    fulfilmentId: 'ful-pt-ann-013',
    pledgeRow: 'ANN-013',
    commitmentId: 'agreement-pt-2025-221m',
    illustrative: false,
    basis: "The PURL record (ANN-013) says Portugal's EUR 50m is part of its EUR 221m 2025 commitment to Ukraine.",
  },
  {
    fulfilmentId: 'ful-se-ann-002',
    pledgeRow: 'ANN-002',
    share: 'SE',
    commitmentId: 'agreement-se-money-1',
    illustrative: true,
    basis: "Illustrative: Sweden's stated share (USD 275m) of the DK/NO/SE package is taken to come from its SEK 75bn frame for 2024-2026; the record does not say so.",
  },
  {
    fulfilmentId: 'ful-se-ann-018',
    pledgeRow: 'ANN-018',
    share: 'SE',
    commitmentId: 'agreement-se-money-1',
    illustrative: true,
    basis: "Illustrative: Sweden's stated share (USD 60m) of the Nordic-Baltic package is taken to come from its SEK 75bn frame for 2024-2026; the record does not say so.",
  },
  {
    fulfilmentId: 'ful-lv-ann-009',
    pledgeRow: 'ANN-009',
    commitmentId: 'agreement-lv-money-1',
    illustrative: true,
    basis: "Illustrative: Latvia's 2025 cabinet decision (EUR 5m) is taken to count toward its 0.25% of GDP a year for 2024-2026; the record does not say so.",
  },
  {
    fulfilmentId: 'ful-ee-ann-010',
    pledgeRow: 'ANN-010',
    commitmentId: 'agreement-ee-money-1',
    illustrative: true,
    basis: "Illustrative: Estonia's EUR 10m is taken to count toward its 0.25% of GDP a year; the record does not say so.",
  },
  {
    fulfilmentId: 'ful-lt-ann-007',
    pledgeRow: 'ANN-007',
    commitmentId: 'agreement-lt-money-1',
    illustrative: true,
    basis: "Illustrative: Lithuania's USD 30m is taken to count toward its 0.25% of GDP a year; the record does not say so (its 15 Oct restatement, ANN-014, is a duplicate and is not linked).",
  },
];

/** Links deliberately not made, and why: listed in the demo README and the load report. */
export const LINKS_NOT_MADE: readonly string[] = [
  "ANN-002's Norwegian (NOK 1.5bn) and Danish (DKK 580m) shares: stated in another currency than the USD pledge, so the USD part cannot be named without a conversion the record does not make",
  "ANN-018 (Nordic-Baltic package): Norway's (NOK 2bn) and Denmark's (DKK 400m) shares are stated in another currency than the USD total, and the other members' shares are not stated; only Sweden's USD 60m is linked",
  'ANN-001 (NL), ANN-004 and ANN-019 (DE), ANN-006 (BE), ANN-021 (PL): the 2024 agreements state money for 2024 only (or none), and the record names no 2025 commitment these pledges come from',
  "ANN-020 (ES, EUR 100m): Spain's EUR 5bn up to 2027 is stated as via the European Peace Facility, which PURL is not",
];
