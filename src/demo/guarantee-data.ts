/**
 * Reads the brief's security-guarantee CSVs (security-agreements-2024.csv,
 * guarantee-statements-2025.csv, capability-coalitions.csv) from the same folder as the PURL record
 * (see brief-data.ts), checking their columns, so the registry loads exactly what they say.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvObjects } from './csv.ts';

export const GUARANTEE_FILES = {
  agreements: 'security-agreements-2024.csv',
  statements: 'guarantee-statements-2025.csv',
  coalitions: 'capability-coalitions.csv',
} as const;

const COLUMNS = {
  agreements: ['id', 'guarantor', 'guarantor_name', 'date_signed', 'duration_years', 'framework', 'money_commitments', 'pillars', 'binding_level', 'notes', 'source_urls'],
  statements: ['id', 'date', 'parties', 'pillar', 'status', 'summary', 'figures', 'source_urls'],
  coalitions: ['coalition', 'lead_countries', 'members_known', 'notes', 'source_urls'],
} as const;

type Row<K extends keyof typeof COLUMNS> = Record<(typeof COLUMNS)[K][number], string>;
export type AgreementRow = Row<'agreements'>;
export type StatementRow = Row<'statements'>;
export type CoalitionRow = Row<'coalitions'>;

export interface GuaranteeData {
  agreements: AgreementRow[];
  statements: StatementRow[];
  coalitions: CoalitionRow[];
}

export const hasGuaranteeData = (dir: string): boolean => Object.values(GUARANTEE_FILES).every((f) => existsSync(join(dir, f)));

function readTable<K extends keyof typeof COLUMNS>(dir: string, kind: K): Row<K>[] {
  const file = join(dir, GUARANTEE_FILES[kind]);
  const rows = parseCsvObjects(readFileSync(file, 'utf8'));
  const first = rows[0];
  const missing = first ? COLUMNS[kind].filter((c) => !(c in first)) : [];
  if (missing.length > 0) throw new Error(`${file}: missing column(s) ${missing.join(', ')}`);
  return rows.map((r) => Object.fromEntries(COLUMNS[kind].map((c) => [c, r[c]!.trim()])) as Row<K>);
}

export function readGuaranteeData(dir: string): GuaranteeData {
  return { agreements: readTable(dir, 'agreements'), statements: readTable(dir, 'statements'), coalitions: readTable(dir, 'coalitions') };
}

/** "a;b" -> ["a", "b"]; "" -> []. */
export const list = (field: string, sep = ';'): string[] => field.split(sep).map((s) => s.trim()).filter((s) => s.length > 0);

/** A source per URL, with its host as publisher (the CSVs give no publisher names). */
export const sourcesOf = (field: string): { url: string; publisher: string }[] =>
  list(field, ' ').map((url) => ({ url, publisher: new URL(url).hostname.replace(/^www\./, '') }));
