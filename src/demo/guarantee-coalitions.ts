/**
 * The Ramstein capability coalitions (capability-coalitions.csv) as coalition frameworks: one per
 * coalition with named leads, its known members as guarantors, and one qualitative commitment per
 * member ("leads" or "is a member of"). The rows give no launch date except the air and missile
 * defence coalition's (15 countries on 14 Feb 2024), no binding level and no money; the pillar a
 * coalition sits under is read from its name, a judgement named in each commitment's note. Rows
 * without leads (coalitions named in 2023, the framework as a whole) are context, not frameworks.
 */
import type { Pillar } from '../domain/guarantee-vocabulary.ts';
import { list, sourcesOf, type CoalitionRow } from './guarantee-data.ts';
import { step, UKRAINE, type GuaranteeStep } from './guarantee-steps.ts';

const PILLARS_OF: Readonly<Record<string, Pillar[]>> = {
  'Air Force': ['weapons_supply', 'training'],
  'Integrated Air and Missile Defence': ['air_defence'],
  Artillery: ['weapons_supply'],
  'Armour (Armoured Vehicles and Manoeuvrability)': ['weapons_supply'],
  Maritime: ['maritime_security'],
  IT: ['cyber'],
  Demining: ['demining'],
  Drones: ['weapons_supply'],
};

/** The one launch date a row states. */
const LAUNCHED: Readonly<Record<string, string>> = { 'Integrated Air and Missile Defence': '2024-02-14' };
/** When coalitions were set up as a model (the framework row: after the 16th UDCG meeting, Oct 2023). */
const MODEL_ON = '2023-10';

const slug = (name: string): string => name.toLowerCase().replace(/\(.*\)/, '').trim().replace(/[^a-z0-9]+/g, '-').replace(/-$/, '');

export function coalitionSteps(rows: readonly CoalitionRow[], names: Record<string, string>): GuaranteeStep[] {
  const steps: GuaranteeStep[] = [];
  for (const row of rows) {
    const leads = list(row.lead_countries);
    if (leads.length === 0) continue;
    const pillars = PILLARS_OF[row.coalition];
    if (!pillars) throw new Error(`capability coalition '${row.coalition}' has no pillar in guarantee-coalitions.ts`);
    const members = [...new Set([...leads, ...list(row.members_known)])];
    const frameworkId = `capability-coalition-${slug(row.coalition)}`;
    const sources = sourcesOf(row.source_urls);
    const launched = LAUNCHED[row.coalition] ?? null;
    const on = launched ?? MODEL_ON;
    steps.push(
      step('frameworks', on, {
        frameworkId,
        kind: 'coalition_arrangement',
        title: `${row.coalition} capability coalition`,
        parties: [...members.map((code) => ({ orgId: code.toLowerCase(), role: 'guarantor', ...(leads.includes(code) ? { lead: true } : {}) })), { orgId: UKRAINE, role: 'beneficiary' }],
        partiesNote: `Members known from the sources: ${members.join(', ')}. ${row.notes}`,
        umbrella: 'Ukraine Defense Contact Group (Ramstein) capability coalitions',
        bindingLevel: 'unknown',
        status: 'in_force',
        statusOn: launched,
        sources,
        publicRecord: true,
        note: `Operating: members act through it per the sources. ${launched ? `Launched on ${launched}.` : 'Its launch date is not in the record (the coalition model dates from Oct 2023).'}`,
      }),
    );
    for (const code of members) {
      const org = code.toLowerCase();
      const lead = leads.includes(code);
      steps.push(
        step('commitments', on, {
          commitmentId: `${frameworkId}-${org}`,
          frameworkId,
          guarantors: [org],
          pillars,
          stance: 'committed',
          terms: { kind: 'qualitative' },
          statement: `${names[code] ?? code} ${lead ? 'leads' : 'is a member of'} the ${row.coalition} capability coalition.`,
          madeOn: null,
          sources,
          publicRecord: true,
          note: `Pillar read from the coalition's name by the registry (${pillars.join(', ')}). ${row.notes}`,
        }),
      );
    }
  }
  return steps;
}
