/**
 * Who may read a record and its sensitive field, as the caller is told: the level in force on each
 * (public, coalition only, restricted), with the reason and the disclosure date where one is set.
 * Levels come with the record; reasons and dates from GET /classifications (what was set) or, for a
 * field withheld from the caller, from the record's own `withheld` notes.
 */
import { api, unwrap } from '../api/client.ts';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n.tsx';
import type { WithheldNote } from './Withheld.tsx';

export type ClassificationRow = components['schemas']['Classification'];
export type Kind = ClassificationRow['kind'];

/** Every level set on records the caller may see (one request; filtered per record on the page). */
export async function loadClassifications(): Promise<ClassificationRow[]> {
  return unwrap(await api.GET('/classifications', {})).items;
}

export interface LevelInForce {
  level: string;
  reason: string | null;
  discloseOn: string | null;
  /** The named readers, when the caller is an owner (the server tells no one else). */
  readers?: string[] | null;
}

/**
 * The level in force on a field, with the reason and date of whichever setting made it so: the
 * field's own when its level is the one in force, else the record's (a field is never less
 * protected than its record), else the note the server gave with a withheld field.
 */
export function levelOf(rows: readonly ClassificationRow[], kind: Kind, id: string, field: string, level: string, withheld: readonly WithheldNote[] = []): LevelInForce {
  const own = rows.find((r) => r.kind === kind && r.id === id && r.field === field);
  const record = rows.find((r) => r.kind === kind && r.id === id && r.field === 'record');
  const note = withheld.find((w) => w.field === field);
  const from = [own, record, note].find((x) => x && x.level === level);
  return { level, reason: from?.reason ?? null, discloseOn: from?.discloseOn ?? null, readers: from && 'readers' in from ? (from.readers as string[] | null) : null };
}

/** The default level of a record where none was set: coalition (pledges with a published source are public, and carry their level). */
export const DEFAULT_LEVEL = 'coalition';

export function LevelBadge({ level }: { level: string }) {
  const { tMaybe } = useI18n();
  return <span className={`badge badge-level badge-level-${level}`}>{tMaybe('level', level)}</span>;
}

/** "Pledge: public · Amount: restricted to named organizations, for the donor's confidentiality; public from 1 May 2027." */
export function LevelList({ items }: { items: { field: string; label: string; inForce: LevelInForce }[] }) {
  const i = useI18n();
  const { t, tMaybe } = i;
  return (
    <ul className="levels">
      {items.map(({ field, label, inForce }) => (
        <li key={field} data-field={field}>
          <span className="level-label">{label}:</span> <LevelBadge level={inForce.level} />
          {inForce.reason && inForce.level !== 'public' ? <span className="small">{t('classification.because', { reason: tMaybe('reason', inForce.reason) })}</span> : null}
          {inForce.discloseOn ? <span className="small muted"> {t('classification.discloseOn', { date: i.date(inForce.discloseOn) })}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** A short "withheld" with its reason, for a table cell or a figure. */
export function WithheldShort({ note }: { note: WithheldNote | undefined }) {
  const { t, tMaybe } = useI18n();
  return (
    <span className="muted withheld-short" title={note?.reason ? tMaybe('reason', note.reason) : undefined}>
      {note?.reason ? t('classification.withheldBecause', { reason: tMaybe('reason', note.reason) }) : t('classification.withheldShort')}
    </span>
  );
}
