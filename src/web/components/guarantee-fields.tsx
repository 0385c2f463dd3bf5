/**
 * What the registry's forms share: the source URL (required of the coordinator, who records only
 * what a source states), dates as precise as the source (YYYY, YYYY-MM or YYYY-MM-DD), and an
 * optional id of the caller's choosing. Checks mirror src/commands/schemas.ts.
 */
import { useI18n, type Translate } from '../i18n/i18n.tsx';
import * as check from '../lib/validate.ts';
import { FUZZY_DATE_RE } from '../lib/vocab.ts';
import { TextField } from './Field.tsx';

/** A date as precise as the source: empty (when optional) or YYYY, YYYY-MM, YYYY-MM-DD. */
export function fuzzyDateError(t: Translate, v: string, required = false): string | undefined {
  const s = v.trim();
  if (s === '') return required ? t('validation.required') : undefined;
  return FUZZY_DATE_RE.test(s) ? undefined : t('validation.fuzzyDate');
}

/** A source URL: checked when given, and required when the coordinator records from the public record. */
export function sourceError(t: Translate, url: string, required: boolean): string | undefined {
  if (!required && url.trim() === '') return undefined;
  const u = check.url(url.trim());
  return u ? t(u) : undefined;
}

/** The request's sources from the one URL a form asks for. */
export const sourcesOf = (url: string): { url: string }[] => (url.trim() ? [{ url: url.trim() }] : []);

/** The id a caller may choose, or none (the server makes one). */
export const idError = (t: Translate, v: string): string | undefined => {
  const e = check.optionalId(v.trim());
  return e ? t(e) : undefined;
};

export function SourceField(p: { value: string; onChange(v: string): void; error?: string | undefined; required: boolean; name?: string; label?: string }) {
  const { t } = useI18n();
  return (
    <TextField
      label={p.label ?? t('gform.sourceUrl')}
      name={p.name ?? 'sourceUrl'}
      inputMode="url"
      hint={p.required ? t('gform.sourceRequired') : undefined}
      value={p.value}
      onChange={p.onChange}
      error={p.error}
      required={p.required}
    />
  );
}

export function IdField(p: { label: string; name: string; value: string; onChange(v: string): void; error?: string | undefined }) {
  const { t } = useI18n();
  return <TextField label={p.label} name={p.name} hint={t('gform.idHint')} value={p.value} onChange={p.onChange} error={p.error} />;
}
