/**
 * The 2025 statements (guarantee-statements-2025.csv) as registry entries. Which row becomes what is
 * a judgement written out here row by row; what each entry says (dates, words, figures, sources)
 * is the row's own. Three frameworks hold them:
 *
 * - `coalition-of-the-willing`: the UK- and France-led reassurance force, proposed on 2 Mar 2025
 *   (GS-03) and agreed by 26 of 35 countries in Paris on 4 Sep 2025 (GS-14);
 * - `guarantees-2025-talks`: the "Article 5-like" guarantees under negotiation, with the August
 *   2025 talks of the source article (US readiness to take part, the scope Zelensky set out,
 *   Türkiye's offer on maritime security);
 * - `mcm-black-sea`: the Türkiye-Romania-Bulgaria mine-countermeasures group (an MoU, Jan 2024),
 *   with the December 2023 minehunter episode as its background.
 *
 * Stances: `offered` and `proposed` where the row says so, `stated` for a position (often reported
 * by another party: `reportedBy`), `ruled_out` for Italy's troops, `committed` only for GS-14.
 */
import { list, sourcesOf, type StatementRow } from './guarantee-data.ts';
import { later, step, UKRAINE, type GuaranteeStep } from './guarantee-steps.ts';

const COW = 'coalition-of-the-willing';
const TALKS = 'guarantees-2025-talks';
const MCM = 'mcm-black-sea';

/** Party codes in the rows that are organizations of the record (CoW and RU are not). */
const ORG_OF: Record<string, string> = { UA: UKRAINE, NATO: 'nato' };
const orgOf = (code: string): string | null => (code === 'CoW' || code === 'RU' ? null : (ORG_OF[code] ?? code.toLowerCase()));
const NAMES: Record<string, string> = { CoW: 'Coalition of the Willing', RU: 'Russia', NATO: 'NATO', UA: 'Ukraine', EU: 'European Union' };

const participants = (row: StatementRow, names: Record<string, string>) =>
  list(row.parties).map((code) => ({ name: NAMES[code] ?? names[code] ?? code, ...(orgOf(code) ? { orgId: orgOf(code)! } : {}) }));

/** A row's date as a fuzzy date: GS-05 gives only the year ("Spring 2025 (exact date not found)"). */
const dateOf = (row: StatementRow): string => row.date;

interface Plan {
  frameworks: { frameworkId: string; row: string; input: Record<string, unknown> }[];
  statusChanges: { row: string; frameworkId: string; to: string; reason: string }[];
  milestones: { row: string; frameworkId: string; kind: string; title: string }[];
  commitments: { row: string; frameworkId: string; commitmentId: string; input: Record<string, unknown>; extraSources?: string[] }[];
}

