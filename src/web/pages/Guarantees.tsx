/**
 * Security guarantees (the registry of issue 7): commitments by pillar, guarantors with what the
 * evidence shows, and every framework with its legal status and how binding it is; each framework
 * opens on its own page. Read from GET /guarantees/matrix and /guarantees/frameworks. A party to a
 * framework (or the coordinator, for the public record) registers a new one here.
 */
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { api, unwrap } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import { useQuery } from '../api/use-query.ts';
import { ChartFigure, PALETTE } from '../components/Chart.tsx';
import { RegisterFrameworkForm } from '../components/framework-forms.tsx';
import { mayRegisterFramework } from '../components/guarantee-rules.ts';
import { useOrgName } from '../components/orgs.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Sources } from '../components/Sources.tsx';
import { Badge, Loaded } from '../components/States.tsx';
import { Table } from '../components/Table.tsx';
import { useI18n } from '../i18n/i18n.tsx';

export default function Guarantees() {
  const i = useI18n();
  const { t, tMaybe } = i;
  const orgName = useOrgName();
  const session = useSession();
  const [registered, setRegistered] = useState<{ frameworkId: string; title: string } | null>(null);
  const q = useQuery(async () => {
    const [matrix, frameworks] = await Promise.all([api.GET('/guarantees/matrix').then(unwrap), api.GET('/guarantees/frameworks').then(unwrap)]);
    return { matrix, frameworks: frameworks.items };
  }, []);
  const pillars = useMemo(() => q.data?.matrix.pillars ?? [], [q.data]);
  const labels = useMemo(() => pillars.map((p) => tMaybe('pillar', p.pillar)), [pillars, tMaybe]);
  const series = useMemo(
    () => [
      { label: t('g.commitments'), data: pillars.map((p) => p.commitments), color: PALETTE.blue },
      { label: t('g.guarantors'), data: pillars.map((p) => p.guarantors), color: PALETTE.sky },
    ],
    [pillars, t],
  );
  return (
    <>
      <PageTitle title={t('g.title')} />
      <p className="lead">{t('g.intro')}</p>
      <Loaded q={q}>
        {({ matrix, frameworks }) => (
          <>
            <p className="muted asof">{t('g.asOf', { day: i.date(matrix.asOf) })}</p>
            <section className="panel">
              <ChartFigure
                title={t('g.pillarsTitle')}
                summary={t('g.pillarsSummary', { list: pillars.map((p) => `${tMaybe('pillar', p.pillar)}: ${p.commitments}`).join('; ') })}
                labels={labels}
                series={series}
                horizontal
                height={Math.max(260, pillars.length * 30)}
                tick={(v) => i.number(v)}
                table={
                  <Table
                    caption={t('g.pillarsTitle')}
                    captionHidden
                    rows={pillars}
                    rowKey={(p) => p.pillar}
                    columns={[
                      { header: t('g.pillar'), cell: (p) => tMaybe('pillar', p.pillar) },
                      { header: t('g.commitments'), cell: (p) => i.number(p.commitments), num: true },
                      { header: t('g.guarantors'), cell: (p) => i.number(p.guarantors), num: true },
                    ]}
                  />
                }
              />
            </section>
            <section className="panel" aria-labelledby="guarantors-title">
              <h2 id="guarantors-title">{t('g.guarantors')}</h2>
              <Table
                caption={t('g.guarantors')}
                captionHidden
                rows={matrix.guarantors}
                rowKey={(g) => g.orgId}
                columns={[
                  { header: t('g.guarantor'), cell: (g) => orgName(g.orgId) },
                  { header: t('g.commitments'), cell: (g) => i.number(g.commitments), num: true },
                  { header: t('g.evidenceCounted'), cell: (g) => i.money(g.evidenceUsd.counted), num: true },
                  { header: t('g.evidencePending'), cell: (g) => i.money(g.evidenceUsd.pending), num: true },
                ]}
              />
            </section>
            <section className="panel" aria-labelledby="frameworks-title">
              <h2 id="frameworks-title">{t('g.frameworks')}</h2>
              <Table
                caption={t('g.frameworks')}
                captionHidden
                rows={frameworks}
                rowKey={(f) => f.frameworkId}
                columns={[
                  { header: t('g.framework'), cell: (f) => <Link href={`/guarantees/${f.frameworkId}`}>{f.title}</Link> },
                  { header: t('g.kind'), cell: (f) => tMaybe('fwKind', f.kind) },
                  { header: t('g.status'), cell: (f) => <Badge kind="fwStatus" value={f.status} /> },
                  { header: t('g.binding'), cell: (f) => tMaybe('binding', f.bindingLevel) },
                  { header: t('g.starts'), cell: (f) => (f.startsOn ? i.date(f.startsOn.value) : t('common.none')) },
                  { header: t('g.commitments'), cell: (f) => i.number(f.commitmentIds.length), num: true },
                  { header: t('pledges.sources'), cell: (f) => <Sources sources={f.sources} /> },
                ]}
              />
            </section>
            {registered ? (
              <p className="alert alert-ok" role="status">
                {t('gform.registered')} <Link href={`/guarantees/${registered.frameworkId}`}>{registered.title}</Link>
              </p>
            ) : null}
            {session.can('registerFramework') && mayRegisterFramework(session.me) ? (
              <RegisterFrameworkForm
                done={(fw) => {
                  setRegistered({ frameworkId: fw.frameworkId, title: fw.title });
                  q.reload();
                }}
              />
            ) : null}
          </>
        )}
      </Loaded>
    </>
  );
}
