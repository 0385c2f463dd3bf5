/**
 * The brief's public-record CSVs, read the way the demo reads them (PURL_BRIEF_DIR or
 * ../shared/brief/data). Suites that need them skip, saying why, when the folder is absent:
 * the files carry their sources and are deliberately not copied into the repository.
 */
import { briefDataDir, hasBriefData, readBriefData, type BriefData } from '../../src/demo/brief-data.ts';

export const BRIEF_DIR = briefDataDir();

export const BRIEF: BriefData | null = hasBriefData(BRIEF_DIR) ? readBriefData(BRIEF_DIR) : null;

if (!BRIEF) {
  console.warn(`public-record suites skipped: the brief's CSVs are not in ${BRIEF_DIR} (set PURL_BRIEF_DIR to the folder holding purl-announcements.csv).`);
}
