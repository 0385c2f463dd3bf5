/** Projections of packages and their lines. */
import type { Handlers } from './projector.ts';

export const packageHandlers: Handlers<'PackageCreated' | 'PackageStateChanged' | 'PackageContracted'> = {
  async PackageCreated(tx, e) {
    const p = e.payload;
    await tx.query(
      `INSERT INTO packages (package_id, name, state, price_minor, currency, allow_over_funding, illustrative, created_at)
       VALUES ($1, $2, 'draft', $3, $4, $5, $6, $7)`,
      [p.packageId, p.name, p.price.minor, p.price.currency, p.allowOverFunding, p.illustrative, e.recordedAt],
    );
    for (const l of p.lines) {
      await tx.query('INSERT INTO package_lines (package_id, line_id, quantity, unit_price_minor) VALUES ($1, $2, $3, $4)', [
        p.packageId,
        l.lineId,
        l.quantity,
        l.unitPrice.minor,
      ]);
    }
  },
  async PackageStateChanged(tx, e) {
    const p = e.payload;
    // Each milestone keeps the time it was (last) reached; funded_at is cleared when funding falls short again.
    await tx.query(
      `UPDATE packages SET state = $2::text, state_reason = $3,
         funded_at = CASE WHEN $2::text = 'funded' THEN $4::timestamptz WHEN $2::text = 'funding' THEN NULL ELSE funded_at END,
         delivery_started_at = CASE WHEN $2::text = 'delivering' THEN $4::timestamptz ELSE delivery_started_at END,
         delivered_at = CASE WHEN $2::text = 'delivered' THEN $4::timestamptz ELSE delivered_at END,
         closed_at = CASE WHEN $2::text = 'closed' THEN $4::timestamptz ELSE closed_at END,
         cancelled_at = CASE WHEN $2::text = 'cancelled' THEN $4::timestamptz ELSE cancelled_at END
       WHERE package_id = $1`,
      [p.packageId, p.to, p.reason ?? null, e.recordedAt],
    );
  },
  async PackageContracted(tx, e) {
    await tx.query('UPDATE packages SET case_reference = $2, contracted_at = $3 WHERE package_id = $1', [
      e.payload.packageId,
      e.payload.caseReference,
      e.recordedAt,
    ]);
  },
};
