/**
 * Finds and reads the brief's public-record CSVs. They are read at run time from the shared brief
 * folder, not copied into the repository, because each row carries its own sources and the folder
 * is the one place they are kept up to date. The folder is ../shared/brief/data next to the
 * repository, or PURL_BRIEF_DIR (the data folder itself, or a brief folder holding data/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsvObjects } from './csv.ts';

export const BRIEF_FILES = {
  announcements: 'purl-announcements.csv',
  totals: 'purl-running-totals.csv',
  fxRates: 'fx-rates.csv',
} as const;

const COLUMNS = {
  announcements: [
    'id', 'date_announced', 'contributors', 'shares', 'amount', 'currency', 'amount_qualifier', 'usd_equivalent_stated',
    'contents', 'package_number', 'duplicate_of', 'conflict_note', 'source_urls', 'source_tier',
  ],
  totals: ['date', 'total_amount', 'currency', 'scope', 'packages_count', 'contributors_count', 'said_by', 'source_url', 'note'],
  fxRates: ['date', 'base', 'quote', 'rate', 'source', 'note'],
} as const;

type Row<K extends keyof typeof COLUMNS> = Record<(typeof COLUMNS)[K][number], string>;
export type AnnouncementRow = Row<'announcements'>;
export type TotalRow = Row<'totals'>;
export type FxRateRow = Row<'fxRates'>;

export interface BriefData {
  dir: string;
  announcements: AnnouncementRow[];
  totals: TotalRow[];
  fxRates: FxRateRow[];
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The data folder to read, whether or not it exists. */
export function briefDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.PURL_BRIEF_DIR;
  if (override) {
    const nested = resolve(override, 'data');
    return existsSync(join(nested, BRIEF_FILES.announcements)) ? nested : resolve(override);
  }
  return resolve(REPO_ROOT, '../shared/brief/data');
}

/** True when every public-record file is present in `dir`. */
export function hasBriefData(dir: string): boolean {
  return Object.values(BRIEF_FILES).every((f) => existsSync(join(dir, f)));
}

function readTable<K extends keyof typeof COLUMNS>(dir: string, kind: K): Row<K>[] {
  const file = join(dir, BRIEF_FILES[kind]);
  const rows = parseCsvObjects(readFileSync(file, 'utf8'));
  const first = rows[0];
  const missing = first ? COLUMNS[kind].filter((c) => !(c in first)) : [];
  if (missing.length > 0) throw new Error(`${file}: missing column(s) ${missing.join(', ')}`);
  return rows.map((r) => Object.fromEntries(COLUMNS[kind].map((c) => [c, r[c]!.trim()])) as Row<K>);
}

/** Reads the three public-record tables; throws with the file name if one is malformed. */
export function readBriefData(dir: string): BriefData {
  return {
    dir,
    announcements: readTable(dir, 'announcements'),
    totals: readTable(dir, 'totals'),
    fxRates: readTable(dir, 'fxRates'),
  };
}
