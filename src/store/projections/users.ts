/** Projection of people: who belongs to which organization, and whether they may still act. */
import type { Handlers } from './projector.ts';

export const userHandlers: Handlers<'UserRegistered' | 'UserDisabled'> = {
  async UserRegistered(tx, e) {
    const p = e.payload;
    await tx.query(
      `INSERT INTO users (user_id, org_id, display_name, status, registered_at) VALUES ($1, $2, $3, 'active', $4)`,
      [p.userId, p.orgId, p.displayName, e.recordedAt],
    );
  },
  async UserDisabled(tx, e) {
    await tx.query(`UPDATE users SET status = 'disabled', disabled_at = $2, disabled_reason = $3 WHERE user_id = $1`, [
      e.payload.userId,
      e.recordedAt,
      e.payload.reason,
    ]);
  },
};
