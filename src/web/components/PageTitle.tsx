/**
 * The page's one <h1>, which takes focus after a client-side navigation so that a screen reader
 * announces the new page and keyboard users start from its top. The document title follows.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

export function PageTitle({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
    if (document.activeElement && document.activeElement !== document.body && !document.activeElement.closest('nav')) return;
    ref.current?.focus();
  }, [title, t]);
  return (
    <div className="page-title">
      <h1 ref={ref} tabIndex={-1}>
        {title}
      </h1>
      {children ? <div className="page-actions">{children}</div> : null}
    </div>
  );
}
