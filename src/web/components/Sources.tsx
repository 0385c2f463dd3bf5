/** A record's published sources as links named by their site, with tier A (official) marked. */
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n.tsx';

type Source = Pick<components['schemas']['Source'], 'url' | 'publisher' | 'tier'>;

const host = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

export function Sources({ sources }: { sources: readonly Source[] }) {
  const { t } = useI18n();
  if (sources.length === 0) return <span className="muted">{t('common.none')}</span>;
  return (
    <ul className="sources">
      {sources.map((s, n) => (
        <li key={`${s.url}-${n}`}>
          <a href={s.url} target="_blank" rel="noreferrer noopener">
            {s.publisher ?? host(s.url)}
          </a>
          {s.tier ? <span className={`tier tier-${s.tier}`} title={t(s.tier === 'A' ? 'sources.tierA' : 'sources.tierB')}>{s.tier}</span> : null}
        </li>
      ))}
    </ul>
  );
}
