/** What a caller is told where a classified field is withheld from it: the level, the reason, and when it becomes public. */
import { useI18n } from '../i18n/i18n.tsx';

export interface WithheldNote {
  field: string;
  level: string;
  reason: string | null;
  discloseOn: string | null;
}

export function Withheld({ notes }: { notes: readonly WithheldNote[] }) {
  const i = useI18n();
  const { t, tMaybe } = i;
  return (
    <ul className="withheld">
      {notes.map((n) => (
        <li key={n.field}>
          {t('classification.withheld', { level: tMaybe('level', n.level), reason: n.reason ? tMaybe('reason', n.reason) : t('common.none') })}
          {n.discloseOn ? ` ${t('classification.discloseOn', { date: i.date(n.discloseOn) })}` : ''}
        </li>
      ))}
    </ul>
  );
}
