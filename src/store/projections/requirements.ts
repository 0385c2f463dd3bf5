/**
 * Projections of the prioritized requirements list and its monthly versions.
 *
 * Ranks: only active lines hold one (1 = most urgent). A proposal carries its rank (the end of the
 * ranking); a re-rank carries the full order; a line that leaves (rejected, withdrawn, delivered)
 * drops out and the ranks below it close up, so ranks are always exactly 1..n over active lines.
 */
import type { RequirementStatus } from '../../domain/events.ts';
import type { Queryable } from '../db.ts';
import type { Handlers } from './projector.ts';

const ACTIVE: readonly RequirementStatus[] = ['proposed', 'validated', 'priced', 'packaged', 'funded'];

/** Takes a line out of the ranking and moves every line below it up by one, in one statement. */
async function leaveRanking(tx: Queryable, lineId: string): Promise<void> {
  await tx.query(
    `WITH gone AS (SELECT rank FROM requirements WHERE line_id = $1 AND rank IS NOT NULL)
     UPDATE requirements SET rank = CASE WHEN line_id = $1 THEN NULL ELSE rank - 1 END
      WHERE line_id = $1 OR rank > (SELECT rank FROM gone)`,
    [lineId],
  );
}

/** Ends a line's life with a reason (rejected or withdrawn). */
async function endLine(tx: Queryable, lineId: string, status: RequirementStatus, reason: string): Promise<void> {
  await tx.query('UPDATE requirements SET status = $2, status_reason = $3 WHERE line_id = $1', [lineId, status, reason]);
  await leaveRanking(tx, lineId);
}

export const requirementHandlers: Handlers<
  | 'RequirementProposed'
  | 'RequirementsReranked'
  | 'RequirementValidated'
  | 'RequirementRejected'
  | 'RequirementPriced'
  | 'RequirementWithdrawn'
  | 'RequirementStatusChanged'
  | 'ListVersionProposed'
  | 'ListVersionApproved'
> = {
  async RequirementProposed(tx, e) {
    const p = e.payload;
    await tx.query(
      `INSERT INTO requirements (line_id, capability_area, item, quantity, unit, est_unit_price_minor, price_currency, needed_by,
         partial_allowed, rank, status, illustrative, proposed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'proposed', $11, $12)`,
      [
        p.lineId,
        p.capabilityArea,
        p.item,
        p.quantity,
        p.unit,
        p.estimatedUnitPrice.minor,
        p.estimatedUnitPrice.currency,
        p.neededBy,
        p.partialAllowed,
        p.rank,
        p.illustrative,
        e.recordedAt,
      ],
    );
  },
  async RequirementsReranked(tx, e) {
    await tx.query(
      `UPDATE requirements r SET rank = o.ord::integer
         FROM jsonb_array_elements_text($1::jsonb) WITH ORDINALITY AS o(line_id, ord)
        WHERE r.line_id = o.line_id`,
      [JSON.stringify(e.payload.order)],
    );
  },
  async RequirementValidated(tx, e) {
    await tx.query(`UPDATE requirements SET status = 'validated', validated_at = $2 WHERE line_id = $1`, [e.payload.lineId, e.recordedAt]);
  },
  async RequirementRejected(tx, e) {
    await endLine(tx, e.payload.lineId, 'rejected', e.payload.reason);
  },
  async RequirementWithdrawn(tx, e) {
    await endLine(tx, e.payload.lineId, 'withdrawn', e.payload.reason);
  },
  async RequirementPriced(tx, e) {
    const p = e.payload;
    await tx.query(
      `UPDATE requirements SET status = 'priced', unit_price_minor = $2, price_currency = $3, availability = $4, priced_at = $5
        WHERE line_id = $1`,
      [p.lineId, p.unitPrice.minor, p.unitPrice.currency, p.availability, e.recordedAt],
    );
  },
  async RequirementStatusChanged(tx, e) {
    const p = e.payload;
    // Back to priced means the line left its package (cancelled or re-formed), so the link goes too.
    await tx.query(
      `UPDATE requirements SET status = $2::text,
         package_id = CASE WHEN $2::text = 'priced' THEN NULL ELSE coalesce($3::text, package_id) END,
         funded_at = CASE WHEN $2::text = 'funded' THEN $4::timestamptz ELSE funded_at END,
         delivered_at = CASE WHEN $2::text = 'delivered' THEN $4::timestamptz ELSE delivered_at END
       WHERE line_id = $1`,
      [p.lineId, p.to, p.packageId ?? null, e.recordedAt],
    );
    if (ACTIVE.includes(p.from) && !ACTIVE.includes(p.to)) await leaveRanking(tx, p.lineId);
  },
  async ListVersionProposed(tx, e) {
    const p = e.payload;
    await tx.query(
      `INSERT INTO list_versions (version_id, month, lines, approvals, status, proposed_at)
       VALUES ($1, $2, $3::jsonb, '[]'::jsonb, 'pending', $4)`,
      [p.versionId, p.month, JSON.stringify(p.lines), e.recordedAt],
    );
  },
  async ListVersionApproved(tx, e) {
    const p = e.payload;
    const approval = { role: p.role, orgId: p.orgId, approvedAt: e.recordedAt };
    await tx.query(
      `UPDATE list_versions SET approvals = approvals || $2::jsonb,
         status = CASE WHEN $3::boolean THEN 'approved' ELSE status END,
         approved_at = CASE WHEN $3::boolean THEN $4::timestamptz ELSE approved_at END
       WHERE version_id = $1`,
      [p.versionId, JSON.stringify([approval]), p.complete, e.recordedAt],
    );
    if (p.complete) {
      // A newly approved version replaces an earlier approved one for the same month.
      await tx.query(
        `UPDATE list_versions SET status = 'superseded'
          WHERE status = 'approved' AND version_id <> $1 AND month = (SELECT month FROM list_versions WHERE version_id = $1)`,
        [p.versionId],
      );
    }
  },
};
