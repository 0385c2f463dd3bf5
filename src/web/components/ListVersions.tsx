/** The monthly versions of the list and their joint approval (recipient, coordinator, supplier). */
import { useState } from 'react';
import { api, ApiProblem, writeHeaders, unwrap } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import { useQuery } from '../api/use-query.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { MONTH_RE } from '../lib/vocab.ts';
import { TextField } from './Field.tsx';
import { Badge, Empty, Loaded } from './States.tsx';
import { Table } from './Table.tsx';

export function ListVersions() {
  const i = useI18n();
  const { t, tMaybe } = i;
  const session = useSession();
  const q = useQuery(async () => unwrap(await api.GET('/list-versions', { params: { query: { limit: 12 } } })), []);
  const [month, setMonth] = useState(() => new Date().toISOString().slice(0, 7));
  const [error, setError] = useState<string | undefined>();
  const [note, setNote] = useState<string | null>(null);

  const act = async (what: () => Promise<unknown>, ok: string) => {
    setError(undefined);
    try {
      await what();
      setNote(ok);
      q.reload();
    } catch (e) {
      setError(e instanceof ApiProblem ? e.issues[0]?.message ?? e.problem.detail : t('common.networkError'));
    }
  };

  return (
    <section className="panel" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('versions.title')}</h2>
      <p className="muted">{t('versions.intro')}</p>
      <div aria-live="polite">{note ? <p className="alert alert-ok">{note}</p> : null}</div>
      <Loaded q={q}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t('versions.empty')}</Empty>
          ) : (
            <Table
              caption={t('versions.title')}
              captionHidden
              rows={page.items}
              rowKey={(v) => v.versionId}
              columns={[
                { header: t('versions.month'), cell: (v) => i.month(v.month) },
                { header: t('versions.lines'), cell: (v) => i.number(v.lines.length), num: true },
                { header: t('versions.status'), cell: (v) => <Badge kind="versionStatus" value={v.status} /> },
                { header: t('versions.approvedBy'), cell: (v) => v.approvals.map((a) => `${tMaybe('role', a.role)} (${i.date(a.approvedAt)})`).join(', ') || t('common.none') },
                { header: t('versions.pending'), cell: (v) => v.pendingRoles.map((r) => tMaybe('role', r)).join(', ') || t('common.none') },
                {
                  header: t('common.actions'),
                  cell: (v) =>
                    session.me && v.status === 'pending' && (v.pendingRoles as string[]).includes(session.me.role) ? (
                      <button
                        type="button"
                        className="btn btn-small"
                        onClick={() =>
                          void act(
                            async () => unwrap(await api.POST('/list-versions/{versionId}/approve', { params: { path: { versionId: v.versionId } }, body: {}, headers: writeHeaders() })),
                            t('versions.approved', { month: i.month(v.month) }),
                          )
                        }
                      >
                        {t('versions.approve')}
                      </button>
                    ) : null,
                },
              ]}
            />
          )
        }
      </Loaded>
      {session.can('proposeListVersion') ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!MONTH_RE.test(month)) {
              setError(t('validation.month'));
              return;
            }
            void act(async () => unwrap(await api.POST('/list-versions', { body: { month }, headers: writeHeaders() })), t('versions.proposed', { month }));
          }}
        >
          <TextField label={t('versions.proposeMonth')} name="month" value={month} onChange={setMonth} error={error} hint={t('hint.month')} />
          <button type="submit" className="btn">
            {t('versions.propose')}
          </button>
        </form>
      ) : error ? (
        <p className="alert alert-error">{error}</p>
      ) : null}
    </section>
  );
}
