/** Packages on a board by lifecycle state, from draft to closed; each card opens the package page. */
import { Link } from 'wouter';
import { api, unwrap } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import { useQuery } from '../api/use-query.ts';
import type { components } from '../api/schema';
import { PageTitle } from '../components/PageTitle.tsx';
import { Loaded } from '../components/States.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { ratioBp } from '../lib/money.ts';
import { PACKAGE_STATES } from '../lib/vocab.ts';

type Pkg = components['schemas']['PackageSummary'];

function Card({ p }: { p: Pkg }) {
  const i = useI18n();
  const { t } = i;
  const bp = ratioBp(p.funded.minor, p.price.minor) ?? 0;
  return (
    <li className="card">
      <Link href={`/packages/${p.packageId}`} className="card-title">
        {p.name}
      </Link>
      <p className="muted small">{p.packageId}</p>
      <dl className="card-facts">
        <dt>{t('packages.price')}</dt>
        <dd>{i.money(p.price)}</dd>
        <dt>{t('packages.funded')}</dt>
        <dd>{i.money(p.funded)}</dd>
      </dl>
      <div className="meter" role="img" aria-label={t('packages.fundedShare', { pct: i.percentBp(bp) })}>
        <span style={{ width: `${Math.min(100, bp / 100)}%` }} />
      </div>
      {p.gap.minor !== '0' ? <p className="small gap">{t('packages.gapLeft', { gap: i.money(p.gap) })}</p> : null}
    </li>
  );
}

export default function PackagesBoard() {
  const { t, tMaybe } = useI18n();
  const session = useSession();
  const q = useQuery(async () => unwrap(await api.GET('/packages', { params: { query: { limit: 500 } } })), []);
  return (
    <>
      <PageTitle title={t('packages.title')}>
        {session.can('createPackage') ? (
          <Link href="/packages/new" className="btn btn-primary">
            {t('packages.new')}
          </Link>
        ) : null}
      </PageTitle>
      <p className="lead">{t('packages.intro')}</p>
      <Loaded q={q}>
        {(page) => (
          <div className="board">
            {PACKAGE_STATES.map((state) => {
              const items = page.items.filter((p) => p.state === state);
              return (
                <section key={state} className="column" aria-labelledby={`col-${state}`}>
                  <h2 id={`col-${state}`}>
                    {tMaybe('pkgState', state)} <span className="count">{items.length}</span>
                  </h2>
                  {items.length === 0 ? (
                    <p className="muted small">{t('packages.none')}</p>
                  ) : (
                    <ul className="cards">
                      {items.map((p) => (
                        <Card key={p.packageId} p={p} />
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        )}
      </Loaded>
    </>
  );
}
