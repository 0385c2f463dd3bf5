/**
 * The access log: every read of restricted data the signed-in organization owns (who, what, when,
 * through which route), newest first, a page at a time; the page number is kept in the address.
 */
import { Link, useLocation, useSearch } from 'wouter';
import { api, unwrap } from '../api/client.ts';
import { useQuery } from '../api/use-query.ts';
import { useOrgName } from '../components/orgs.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Empty, Loaded } from '../components/States.tsx';
import { Table } from '../components/Table.tsx';
import { useI18n } from '../i18n/i18n.tsx';

const PAGE = 50;

/** Where a read record lives in the app (a shipment is shown on its package's page, which this entry does not name). */
const recordHref = (kind: string, id: string): string | null => (kind === 'pledge' ? `/pledges/${id}` : kind === 'package' ? `/packages/${id}` : null);

export default function AccessLog() {
  const i = useI18n();
  const { t, tMaybe } = i;
  const orgName = useOrgName();
  const search = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const offset = Math.max(0, Number(search.get('offset') ?? '0') || 0);
  const q = useQuery(async () => unwrap(await api.GET('/access-log', { params: { query: { limit: PAGE, offset } } })), [offset]);
  const go = (o: number) => navigate(o > 0 ? `/access-log?offset=${o}` : '/access-log');

  return (
    <>
      <PageTitle title={t('access.title')} />
      <p className="lead">{t('access.intro')}</p>
      <Loaded q={q}>
        {(page) =>
          page.total === 0 ? (
            <Empty>{t('access.empty')}</Empty>
          ) : (
            <section className="panel">
              <Table
                caption={t('access.title')}
                captionHidden
                rows={page.items}
                rowKey={(r) => `${r.at}-${r.viewerOrg}-${r.kind}-${r.recordId}-${r.field}-${r.route}`}
                columns={[
                  { header: t('access.when'), cell: (r) => i.dateTime(r.at) },
                  {
                    header: t('access.who'),
                    cell: (r) => (
                      <>
                        {orgName(r.viewerOrg)}
                        <span className="muted small"> · {r.viewerUser}</span>
                      </>
                    ),
                  },
                  {
                    header: t('access.what'),
                    cell: (r) => {
                      const href = recordHref(r.kind, r.recordId);
                      return (
                        <>
                          {tMaybe('classify.record', r.kind)} {href ? <Link href={href}>{r.recordId}</Link> : r.recordId}
                          <span className="muted small"> · {tMaybe('classification.field', r.field)}</span>
                        </>
                      );
                    },
                  },
                  { header: t('access.route'), cell: (r) => <code>{r.route}</code> },
                ]}
              />
              <nav className="pager" aria-label={t('access.pages')}>
                {offset > 0 ? (
                  <button type="button" className="btn" onClick={() => go(Math.max(0, offset - PAGE))}>
                    {t('access.newer')}
                  </button>
                ) : null}
                {offset + page.items.length < page.total ? (
                  <button type="button" className="btn" onClick={() => go(offset + PAGE)}>
                    {t('access.older')}
                  </button>
                ) : null}
                <span className="muted">{t('access.range', { from: i.number(offset + 1), to: i.number(offset + page.items.length), total: i.number(page.total) })}</span>
              </nav>
            </section>
          )
        }
      </Loaded>
    </>
  );
}
