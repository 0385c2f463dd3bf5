/**
 * The event log: every change, newest first, filterable by kind and by record, each entry linked
 * to the record it changed; the latest signed checkpoint, and any entry verified in the browser
 * against it (signature, leaf hash, inclusion proof, checkpoint signature).
 */
import { useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { api, unwrap } from '../api/client.ts';
import { useQuery } from '../api/use-query.ts';
import type { components } from '../api/schema';
import { LogProofs, VerifyButton } from '../components/LogProofs.tsx';
import { useOrgName } from '../components/orgs.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Empty, Loaded } from '../components/States.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { describeEvent } from '../lib/describe-event.ts';
import { EVENT_TYPES, recordLink } from '../lib/records.ts';

type Event = components['schemas']['Event'];
const PAGE = 50;

export default function Log() {
  const i = useI18n();
  const { t, tMaybe } = i;
  const orgName = useOrgName();
  const search = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const type = search.get('type') ?? '';
  const stream = search.get('stream') ?? '';
  const [streamInput, setStreamInput] = useState(stream);
  /** The newest entry shown: undefined for the latest. */
  const before = Number(search.get('before') ?? '0') || undefined;

  const q = useQuery(async () => {
    if (type || stream) {
      // A filtered view reads the matching entries and shows the newest first.
      const r = unwrap(await api.GET('/events', { params: { query: { limit: 1000, ...(type ? { type } : {}), ...(stream ? { stream } : {}) } } }));
      return { items: [...r.items].reverse(), lastSeq: r.lastSeq, from: 0 };
    }
    const head = unwrap(await api.GET('/events', { params: { query: { limit: 1 } } }));
    const top = Math.min(before ?? head.lastSeq, head.lastSeq);
    const from = Math.max(0, top - PAGE);
    const r = unwrap(await api.GET('/events', { params: { query: { afterSeq: from, limit: top - from || 1 } } }));
    return { items: [...r.items].reverse(), lastSeq: head.lastSeq, from };
  }, [type, stream, before]);

  const go = (next: Record<string, string>) => navigate(`/log?${new URLSearchParams(Object.entries(next).filter(([, v]) => v)).toString()}`);

  return (
    <>
      <PageTitle title={t('log.title')} />
      <p className="lead">{t('log.intro')}</p>
      <form
        className="filters"
        role="search"
        aria-label={t('list.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          go({ type, stream: streamInput.trim() });
        }}
      >
        <label>
          {t('log.kind')}
          <select value={type} onChange={(e) => go({ type: e.target.value, stream })}>
            <option value="">{t('common.all')}</option>
            {EVENT_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {tMaybe('event', ty)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('log.record')}
          <input value={streamInput} onChange={(e) => setStreamInput(e.target.value)} placeholder="pledge:ann-001" />
        </label>
        <button type="submit" className="btn">
          {t('log.apply')}
        </button>
        {type || stream ? (
          <button
            type="button"
            className="btn"
            onClick={() => {
              setStreamInput('');
              go({});
            }}
          >
            {t('log.clear')}
          </button>
        ) : null}
      </form>
      <LogProofs>
      <Loaded q={q}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t('log.empty')}</Empty>
          ) : (
            <>
              <div className="table-wrap">
                <table>
                  <caption className="sr-only">{t('log.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="num">
                        {t('log.entry')}
                      </th>
                      <th scope="col">{t('log.when')}</th>
                      <th scope="col">{t('log.what')}</th>
                      <th scope="col">{t('log.record')}</th>
                      <th scope="col">{t('log.who')}</th>
                      <th scope="col">{t('proof.column')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((e: Event) => {
                      const link = recordLink(e);
                      return (
                        <tr key={e.seq}>
                          <td className="num">#{e.seq}</td>
                          <td>{i.dateTime(e.recordedAt)}</td>
                          <td>{describeEvent(e, i)}</td>
                          <td>{link ? <Link href={link}>{e.stream}</Link> : <span className="muted">{e.stream}</span>}</td>
                          <td>
                            {orgName(e.actorOrg)}
                            <span className="muted small"> · {e.actorUser}</span>
                          </td>
                          <td>
                            <VerifyButton seq={e.seq} />
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              {!type && !stream ? (
                <nav className="pager" aria-label={t('log.pages')}>
                  {page.from > 0 ? (
                    <button type="button" className="btn" onClick={() => go({ before: String(page.from) })}>
                      {t('log.older')}
                    </button>
                  ) : null}
                  {before ? (
                    <button type="button" className="btn" onClick={() => go({})}>
                      {t('log.newest')}
                    </button>
                  ) : null}
                  <span className="muted">{t('log.range', { from: page.from + 1, to: page.items[0]?.seq ?? 0, last: page.lastSeq })}</span>
                </nav>
              ) : null}
            </>
          )
        }
      </Loaded>
      </LogProofs>
    </>
  );
}
