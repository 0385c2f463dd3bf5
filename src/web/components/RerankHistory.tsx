/** The history of re-rankings, read from the log: who moved the list, when, and why. */
import { api, unwrap } from '../api/client.ts';
import { useQuery } from '../api/use-query.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useOrgName } from './orgs.tsx';
import { Empty, Loaded } from './States.tsx';
import { Table } from './Table.tsx';

export function RerankHistory() {
  const i = useI18n();
  const { t } = i;
  const orgName = useOrgName();
  const q = useQuery(async () => unwrap(await api.GET('/events', { params: { query: { type: 'RequirementsReranked', limit: 1000 } } })).items.slice(-15).reverse(), []);
  return (
    <section className="panel" aria-labelledby="rerank-title">
      <h2 id="rerank-title">{t('rerank.title')}</h2>
      <Loaded q={q}>
        {(items) =>
          items.length === 0 ? (
            <Empty>{t('rerank.empty')}</Empty>
          ) : (
            <Table
              caption={t('rerank.title')}
              captionHidden
              rows={items}
              rowKey={(e) => String(e.seq)}
              columns={[
                { header: t('log.when'), cell: (e) => i.dateTime(e.recordedAt) },
                { header: t('log.who'), cell: (e) => orgName(e.actorOrg) },
                { header: t('rerank.lines'), cell: (e) => i.number((e.payload.order as string[] | undefined)?.length ?? 0), num: true },
                { header: t('rerank.top'), cell: (e) => ((e.payload.order as string[] | undefined) ?? []).slice(0, 3).join(', ') },
                { header: t('rerank.reason'), cell: (e) => (typeof e.payload.reason === 'string' ? e.payload.reason : t('common.none')) },
                { header: t('log.entry'), cell: (e) => `#${e.seq}`, num: true },
              ]}
            />
          )
        }
      </Loaded>
    </section>
  );
}
