/**
 * The frame of every page: a skip link, the header (name, language, who you are), the main
 * navigation with the current page marked, the page, and a footer saying where figures come from.
 */
import type { ReactNode } from 'react';
import { Link, useLocation, useRoute } from 'wouter';
import { useSession } from '../api/session.tsx';
import { useI18n, type Locale } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/en.ts';
import { useOrgName } from './orgs.tsx';

function NavLink({ href, label }: { href: string; label: string }) {
  const [exact] = useRoute(href);
  const [nested] = useRoute(`${href}/*`);
  const active = exact || (href !== '/' && nested);
  return (
    <Link href={href} className={active ? 'active' : ''} aria-current={active ? 'page' : undefined}>
      {label}
    </Link>
  );
}

const NAV: { href: string; key: MessageKey; signedIn: boolean }[] = [
  { href: '/', key: 'nav.overview', signedIn: true },
  { href: '/list', key: 'nav.list', signedIn: true },
  { href: '/packages', key: 'nav.packages', signedIn: true },
  { href: '/pledges', key: 'nav.pledges', signedIn: true },
  { href: '/plans', key: 'nav.plans', signedIn: true },
  { href: '/guarantees', key: 'nav.guarantees', signedIn: true },
  { href: '/log', key: 'nav.log', signedIn: true },
  { href: '/access-log', key: 'nav.accessLog', signedIn: true },
  { href: '/public', key: 'nav.public', signedIn: false },
];

function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const options: { l: Locale; label: string; lang: string }[] = [
    { l: 'en', label: 'English', lang: 'en' },
    { l: 'uk', label: 'Українська', lang: 'uk' },
  ];
  return (
    <div className="lang" role="group" aria-label={t('lang.choose')}>
      {options.map((o) => (
        <button key={o.l} type="button" lang={o.lang} className={`btn btn-small${locale === o.l ? ' btn-on' : ''}`} aria-pressed={locale === o.l} onClick={() => setLocale(o.l)}>
          {o.label}
        </button>
      ))}
    </div>
  );
}

function Who() {
  const { me, signOut } = useSession();
  const { t, tMaybe } = useI18n();
  const orgName = useOrgName();
  const [, navigate] = useLocation();
  if (!me) {
    return (
      <Link href="/sign-in" className="btn btn-small btn-primary">
        {t('auth.signIn')}
      </Link>
    );
  }
  return (
    <div className="who">
      <span>
        <span className="who-org">{orgName(me.orgId)}</span>
        <span className="who-role">{tMaybe('role', me.role)}</span>
      </span>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => void signOut().then(() => navigate('/public'))}
      >
        {t('auth.signOut')}
      </button>
    </div>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { me } = useSession();
  return (
    <>
      <a className="skip" href="#main">
        {t('nav.skip')}
      </a>
      <header className="top">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            PURL
          </span>
          <span>
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-sub">{t('app.tagline')}</span>
          </span>
        </div>
        <div className="top-right">
          <LanguageSwitch />
          <Who />
        </div>
      </header>
      <nav className="main-nav" aria-label={t('nav.label')}>
        {NAV.filter((n) => me || !n.signedIn).map((n) => (
          <NavLink key={n.href} href={n.href} label={t(n.key)} />
        ))}
      </nav>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="foot">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
