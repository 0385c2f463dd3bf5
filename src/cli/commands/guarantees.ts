/**
 * purl guarantees matrix|guarantor ISO|pillar NAME|timeline|frameworks [--json] [--as-of DAY]: the
 * security-guarantees registry as the API's GET /guarantees/... gives it (--json prints the same
 * shapes), or as text for reading in a terminal.
 */
import type { Command } from 'commander';
import { CAVEAT } from '../../api/routes/guarantee-schemas.ts';
import { isIsoDay } from '../../domain/dates.ts';
import { invalid } from '../../domain/errors.ts';
import { isPillar, PILLARS, STANCES, type Pillar } from '../../domain/guarantee-vocabulary.ts';
import { formatGrouped } from '../../domain/money-text.ts';
import { fromJson, type MoneyJson } from '../../domain/money.ts';
import type { Figure } from '../../store/queries/guarantee-fulfilment.ts';
import { coverageNote } from '../../store/queries/guarantee-coverage.ts';
import { coverageMatrix } from '../../store/queries/guarantee-matrix.ts';
import { guarantorPage, pillarPage } from '../../store/queries/guarantee-pages.ts';
import { timeline } from '../../store/queries/guarantee-timeline.ts';
import { OPERATOR_VIEWER } from '../../domain/classification.ts';
import { loadClearance } from '../../store/queries/clearance.ts';
import { listFrameworks, openRegistryView, type CommitmentView } from '../../store/queries/guarantee-views.ts';
import { withStore } from '../context.ts';

interface Opts {
  json?: boolean;
  asOf?: string;
}

const money = (m: MoneyJson | null): string => (m ? formatGrouped(fromJson(m)) : '-');
const figure = (f: Figure | null): string => (f === null ? '-' : f.quantity !== null ? f.quantity : `${money(f.amount)} (${money(f.usd)})`);
const STANCE_MARK = { committed: 'C', offered: 'O', proposed: 'P', stated: 'S', ruled_out: 'x' } as const;

function asOfOf(opts: Opts): string {
  const day = opts.asOf ?? new Date().toISOString().slice(0, 10);
  if (!isIsoDay(day)) throw invalid('--as-of', `'${day}' is not a date YYYY-MM-DD`);
  return day;
}

function describeCommitment(c: CommitmentView): string[] {
  const f = c.fulfilment;
  const lines = [
    `  ${c.commitmentId}  [${c.pillars.join(', ')}]  ${c.stance}${c.reportedBy ? ` (reported by ${c.reportedBy})` : ''}`,
    `    ${c.termsText}${c.condition ? `; condition: ${c.condition}` : ''}`,
    `    framework: ${c.frameworkId} (${c.frameworkStatus}, ${c.bindingLevel.replace(/_/g, ' ')})`,
    `    fulfilment: ${f.status.replace(/_/g, ' ')}${f.unit !== 'none' ? `; scheduled ${figure(f.scheduled)}, due ${figure(f.due)}, fulfilled ${figure(f.fulfilled)}, overdue ${figure(f.overdue)}${f.excess && f.excess.amount?.minor !== '0' && f.excess.quantity !== '0' ? `, excess ${figure(f.excess)}` : ''}` : ''}`,
  ];
  for (const e of f.evidence) {
    lines.push(`      evidence ${e.fulfilmentId}: ${e.kind} ${e.pledgeId ?? e.description ?? ''} ${money(e.counts.amount)} ${e.counting}${e.illustrative ? ' ILLUSTRATIVE' : ''}`);
  }
  lines.push(`    sources: ${c.sources.map((s) => s.url).join(' ')}`);
  return lines;
}