const PLAN: Plan = {
  frameworks: [
    {
      frameworkId: COW,
      row: 'GS-03',
      input: {
        kind: 'coalition_arrangement',
        title: 'Coalition of the Willing: a reassurance force for Ukraine after a ceasefire',
        parties: [
          { orgId: 'gb', role: 'guarantor', lead: true },
          { orgId: 'fr', role: 'guarantor', lead: true },
          { orgId: 'eu', role: 'participant' },
          { orgId: 'de', role: 'participant' },
          { orgId: 'it', role: 'participant' },
          { orgId: 'pl', role: 'participant' },
          { orgId: UKRAINE, role: 'beneficiary' },
        ],
        partiesNote:
          'GS-03: 16 nations plus the EU and NATO at the start (per Wikipedia, whose page carries a machine-generated-text warning). GS-14: 26 of 35 countries committed on 4 Sep 2025; the sources found do not name them all. GS-07: the coalition includes the EU. GS-15: Germany, Italy and Poland were called important contributors.',
        bindingLevel: 'unknown',
        status: 'proposed',
      },
    },
    {
      frameworkId: TALKS,
      row: 'GS-04',
      input: {
        kind: 'guarantee_under_negotiation',
        title: "Security guarantees for Ukraine under negotiation in 2025 ('Article 5-like')",
        parties: [
          { orgId: 'us', role: 'guarantor' },
          { orgId: 'tr', role: 'guarantor' },
          { orgId: 'gb', role: 'participant' },
          { orgId: 'fr', role: 'participant' },
          { orgId: 'de', role: 'participant' },
          { orgId: 'it', role: 'participant' },
          { orgId: 'fi', role: 'participant' },
          { orgId: 'eu', role: 'participant' },
          { orgId: 'nato', role: 'participant' },
          { orgId: UKRAINE, role: 'beneficiary' },
        ],
        partiesNote:
          'Guarantors: the US (ready to take part for the first time, GS-10) and Türkiye (offered maritime security, GS-13). Participants: the leaders at the White House meeting of 18 Aug 2025 (GS-08). GS-07: roles of the US, Europe and the EU not yet defined.',
        bindingLevel: 'none',
        bindingBasis: 'No text agreed: roles not yet defined (GS-07); talks on scope held almost daily (GS-11).',
        status: 'discussed',
      },
    },
    {
      frameworkId: MCM,
      row: 'GS-02',
      input: {
        kind: 'coalition_arrangement',
        title: 'Mine Countermeasures Naval Group in the Black Sea (MCM Black Sea)',
        parties: [
          { orgId: 'tr', role: 'guarantor' },
          { orgId: 'ro', role: 'guarantor' },
          { orgId: 'bg', role: 'guarantor' },
        ],
        partiesNote: 'During the war only the three littoral Allies take part; others possibly afterwards by unanimity (GS-02). Ukraine is not a party: the group clears mines in the Black Sea.',
        bindingLevel: 'memorandum_of_understanding',
        bindingBasis: 'GS-02: an MoU signed in Istanbul.',
        status: 'signed',
      },
    },
  ],
  statusChanges: [{ row: 'GS-14', frameworkId: COW, to: 'agreed', reason: 'GS-14: 26 of 35 countries formally committed at the Paris summit; planning to be finalised with the US' }],
  milestones: [
    { row: 'GS-01', frameworkId: MCM, kind: 'background', title: 'Türkiye does not let two British minehunters for Ukraine through the Straits (Montreux)' },
    { row: 'GS-03', frameworkId: COW, kind: 'summit', title: 'London summit: Starmer announces a coalition of the willing' },
    { row: 'GS-05', frameworkId: COW, kind: 'planning', title: 'Defence ministers of about 30 countries meet at NATO headquarters on a reassurance force' },
    { row: 'GS-14', frameworkId: COW, kind: 'summit', title: 'Paris summit: 26 of 35 countries commit to a presence after a ceasefire' },
    { row: 'GS-15', frameworkId: COW, kind: 'statement', title: 'Paris summit: Germany, Italy and Poland named as important contributors' },
    { row: 'GS-04', frameworkId: TALKS, kind: 'proposal', title: 'Meloni proposes Article 5-style protection for Ukraine without NATO membership' },
    { row: 'GS-06', frameworkId: TALKS, kind: 'offer', title: "After the Alaska summit, Witkoff says the US could offer 'Article 5-like protection'" },
    { row: 'GS-07', frameworkId: TALKS, kind: 'statement', title: 'Von der Leyen: the coalition of the willing, with the EU, is ready to do its share' },
    { row: 'GS-08', frameworkId: TALKS, kind: 'meeting', title: 'White House meeting of Trump, Zelensky and European leaders' },
    { row: 'GS-09', frameworkId: TALKS, kind: 'planning', title: 'US and European planners draft military options' },
    { row: 'GS-10', frameworkId: TALKS, kind: 'meeting', title: 'Kyiv, Zelensky with Rutte: the US ready for the first time to take part in the guarantees' },
    { row: 'GS-11', frameworkId: TALKS, kind: 'statement', title: "Zelensky: 'Article 5-like' guarantees covering army funding, weapons and diplomatic support" },
    { row: 'GS-12', frameworkId: TALKS, kind: 'statement', title: 'Rutte: two layers, a strong Ukrainian army and guarantees from Europe and the US' },
    { row: 'GS-13', frameworkId: TALKS, kind: 'offer', title: 'Türkiye wants to take responsibility for Black Sea maritime security' },
  ],
  commitments: [
    {
      row: 'GS-03',
      frameworkId: COW,
      commitmentId: 'cow-force-and-pressure-2025-03',
      input: {
        guarantors: ['gb', 'fr'],
        stance: 'stated',
        condition: 'the force deploys only once a ceasefire or peace deal exists; aid and sanctions are added if talks fail',
      },
    },
    {
      row: 'GS-14',
      frameworkId: COW,
      commitmentId: 'cow-reassurance-presence',
      input: {
        guarantors: ['gb', 'fr'],
        stance: 'committed',
        condition: 'after a ceasefire',
        note: '26 of 35 countries committed; the sources found name only the leads, the UK and France, so only they are recorded as its guarantors.',
      },
    },
    { row: 'GS-07', frameworkId: COW, commitmentId: 'cow-eu-share', input: { guarantors: ['eu'], stance: 'stated', reportedBy: 'Commission President von der Leyen' } },
    {
      row: 'GS-15',
      frameworkId: COW,
      commitmentId: 'cow-it-no-troops',
      input: { guarantors: ['it'], pillars: ['forces'], stance: 'ruled_out', statement: 'Italy rules out sending Italian troops (Meloni on 6 Mar 2025, GS-04, repeated at the Paris summit on 4 Sep 2025, GS-15).' },
      extraSources: ['GS-04'],
    },
    {
      row: 'GS-15',
      frameworkId: COW,
      commitmentId: 'cow-de-air-defence-equipment',
      input: { guarantors: ['de'], pillars: ['air_defence', 'weapons_supply'], stance: 'stated', statement: "Germany focuses on air defence and equipping Ukraine's land forces (Paris summit, GS-15)." },
    },
    { row: 'GS-04', frameworkId: TALKS, commitmentId: 'talks-it-article-5-style', input: { guarantors: ['it'], stance: 'proposed' } },
    { row: 'GS-06', frameworkId: TALKS, commitmentId: 'talks-us-article-5-like-protection', input: { guarantors: ['us'], stance: 'offered', reportedBy: 'US envoy Witkoff' } },
    { row: 'GS-10', frameworkId: TALKS, commitmentId: 'talks-us-ready-to-take-part', input: { guarantors: ['us'], stance: 'stated', reportedBy: 'President Zelensky (Ukraine)' } },
    { row: 'GS-13', frameworkId: TALKS, commitmentId: 'talks-tr-maritime-security', input: { guarantors: ['tr'], stance: 'offered', reportedBy: 'President Zelensky (Ukraine)' } },
    ...['tr', 'ro', 'bg'].map((iso) => ({
      row: 'GS-02',
      frameworkId: MCM,
      commitmentId: `mcm-black-sea-ships-${iso}`,
      input: {
        guarantors: [iso],
        stance: 'committed',
        terms: { kind: 'quantity', quantity: '3', unit: 'ships', item: 'mine-countermeasures ships', qualifier: 'exact', period: { from: null, to: null, text: 'period not stated' } },
        statement: `${iso.toUpperCase()}: 3 ships to the MCM Black Sea group (GS-02: "3 ships per country plus 1 command ship", per a Turkish official).`,
        note: 'Per a Turkish official (GS-02). Which country gives the command ship is not stated.',
      },
    })),
  ],
};

