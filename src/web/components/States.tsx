/** Loading, failure and empty states, and the state badge used on every list. */
import type { ReactNode } from 'react';
import { ApiProblem } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}

export function LoadError({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useI18n();
  const detail = error instanceof ApiProblem ? `${error.problem.title}: ${error.problem.detail}` : t('common.networkError');
  return (
    <div className="alert alert-error" role="alert">
      <p>{detail}</p>
      {retry ? (
        <button type="button" className="btn" onClick={retry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

/** Shows the loading and error states of a query, and its content once the data is there. */
export function Loaded<T>({ q, children }: { q: { data: T | undefined; error: unknown; loading: boolean; reload(): void }; children: (data: T) => ReactNode }) {
  if (q.error) return <LoadError error={q.error} retry={q.reload} />;
  if (q.data === undefined) return <Loading />;
  return <>{children(q.data)}</>;
}

export function Badge({ kind, value }: { kind: string; value: string }) {
  const { tMaybe } = useI18n();
  return <span className={`badge badge-${value}`}>{tMaybe(kind, value)}</span>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="muted empty">{children}</p>;
}
