/**
 * The 2024 bilateral security agreements (security-agreements-2024.csv) as registry entries: one
 * framework per row with its guarantor and Ukraine, the status the record gives (signed on its
 * date, month-only dates kept as months; not yet signed rows stay under discussion with their
 * negotiation round), the binding level as stated, the agreement's pillars as one qualitative
 * commitment whose statement is the row's note, and one commitment per money figure with its
 * schedule where the period fixes one. Nothing is added that the row does not say; the few
 * judgements (which pillar a money figure sits under) are named in each commitment's note.
 */
import { isPillar, type Pillar } from '../domain/guarantee-vocabulary.ts';
import { allyOrgId } from './organizations.ts';
import { list, sourcesOf, type AgreementRow } from './guarantee-data.ts';
import { parseMoneyItem } from './guarantee-money.ts';
import { step, UKRAINE, type GuaranteeStep } from './guarantee-steps.ts';
import { AGREEMENT_EXTRAS, STATED_EQUIVALENTS, UNSIGNED_ROUNDS } from './guarantee-judgements.ts';

export const agreementId = (row: AgreementRow): string => `agreement-${allyOrgId(row.guarantor)}`;

function pillarsOf(row: AgreementRow): Pillar[] {
  const out = list(row.pillars);
  for (const p of out) if (!isPillar(p)) throw new Error(`agreement ${row.id}: '${p}' is not a pillar`);
  return out as Pillar[];
}

/** The pillar a money figure sits under: the row lists the agreement's pillars, not the money's. */
function moneyPillar(item: string, pillars: readonly Pillar[]): { pillar: Pillar; why: string } {
  if (/reconstruction/.test(item)) return { pillar: 'reconstruction', why: 'the figure is named for reconstruction' };
  if (/aid package/.test(item)) return { pillar: 'weapons_supply', why: 'the figure is an aid package' };
  for (const p of ['sustained_funding', 'weapons_supply'] as const) {
    if (pillars.includes(p)) return { pillar: p, why: `the agreement lists ${p} among its pillars` };
  }
  return { pillar: pillars[0] ?? 'other', why: "the agreement's first pillar" };
}

/** Sentences of the note that say how binding the text is. */
const bindingBasis = (notes: string): string | undefined =>
  notes.split(/(?<=\.)\s+/).filter((s) => /binding|Congress|executive agreement/i.test(s)).join(' ') || undefined;

/** What the note says about the duration, in its own words. */
function durationNote(row: AgreementRow): string {
  const said = [/runs \d+ years[^.;]*/, /'\d+ years and beyond'/, /duration '[^']+'[^.;]*/, /duration not stated[^.;]*/].map((r) => r.exec(row.notes)?.[0]).filter(Boolean);
  if (said.length > 0) return said.join('; ');
  return row.duration_years ? `${row.duration_years} years` : 'not stated in the sources found';
}

export function agreementSteps(row: AgreementRow): GuaranteeStep[] {
  const frameworkId = agreementId(row);
  const guarantor = allyOrgId(row.guarantor);
  const sources = sourcesOf(row.source_urls);
  const signed = row.date_signed !== '';
  const on = row.date_signed || UNSIGNED_ROUNDS[row.id]?.on;
  if (!on) throw new Error(`agreement ${row.id}: neither a signing date nor a negotiation round is known`);
  const bindingLevel = row.binding_level || 'unknown';
  const steps: GuaranteeStep[] = [
    step('frameworks', on, {
      frameworkId,
      kind: 'bilateral_agreement',
      title: `${row.guarantor_name}–Ukraine bilateral security agreement`,
      parties: [
        { orgId: guarantor, role: 'guarantor' },
        { orgId: UKRAINE, role: 'beneficiary' },
      ],
      ...(row.framework ? { umbrella: row.framework } : {}),
      bindingLevel,
      ...(bindingBasis(row.notes) ? { bindingBasis: bindingBasis(row.notes) } : {}),
      status: signed ? 'signed' : 'discussed',
      statusOn: signed ? row.date_signed : (UNSIGNED_ROUNDS[row.id]?.statusOn ?? null),
      ...(signed && row.date_signed.length === 10 ? { startsOn: row.date_signed } : {}),
      ...(row.duration_years ? { durationYears: Number(row.duration_years) } : {}),
      durationNote: durationNote(row),
      sources,
      publicRecord: true,
      note: `${row.id}: ${row.notes}`,
    }),
  ];
  const round = UNSIGNED_ROUNDS[row.id];
  if (round) {
    steps.push(
      step('milestones', round.on, {
        milestoneId: `${frameworkId}-${round.kind === 'negotiation_round' ? 'round' : 'talks'}`,
        frameworkId,
        on: round.on,
        kind: round.kind,
        title: round.title,
        participants: [{ name: row.guarantor_name, orgId: guarantor }, { name: 'Ukraine', orgId: UKRAINE }],
        outcome: row.notes,
        sources,
      }),
    );
  }
  const pillars = pillarsOf(row);
  const madeOn = signed ? row.date_signed : null;
  if (pillars.length > 0 && signed) {
    steps.push(
      step('commitments', on, {
        commitmentId: `${frameworkId}-scope`,
        frameworkId,
        guarantors: [guarantor],
        pillars,
        stance: 'committed',
        terms: { kind: 'qualitative' },
        statement: row.notes,
        madeOn,
        sources,
        publicRecord: true,
        note: `The agreement's pillars as ${row.id} lists them; the statement is the record's summary of the text, not the text itself.`,
      }),
    );
  }
  list(row.money_commitments).forEach((item, n) => {
    const where = `agreement ${row.id}`;
    const parsed = parseMoneyItem(item, madeOn ? madeOn.slice(0, 4) : null, where);
    const { pillar, why } = moneyPillar(item, pillars);
    const commitmentId = `${frameworkId}-money-${n + 1}`;
    const equivalent = STATED_EQUIVALENTS[`${row.id}#${n + 1}`];
    steps.push(
      step('commitments', on, {
        commitmentId,
        frameworkId,
        guarantors: [guarantor],
        pillars: [pillar],
        stance: 'committed',
        terms: parsed.terms,
        statement: `${row.guarantor_name}: ${item} (${row.id}, as the sources give it).`,
        ...(equivalent ? { statedEquivalent: equivalent.money } : {}),
        madeOn,
        sources,
        publicRecord: true,
        note: [parsed.note, equivalent?.words, `Pillar assigned by the registry: ${why}.`].filter(Boolean).join(' '),
      }),
    );
    if (parsed.schedule) {
      const amount = parsed.terms.kind === 'money' ? parsed.terms.amount : null;
      steps.push(
        step('schedules', on, {
          commitmentId,
          obligations: parsed.schedule.map((o) => ({ ...o, amount })),
          sources,
        }),
      );
    }
  });
  for (const extra of AGREEMENT_EXTRAS.filter((x) => x.row === row.id)) {
    steps.push(step('commitments', on, { ...extra.input, frameworkId, guarantors: [guarantor], madeOn, sources, publicRecord: true }));
    if (extra.schedule) steps.push(step('schedules', on, { commitmentId: extra.input.commitmentId, obligations: extra.schedule, sources }));
  }
  return steps;
}