export function guaranteesCommand(program: Command): void {
  const g = program.command('guarantees').description('the security-guarantees registry: coverage matrix, guarantor and pillar pages, timeline, frameworks');
  const common = (c: Command) => c.option('--json', 'print JSON (the same shape as the API)').option('--as-of <day>', 'measure due and overdue against this day (YYYY-MM-DD; today by default)');

  common(g.command('matrix').description('pillars x guarantors: who guarantees what, how binding, how fulfilled')).action(async (opts: Opts) => {
    const asOf = asOfOf(opts);
    await withStore(async (db) => {
      const v = await openRegistryView(db, await loadClearance(db, OPERATOR_VIEWER), asOf);
      const m = coverageMatrix(v);
      const note = coverageNote(v);
      if (opts.json) return console.log(JSON.stringify({ ...m, coverage: note, caveat: CAVEAT }, null, 2));
      const cols = m.guarantors.map((x) => x.orgId);
      console.log(`Coverage matrix as of ${m.asOf}: ${STANCES.map((s) => `${STANCE_MARK[s]} ${s.replace('_', ' ')}`).join(', ')}; + evidence counted`);
      console.log(`${''.padEnd(20)} ${cols.map((c) => c.toUpperCase().padStart(3)).join('')}`);
      for (const p of m.pillars) {
        const cells = cols.map((orgId) => {
          const cell = m.cells.find((c) => c.pillar === p.pillar && c.orgId === orgId);
          if (!cell) return '  .';
          return `${STANCE_MARK[cell.firmestStance]}${cell.evidenceUsd.counted.minor !== '0' ? '+' : ''}`.padStart(3);
        });
        console.log(`${p.pillar.padEnd(20)} ${cells.join('')}`);
      }
      console.log('\nEvidence counted toward commitments (USD, each at its own date)');
      for (const x of m.guarantors.filter((x) => x.evidenceUsd.counted.minor !== '0' || x.evidenceUsd.pending.minor !== '0')) {
        console.log(`  ${x.name.padEnd(34)} counted ${money(x.evidenceUsd.counted).padStart(22)}  pending ${money(x.evidenceUsd.pending).padStart(20)}`);
      }
      const c = note.covers;
      console.log(`\nCovers: ${c.frameworks} frameworks (${Object.entries(c.byKind).map(([k, n]) => `${n} ${k.replace(/_/g, ' ')}`).join(', ')}), ${c.commitments} commitments of ${c.guarantors} guarantors, ${c.milestones} negotiation milestones; evidence: ${c.evidence.counted} counted, ${c.evidence.pending} pending, ${c.evidence.illustrative} illustrative`);
      console.log('Unknown:');
      for (const u of note.unknown) console.log(`  ${u.what}: ${u.ids.length} (${u.ids.slice(0, 6).join(', ')}${u.ids.length > 6 ? ', ...' : ''})`);
      console.log(`\n${CAVEAT}`);
    });
  });

  common(g.command('guarantor <iso>').description('one guarantor (ISO code such as GB, or an organization id): its frameworks, commitments and fulfilment over time')).action(
    async (iso: string, opts: Opts) => {
      const asOf = asOfOf(opts);
      await withStore(async (db) => {
        const page = guarantorPage(await openRegistryView(db, await loadClearance(db, OPERATOR_VIEWER), asOf), iso.toLowerCase());
        if (opts.json) return console.log(JSON.stringify({ ...page, caveat: CAVEAT }, null, 2));
        console.log(`${page.guarantor.name} (${page.guarantor.orgId}), as of ${page.asOf}`);
        console.log('\nFrameworks');
        for (const f of page.frameworks) console.log(`  ${f.frameworkId.padEnd(44)} ${f.status.padEnd(10)} ${f.statusOn?.value ?? 'date unknown'}  ${f.bindingLevel.replace(/_/g, ' ')}`);
        console.log('\nCommitments');
        for (const c of page.commitments) console.log(describeCommitment(c).join('\n'));
        console.log('\nEvidence over time (USD)');
        for (const m of page.fulfilmentOverTime) console.log(`  ${m.month}  counted ${money(m.counted)}  pending ${money(m.pending)}  cumulative ${money(m.cumulativeCounted)}`);
        console.log(`\n${CAVEAT}`);
      });
    },
  );

  common(g.command('pillar <name>').description(`one pillar: who is committed, on what terms (${PILLARS.join(', ')})`)).action(async (name: string, opts: Opts) => {
    if (!isPillar(name)) throw invalid('pillar', `'${name}' is not a pillar (${PILLARS.join(', ')})`);
    const asOf = asOfOf(opts);
    await withStore(async (db) => {
      const page = pillarPage(await openRegistryView(db, await loadClearance(db, OPERATOR_VIEWER), asOf), name as Pillar);
      if (opts.json) return console.log(JSON.stringify({ ...page, caveat: CAVEAT }, null, 2));
      console.log(`${page.label} (${page.pillar}), as of ${page.asOf}`);
      for (const x of page.guarantors) {
        console.log(`\n${x.guarantor.name}: ${x.firmestStance}, most binding ${x.strongestBinding?.replace(/_/g, ' ') ?? 'unknown'}`);
        for (const c of x.commitments) console.log(describeCommitment(c).join('\n'));
      }
      if (page.milestones.length > 0) console.log('\nNegotiation steps on this pillar');
      for (const m of page.milestones) console.log(`  ${m.on.value}  ${m.title}`);
      console.log(`\n${CAVEAT}`);
    });
  });

  common(g.command('timeline').description('every dated step: statuses, commitments, negotiation milestones, evidence')).action(async (opts: Opts) => {
    const asOf = asOfOf(opts);
    await withStore(async (db) => {
      const t = timeline(await openRegistryView(db, await loadClearance(db, OPERATOR_VIEWER), asOf));
      if (opts.json) return console.log(JSON.stringify(t, null, 2));
      for (const e of t.entries) console.log(`${e.date!.value.padEnd(10)} ${e.kind.padEnd(10)} ${e.title}${e.illustrative ? ' (illustrative)' : ''}`);
      if (t.undated.length > 0) console.log(`\nUndated (${t.undated.length}): ${t.undated.map((e) => e.commitmentId ?? e.frameworkId).join(', ')}`);
    });
  });

  common(g.command('frameworks').description('frameworks with kind, legal status, binding level and parties')).action(async (opts: Opts) => {
    const asOf = asOfOf(opts);
    await withStore(async (db) => {
      const items = listFrameworks(await openRegistryView(db, await loadClearance(db, OPERATOR_VIEWER), asOf));
      if (opts.json) return console.log(JSON.stringify({ items }, null, 2));
      for (const f of items) {
        console.log(`${f.frameworkId.padEnd(44)} ${f.kind.padEnd(28)} ${f.status.padEnd(10)} ${(f.statusOn?.value ?? '?').padEnd(10)} ${f.bindingLevel.replace(/_/g, ' ')}`);
        console.log(`  ${f.title}; parties: ${f.parties.map((p) => `${p.orgId}${p.lead ? '*' : ''}`).join(', ')}; ${f.commitmentIds.length} commitment(s)`);
      }
    });
  });
}
