/** Projections of pledges, their contributors, amount changes and payments. */
import type { Handlers } from './projector.ts';

export const pledgeHandlers: Handlers<
  'PledgeAnnounced' | 'PledgeStateChanged' | 'PledgeAmountChanged' | 'PaymentRecorded' | 'PledgeMarkedDuplicate'
> = {
  async PledgeAnnounced(tx, e) {
    const p = e.payload;
    await tx.query(
      `INSERT INTO pledges (pledge_id, amount_minor, currency, amount_missing_reason, qualifier, stated_equivalent_minor,
         stated_equivalent_currency, earmark, announced_on, announced_precision, contents, package_number_claim, sources, note,
         state, recorded_at, figure_basis)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'announced', $15, $16)`,
      [
        p.pledgeId,
        p.amount?.minor ?? null,
        p.amount?.currency ?? null,
        p.amountMissingReason ?? null,
        p.qualifier,
        p.statedEquivalent?.minor ?? null,
        p.statedEquivalent?.currency ?? null,
        JSON.stringify(p.earmark),
        p.announcedOn.value,
        p.announcedOn.precision,
        p.contents ?? null,
        p.packageNumberClaim ?? null,
        JSON.stringify(p.sources),
        p.note ?? null,
        e.recordedAt,
        p.figureBasis ?? null,
      ],
    );
    let position = 0;
    for (const c of p.contributors) {
      await tx.query(
        'INSERT INTO pledge_contributors (pledge_id, org_id, position, share_minor, share_currency) VALUES ($1, $2, $3, $4, $5)',
        [p.pledgeId, c.orgId, position++, c.share?.minor ?? null, c.share?.currency ?? null],
      );
    }
  },
  async PledgeStateChanged(tx, e) {
    const p = e.payload;
    await tx.query(
      `UPDATE pledges SET state = $2, state_reason = $3,
         committed_at = CASE WHEN $2 = 'committed' THEN $4::timestamptz ELSE committed_at END,
         paid_at = CASE WHEN $2 = 'paid' THEN $4::timestamptz ELSE paid_at END
       WHERE pledge_id = $1`,
      [p.pledgeId, p.to, p.reason ?? null, e.recordedAt],
    );
  },
  async PledgeAmountChanged(tx, e) {
    const p = e.payload;
    await tx.query('UPDATE pledges SET amount_minor = $2, currency = $3, amount_missing_reason = NULL WHERE pledge_id = $1', [
      p.pledgeId,
      p.to.minor,
      p.to.currency,
    ]);
    await tx.query(
      'INSERT INTO pledge_amount_changes (seq, pledge_id, from_minor, to_minor, currency, reason, changed_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [e.seq, p.pledgeId, p.from?.minor ?? null, p.to.minor, p.to.currency, p.reason, e.recordedAt],
    );
  },
  async PaymentRecorded(tx, e) {
    const p = e.payload;
    await tx.query('INSERT INTO payments (payment_id, pledge_id, amount_minor, currency, paid_on, reference) VALUES ($1, $2, $3, $4, $5, $6)', [
      p.paymentId,
      p.pledgeId,
      p.amount.minor,
      p.amount.currency,
      p.paidOn,
      p.reference ?? null,
    ]);
    await tx.query('UPDATE pledges SET paid_minor = paid_minor + $2 WHERE pledge_id = $1', [p.pledgeId, p.amount.minor]);
  },
  async PledgeMarkedDuplicate(tx, e) {
    const p = e.payload;
    await tx.query('UPDATE pledges SET duplicate_of = $2, duplicate_reason = $3 WHERE pledge_id = $1', [p.pledgeId, p.duplicateOf, p.reason]);
  },
};
