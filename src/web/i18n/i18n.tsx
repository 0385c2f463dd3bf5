/**
 * The chosen language (English or Ukrainian), remembered in localStorage, and the formatters that
 * follow it: every number, amount and date on screen goes through Intl for that locale.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatMoney, formatMoneyCompact, type Money } from '../lib/money.ts';
import { en, type MessageKey } from './en.ts';
import { uk } from './uk.ts';

export type Locale = 'en' | 'uk';
export const LOCALES: readonly Locale[] = ['en', 'uk'];
const MESSAGES: Record<Locale, Record<MessageKey, string>> = { en, uk };
const STORAGE_KEY = 'purl.locale';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export interface I18n {
  locale: Locale;
  setLocale(l: Locale): void;
  t: Translate;
  /** A translation when the key exists (event types, states from the API), else the raw value. */
  tMaybe(prefix: string, value: string): string;
  money(m: Money | null | undefined): string;
  moneyCompact(m: Money): string;
  number(n: number | bigint | string): string;
  /** Basis points as a percent. */
  percentBp(bp: number | null): string;
  /** Parts per million as a percent, to three decimals. */
  percentPpm(ppm: number | null): string;
  date(iso: string): string;
  dateTime(iso: string): string;
  month(yyyyMm: string): string;
}

function initialLocale(): Locale {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  if (saved === 'en' || saved === 'uk') return saved;
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('uk') ? 'uk' : 'en';
}

function interpolate(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function makeI18n(locale: Locale, setLocale: (l: Locale) => void): I18n {
  const messages = MESSAGES[locale];
  const intlLocale = locale === 'uk' ? 'uk-UA' : 'en-GB';
  const num = new Intl.NumberFormat(intlLocale);
  const pct = new Intl.NumberFormat(intlLocale, { style: 'percent', maximumFractionDigits: 1 });
  const pctFine = new Intl.NumberFormat(intlLocale, { style: 'percent', minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const day = new Intl.DateTimeFormat(intlLocale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  const dayTime = new Intl.DateTimeFormat(intlLocale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });
  const monthFmt = new Intl.DateTimeFormat(intlLocale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const t: Translate = (key, vars) => interpolate(messages[key] ?? key, vars);
  return {
    locale,
    setLocale,
    t,
    tMaybe: (prefix, value) => {
      const key = `${prefix}.${value}` as MessageKey;
      return key in messages ? messages[key] : value;
    },
    money: (m) => (m ? formatMoney(m, intlLocale) : t('common.none')),
    moneyCompact: (m) => formatMoneyCompact(m, intlLocale),
    number: (n) => num.format(typeof n === 'string' ? (n as Intl.StringNumericLiteral) : n),
    percentBp: (bp) => (bp === null ? t('common.none') : pct.format(bp / 10_000)),
    percentPpm: (ppm) => (ppm === null ? t('common.none') : pctFine.format(ppm / 1_000_000)),
    date: (iso) => {
      // Month-only and year-only dates keep their precision.
      if (/^\d{4}-\d{2}$/.test(iso)) return monthFmt.format(new Date(`${iso}-01T00:00:00Z`));
      if (/^\d{4}$/.test(iso)) return iso;
      const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
      return Number.isNaN(d.getTime()) ? iso : day.format(d);
    },
    dateTime: (iso) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dayTime.format(d);
    },
    month: (m) => monthFmt.format(new Date(`${m}-01T00:00:00Z`)),
  };
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((l: Locale) => {
    localStorage.setItem(STORAGE_KEY, l);
    setLocaleState(l);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => makeI18n(locale, setLocale), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
