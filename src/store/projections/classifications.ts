/** Projection of classification: the level now set on each record or field. */
import type { Handlers } from './projector.ts';

export const classificationHandlers: Handlers<'ClassificationSet'> = {
  async ClassificationSet(tx, e) {
    const p = e.payload;
    await tx.query(
      `INSERT INTO classifications (kind, id, field, level, reason, readers, disclose_on, set_by, set_at, seq)
       VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9, $10)
       ON CONFLICT (kind, id, field) DO UPDATE SET level = EXCLUDED.level, reason = EXCLUDED.reason, readers = EXCLUDED.readers,
         disclose_on = EXCLUDED.disclose_on, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at, seq = EXCLUDED.seq`,
      [p.kind, p.id, p.field, p.level, p.reason, p.readers, p.discloseOn, e.actorOrg, e.recordedAt, e.seq],
    );
  },
};
