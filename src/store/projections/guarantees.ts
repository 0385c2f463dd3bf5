/**
 * Projections of the security-guarantees registry: frameworks, their parties and status history,
 * commitments (with their guarantors and pillars as rows, so the coverage matrix is a join), the
 * current schedule of each, fulfilment evidence, and the negotiation record.
 */
import type { Handlers } from './projector.ts';

export const guaranteeHandlers: Handlers<
  | 'FrameworkRegistered'
  | 'FrameworkStatusChanged'
  | 'CommitmentRecorded'
  | 'CommitmentScheduleSet'
  | 'FulfilmentRecorded'
  | 'FulfilmentWithdrawn'
  | 'NegotiationMilestoneRecorded'
> = {
  async FrameworkRegistered(tx, e) {
    const p = e.payload;
    await tx.query(
      `INSERT INTO guarantee_frameworks (framework_id, kind, title, parties_note, umbrella, binding_level, binding_basis, status, status_on,
         status_precision, starts_on, starts_precision, duration_years, ends_on, ends_precision, duration_note, sources, public_record, note,
         recorded_by, registered_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)`,
      [
        p.frameworkId,
        p.kind,
        p.title,
        p.partiesNote ?? null,
        p.umbrella ?? null,
        p.bindingLevel,
        p.bindingBasis ?? null,
        p.status,
        p.statusOn?.value ?? null,
        p.statusOn?.precision ?? null,
        p.startsOn?.value ?? null,
        p.startsOn?.precision ?? null,
        p.durationYears ?? null,
        p.endsOn?.value ?? null,
        p.endsOn?.precision ?? null,
        p.durationNote ?? null,
        JSON.stringify(p.sources),
        p.publicRecord,
        p.note ?? null,
        e.actorOrg,
        e.recordedAt,
      ],
    );
    let position = 0;
    for (const party of p.parties) {
      await tx.query('INSERT INTO guarantee_framework_parties (framework_id, org_id, role, lead, position) VALUES ($1, $2, $3, $4, $5)', [
        p.frameworkId,
        party.orgId,
        party.role,
        party.lead ?? false,
        position++,
      ]);
    }
    await tx.query(
      `INSERT INTO guarantee_status_history (seq, framework_id, from_status, to_status, effective_on, effective_precision, correction, reason,
         binding_level, sources, recorded_by, recorded_at)
       VALUES ($1, $2, NULL, $3, $4, $5, false, NULL, $6, $7, $8, $9)`,
      [e.seq, p.frameworkId, p.status, p.statusOn?.value ?? null, p.statusOn?.precision ?? null, p.bindingLevel, JSON.stringify(p.sources), e.actorOrg, e.recordedAt],
    );
  },
  async FrameworkStatusChanged(tx, e) {
    const p = e.payload;
    await tx.query(
      `UPDATE guarantee_frameworks SET status = $2, status_on = $3, status_precision = $4,
         suspended_from = CASE WHEN $2 = 'suspended' THEN $5 ELSE NULL END,
         binding_level = coalesce($6, binding_level)
       WHERE framework_id = $1`,
      [p.frameworkId, p.to, p.effectiveOn?.value ?? null, p.effectiveOn?.precision ?? null, p.from, p.bindingLevel ?? null],
    );
    await tx.query(
      `INSERT INTO guarantee_status_history (seq, framework_id, from_status, to_status, effective_on, effective_precision, correction, reason,
         binding_level, sources, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        e.seq,
        p.frameworkId,
        p.from,
        p.to,
        p.effectiveOn?.value ?? null,
        p.effectiveOn?.precision ?? null,
        p.correction,
        p.reason ?? null,
        p.bindingLevel ?? null,
        JSON.stringify(p.sources),
        e.actorOrg,
        e.recordedAt,
      ],
    );
  },
  async CommitmentRecorded(tx, e) {
    const p = e.payload;
    await tx.query(
      `INSERT INTO guarantee_commitments (commitment_id, framework_id, stance, terms, currency, statement, condition, reported_by,
         stated_equivalent_minor, stated_equivalent_currency, made_on, made_precision, sources, public_record, note, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [
        p.commitmentId,
        p.frameworkId,
        p.stance,
        JSON.stringify(p.terms),
        p.terms.kind === 'money' ? p.terms.amount.currency : null,
        p.statement,
        p.condition ?? null,
        p.reportedBy ?? null,
        p.statedEquivalent?.minor ?? null,
        p.statedEquivalent?.currency ?? null,
        p.madeOn?.value ?? null,
        p.madeOn?.precision ?? null,
        JSON.stringify(p.sources),
        p.publicRecord,
        p.note ?? null,
        e.actorOrg,
        e.recordedAt,
      ],
    );
    let g = 0;
    for (const orgId of p.guarantors) {
      await tx.query('INSERT INTO guarantee_commitment_guarantors (commitment_id, org_id, position) VALUES ($1, $2, $3)', [p.commitmentId, orgId, g++]);
    }
    let k = 0;
    for (const pillar of p.pillars) {
      await tx.query('INSERT INTO guarantee_commitment_pillars (commitment_id, pillar, position) VALUES ($1, $2, $3)', [p.commitmentId, pillar, k++]);
    }
  },
  async CommitmentScheduleSet(tx, e) {
    const p = e.payload;
    await tx.query('DELETE FROM guarantee_obligations WHERE commitment_id = $1', [p.commitmentId]);
    let position = 0;
    for (const o of p.obligations) {
      await tx.query(
        `INSERT INTO guarantee_obligations (commitment_id, obligation_id, position, label, due_by, due_precision, amount_minor, currency, quantity, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [p.commitmentId, o.obligationId, position++, o.label, o.dueBy.value, o.dueBy.precision, o.amount?.minor ?? null, o.amount?.currency ?? null, o.quantity, o.note ?? null],
      );
    }
    await tx.query('UPDATE guarantee_commitments SET schedule_reason = $2, schedule_sources = $3, schedule_set_at = $4 WHERE commitment_id = $1', [
      p.commitmentId,
      p.reason ?? null,
      JSON.stringify(p.sources),
      e.recordedAt,
    ]);
  },
  async FulfilmentRecorded(tx, e) {
    const p = e.payload;
    const ev = p.evidence;
    await tx.query(
      `INSERT INTO guarantee_fulfilments (fulfilment_id, seq, commitment_id, obligation_id, evidence_kind, pledge_id, payment_id, amount_minor, currency,
         quantity, description, delivered_on, evidence_sources, value_minor, value_currency, valued_on, fx, illustrative, basis, accept_excess,
         recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)`,
      [
        p.fulfilmentId,
        e.seq,
        p.commitmentId,
        p.obligationId ?? null,
        ev.kind,
        ev.kind === 'delivery' ? null : ev.pledgeId,
        ev.kind === 'payment' ? ev.paymentId : null,
        ev.amount?.minor ?? null,
        ev.amount?.currency ?? null,
        ev.kind === 'delivery' ? (ev.quantity ?? null) : null,
        ev.kind === 'delivery' ? ev.description : null,
        ev.kind === 'delivery' ? ev.deliveredOn : null,
        ev.kind === 'delivery' ? JSON.stringify(ev.sources) : null,
        p.value?.minor ?? null,
        p.value?.currency ?? null,
        p.valuedOn,
        JSON.stringify(p.fx),
        p.illustrative,
        p.basis,
        p.acceptExcess,
        e.actorOrg,
        e.recordedAt,
      ],
    );
  },
  async FulfilmentWithdrawn(tx, e) {
    await tx.query('UPDATE guarantee_fulfilments SET withdrawn = true, withdrawn_reason = $2 WHERE fulfilment_id = $1', [e.payload.fulfilmentId, e.payload.reason]);
  },
  async NegotiationMilestoneRecorded(tx, e) {
    const p = e.payload;
    await tx.query(
      `INSERT INTO guarantee_milestones (milestone_id, framework_id, on_value, on_precision, kind, title, participants, topics, outcome, figures, sources,
         recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        p.milestoneId,
        p.frameworkId,
        p.on.value,
        p.on.precision,
        p.kind,
        p.title,
        JSON.stringify(p.participants),
        JSON.stringify(p.topics),
        p.outcome,
        p.figures ?? null,
        JSON.stringify(p.sources),
        e.actorOrg,
        e.recordedAt,
      ],
    );
  },
};
