/**
 * The judgements the demo adds to the public record, kept apart from the CSVs so that what a
 * source said and what we conclude from it never mix. Each one cites the record that prompts it.
 * Nothing here changes an amount: it links records, explains which figure counts, or (in
 * ILLUSTRATIVE_FUNDING) invents dates that the public record does not give, labelled as such.
 */

/** Two records that may hold the same money. Both stay counted; the overlap is shown, never merged. */
export interface PossibleOverlap {
  pledgeId: string;
  mayBeWithin: string;
  reason: string;
}

export const POSSIBLE_OVERLAPS: readonly PossibleOverlap[] = [
  {
    pledgeId: 'ann-003',
    mayBeWithin: 'ann-009',
    reason: "Latvia's 'not less than EUR 2 million' of 12 Aug may be inside the EUR 5m its cabinet decided on 9 Sep; not confirmed",
  },
  ...['ann-003', 'ann-007', 'ann-009', 'ann-010'].map((pledgeId) => ({
    pledgeId,
    mayBeWithin: 'ann-018',
    reason:
      "Estonia's minister assigned Estonia's money to a 'Baltic-Nordic package', so earlier Baltic announcements may be counted inside the Nordic-Baltic package of 13 Nov; not confirmed",
  })),
];

/**
 * A participation announced without an amount whose amount was announced later as its own record.
 * The later record counts; the earlier one carries no amount, so the money is counted once and
 * nothing is marked as a duplicate (there is no second figure to exclude).
 */
export const AMOUNT_ANNOUNCED_LATER: Readonly<Record<string, string>> = {
  'ann-017': 'ann-020',
};

/** Formal decisions the public record reports: the pledge moves from announced to pledged. */
export const FORMAL_DECISIONS: readonly { pledgeId: string; on: string; reason: string }[] = [
  { pledgeId: 'ann-009', on: '2025-09-09', reason: "public record: the Latvian cabinet's decision for 2025 (see the pledge's sources)" },
];

/**
 * Illustrative funding. The public record says four packages were funded by 30 Sep 2025 (NL,
 * DK/NO/SE, DE, CA; Zelensky's numbered packages 1-4) and NATO's Secretary General said on 22 Oct
 * that at least USD 2bn had been paid, but it gives no commitment or payment dates. These dates are
 * invented to show coverage; each step says so in its reason or reference.
 */
export const ILLUSTRATIVE_FUNDING: readonly { pledgeId: string; committedOn: string; paidOn: string }[] = [
  { pledgeId: 'ann-001', committedOn: '2025-08-08', paidOn: '2025-08-22' },
  { pledgeId: 'ann-002', committedOn: '2025-08-12', paidOn: '2025-08-29' },
  { pledgeId: 'ann-004', committedOn: '2025-08-20', paidOn: '2025-09-05' },
  { pledgeId: 'ann-005', committedOn: '2025-08-29', paidOn: '2025-09-12' },
];

export const ILLUSTRATIVE_COMMIT_REASON =
  'illustrative: the public record says this package was funded by 30 Sep 2025 but gives no commitment date; this date is invented for the demo';

export const ILLUSTRATIVE_PAYMENT_REFERENCE = 'illustrative: full payment; the public record reports the package funded by 30 Sep 2025 but no payment date';
