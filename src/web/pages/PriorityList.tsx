/**
 * The prioritized list: the current ranking with each line's status, filters, re-ranking by
 * keyboard (move up / move down buttons, for the recipient), the coordinator's validation, links
 * to price or reject a line, the monthly list versions with their approvals, and the history of
 * re-rankings from the log.
 */
import { useEffect, useRef, useState } from 'react';
import { Link, useSearch, useLocation } from 'wouter';
import { api, writeHeaders, unwrap, ApiProblem } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import { useQuery } from '../api/use-query.ts';
import type { components } from '../api/schema';
import { PageTitle } from '../components/PageTitle.tsx';
import { Badge, Empty, Loaded } from '../components/States.tsx';
import { ListVersions } from '../components/ListVersions.tsx';
import { RerankHistory } from '../components/RerankHistory.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { CAPABILITY_AREAS, REQUIREMENT_STATUSES } from '../lib/vocab.ts';

type Line = components['schemas']['Requirement'];

function Filters({ status, area, onChange }: { status: string; area: string; onChange(status: string, area: string): void }) {
  const { t, tMaybe } = useI18n();
  return (
    <form className="filters" role="search" aria-label={t('list.filters')} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('list.status')}
        <select value={status} onChange={(e) => onChange(e.target.value, area)}>
          <option value="active">{t('list.statusActive')}</option>
          <option value="all">{t('common.all')}</option>
          {REQUIREMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {tMaybe('reqStatus', s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('list.area')}
        <select value={area} onChange={(e) => onChange(status, e.target.value)}>
          <option value="">{t('common.all')}</option>
          {CAPABILITY_AREAS.map((a) => (
            <option key={a} value={a}>
              {tMaybe('area', a)}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}

export default function PriorityList() {
  const i = useI18n();
  const { t, tMaybe } = i;
  const session = useSession();
  const search = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const status = search.get('status') ?? 'active';
  const area = search.get('area') ?? '';
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const refocus = useRef<string | null>(null);

  const q = useQuery(async () => {
    const query = { limit: 500, ...(status !== 'all' ? { status: status as never } : {}), ...(area ? { capabilityArea: area as never } : {}) };
    return unwrap(await api.GET('/requirements', { params: { query } }));
  }, [status, area]);

  // After a move, keep the keyboard on the same button of the moved line.
  useEffect(() => {
    if (!q.loading && refocus.current) {
      document.getElementById(refocus.current)?.focus();
      refocus.current = null;
    }
  }, [q.loading, q.data]);

  const canRerank = session.can('rerank') && status === 'active' && !area;

  const run = async (what: () => Promise<unknown>, ok: string) => {
    setBusy(true);
    setMessage(null);
    try {
      await what();
      setMessage({ kind: 'ok', text: ok });
      q.reload();
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiProblem ? `${e.problem.title}: ${e.problem.detail}` : t('common.networkError') });
    } finally {
      setBusy(false);
    }
  };

  const move = (line: Line, toRank: number, dir: 'up' | 'down') => {
    refocus.current = `move-${dir}-${line.lineId}`;
    void run(
      async () => unwrap(await api.POST('/requirements/rerank', { body: { lineId: line.lineId, toRank }, headers: writeHeaders() })),
      t('list.moved', { item: line.item, rank: toRank }),
    );
  };

  const validate = (line: Line) =>
    void run(
      async () => unwrap(await api.POST('/requirements/{lineId}/validate', { params: { path: { lineId: line.lineId } }, body: {}, headers: writeHeaders() })),
      t('list.validated', { item: line.item }),
    );

  return (
    <>
      <PageTitle title={t('list.title')}>
        {session.can('proposeRequirement') ? (
          <Link href="/list/new" className="btn btn-primary">
            {t('list.propose')}
          </Link>
        ) : null}
      </PageTitle>
      <p className="lead">{t('list.intro')}</p>
      <Filters status={status} area={area} onChange={(s, a) => navigate(`/list?${new URLSearchParams({ ...(s !== 'active' ? { status: s } : {}), ...(a ? { area: a } : {}) }).toString()}`)} />
      <div aria-live="polite" className="live">
        {message ? <p className={`alert alert-${message.kind === 'ok' ? 'ok' : 'error'}`}>{message.text}</p> : null}
      </div>
      <Loaded q={q}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t('list.empty')}</Empty>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="sr-only">{t('list.caption', { n: page.total })}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t('list.rank')}
                    </th>
                    <th scope="col">{t('list.item')}</th>
                    <th scope="col">{t('list.area')}</th>
                    <th scope="col" className="num">
                      {t('list.quantity')}
                    </th>
                    <th scope="col" className="num">
                      {t('list.total')}
                    </th>
                    <th scope="col">{t('list.neededBy')}</th>
                    <th scope="col">{t('list.status')}</th>
                    <th scope="col">{t('common.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((line, idx) => (
                    <tr key={line.lineId} data-line={line.lineId}>
                      <td className="num">{line.rank ?? t('common.none')}</td>
                      <td>
                        <Link href={`/list/${line.lineId}`}>{line.item}</Link>
                        {line.illustrative ? <span className="tag">{t('common.illustrative')}</span> : null}
                      </td>
                      <td>{tMaybe('area', line.capabilityArea)}</td>
                      <td className="num">
                        {i.number(line.quantity)} {line.unit}
                      </td>
                      <td className="num">{i.money(line.pricedTotal ?? line.estimatedTotal)}</td>
                      <td>{i.date(line.neededBy)}</td>
                      <td>
                        <Badge kind="reqStatus" value={line.status} />
                      </td>
                      <td>
                        <div className="row-actions">
                        {canRerank && line.rank !== null ? (
                          <>
                            <button
                              id={`move-up-${line.lineId}`}
                              type="button"
                              className="btn btn-small btn-icon"
                              disabled={busy || idx === 0}
                              aria-label={t('list.moveUp', { item: line.item })}
                              title={t('list.moveUp', { item: line.item })}
                              onClick={() => move(line, line.rank! - 1, 'up')}
                            >
                              <span aria-hidden="true">↑</span>
                            </button>
                            <button
                              id={`move-down-${line.lineId}`}
                              type="button"
                              className="btn btn-small btn-icon"
                              disabled={busy || idx === page.items.length - 1}
                              aria-label={t('list.moveDown', { item: line.item })}
                              title={t('list.moveDown', { item: line.item })}
                              onClick={() => move(line, line.rank! + 1, 'down')}
                            >
                              <span aria-hidden="true">↓</span>
                            </button>
                          </>
                        ) : null}
                        {session.can('validateRequirement') && line.status === 'proposed' ? (
                          <button type="button" className="btn btn-small" disabled={busy} onClick={() => validate(line)} aria-label={t('list.validateItem', { item: line.item })}>
                            {t('list.validate')}
                          </button>
                        ) : null}
                        {session.can('rejectRequirement') && ['proposed', 'validated', 'priced'].includes(line.status) ? (
                          <Link href={`/list/${line.lineId}#reject`} className="btn btn-small" aria-label={t('list.rejectItem', { item: line.item })}>
                            {t('list.reject')}
                          </Link>
                        ) : null}
                        {session.can('priceRequirement') && ['validated', 'priced'].includes(line.status) ? (
                          <Link href={`/list/${line.lineId}#price`} className="btn btn-small" aria-label={t('list.priceItem', { item: line.item })}>
                            {t('list.price')}
                          </Link>
                        ) : null}
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
      <ListVersions />
      <RerankHistory />
    </>
  );
}