/** GS row -> its steps. `names` gives a party's name by code (from the agreements and the organization list). */
export function statementSteps(rows: readonly StatementRow[], names: Record<string, string>): GuaranteeStep[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const row = (id: string): StatementRow => {
    const r = byId.get(id);
    if (!r) throw new Error(`guarantee-statements-2025.csv has no row ${id}`);
    return r;
  };
  const frameworkDay = new Map<string, string>();
  const steps: GuaranteeStep[] = [];
  for (const f of PLAN.frameworks) {
    const r = row(f.row);
    frameworkDay.set(f.frameworkId, dateOf(r));
    steps.push(step('frameworks', dateOf(r), { frameworkId: f.frameworkId, ...f.input, statusOn: dateOf(r), sources: sourcesOf(r.source_urls), publicRecord: true, note: `${r.id}: ${r.summary}` }));
  }
  const onOrAfter = (frameworkId: string, date: string) => later(date, frameworkDay.get(frameworkId)!);
  for (const s of PLAN.statusChanges) {
    const r = row(s.row);
    steps.push(step('statusChanges', onOrAfter(s.frameworkId, dateOf(r)), { frameworkId: s.frameworkId, to: s.to, effectiveOn: dateOf(r), reason: s.reason, sources: sourcesOf(r.source_urls) }));
  }
  for (const m of PLAN.milestones) {
    const r = row(m.row);
    steps.push(
      step('milestones', onOrAfter(m.frameworkId, dateOf(r)), {
        milestoneId: `${m.frameworkId}-${r.id.toLowerCase()}`,
        frameworkId: m.frameworkId,
        on: dateOf(r),
        kind: m.kind,
        title: m.title,
        participants: participants(r, names),
        topics: list(r.pillar),
        outcome: `${r.summary} (${r.id}; status in the record: ${r.status})`,
        ...(r.figures ? { figures: r.figures } : {}),
        sources: sourcesOf(r.source_urls),
      }),
    );
  }
  for (const c of PLAN.commitments) {
    const r = row(c.row);
    const sources = [...sourcesOf(r.source_urls), ...(c.extraSources ?? []).flatMap((id) => sourcesOf(row(id).source_urls))];
    steps.push(
      step('commitments', onOrAfter(c.frameworkId, dateOf(r)), {
        commitmentId: c.commitmentId,
        frameworkId: c.frameworkId,
        pillars: list(r.pillar),
        terms: { kind: 'qualitative' },
        statement: `${r.summary} (${r.id})`,
        madeOn: dateOf(r),
        publicRecord: true,
        ...c.input,
        sources: sources.filter((s, i) => sources.findIndex((x) => x.url === s.url) === i),
      }),
    );
  }
  return steps;
}
