/** Projections of reference data: organizations, FX rates and public running-total claims. */
import type { Handlers } from './projector.ts';

export const referenceHandlers: Handlers<'OrganizationRegistered' | 'FxRateRecorded' | 'PublicTotalRecorded'> = {
  async OrganizationRegistered(tx, e) {
    const p = e.payload;
    await tx.query('INSERT INTO organizations (org_id, name, role, country) VALUES ($1, $2, $3, $4)', [
      p.orgId,
      p.name,
      p.role,
      p.country ?? null,
    ]);
  },
  async FxRateRecorded(tx, e) {
    const p = e.payload;
    await tx.query('INSERT INTO fx_rates (seq, date, base, quote, rate, source, note) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      e.seq,
      p.date,
      p.base,
      p.quote,
      p.rate,
      p.source,
      p.note ?? null,
    ]);
  },
  async PublicTotalRecorded(tx, e) {
    const p = e.payload;
    await tx.query(
      `INSERT INTO public_totals (claim_id, date, amount_minor, currency, scope, packages_count, contributors_count, said_by, sources, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        p.claimId,
        p.date,
        p.amount?.minor ?? null,
        p.amount?.currency ?? null,
        p.scope,
        p.packagesCount ?? null,
        p.contributorsCount ?? null,
        p.saidBy,
        JSON.stringify(p.sources),
        p.note ?? null,
      ],
    );
  },
};
