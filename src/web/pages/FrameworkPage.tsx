/**
 * One security-guarantee framework: its parties, legal status over time, negotiation record, and
 * each commitment with its terms, schedule and evidence; forms to record a commitment, a
 * negotiation step and a change of status, and to keep each commitment's schedule and evidence,
 * offered to those who may (the server still decides).
 */
import { Link, useParams } from 'wouter';
import { api, unwrap } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import { useQuery } from '../api/use-query.ts';
import { CommitmentDetails } from '../components/CommitmentDetails.tsx';
import { MilestoneForm } from '../components/framework-forms.tsx';
import { CommitmentForm, FrameworkStatusForm } from '../components/guarantee-forms.tsx';
import { commitmentGuarantors, mayChangeFramework, mayChangeStatus } from '../components/guarantee-rules.ts';
import { useGroupName } from '../components/orgs.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Sources } from '../components/Sources.tsx';
import { Badge, Empty, Loaded } from '../components/States.tsx';
import { Table } from '../components/Table.tsx';
import { useI18n } from '../i18n/i18n.tsx';

export default function FrameworkPage() {
  const i = useI18n();
  const { t, tMaybe } = i;
  const { frameworkId } = useParams<{ frameworkId: string }>();
  const groupName = useGroupName();
  const session = useSession();
  const q = useQuery(async () => unwrap(await api.GET('/guarantees/frameworks/{frameworkId}', { params: { path: { frameworkId } } })), [frameworkId]);
  return (
    <Loaded q={q}>
      {(f) => (
        <>
          <PageTitle title={f.title}>
            <Badge kind="fwStatus" value={f.status} />
          </PageTitle>
          <p>
            <Link href="/guarantees">{t('g.back')}</Link>
          </p>
          <section className="panel">
            <dl className="facts">
              <dt>{t('g.kind')}</dt>
              <dd>{tMaybe('fwKind', f.kind)}</dd>
              <dt>{t('g.parties')}</dt>
              <dd>{groupName(f.parties.map((p) => p.orgId))}</dd>
              {f.umbrella ? (
                <>
                  <dt>{t('g.umbrella')}</dt>
                  <dd>{f.umbrella}</dd>
                </>
              ) : null}
              <dt>{t('g.binding')}</dt>
              <dd>{tMaybe('binding', f.bindingLevel)}</dd>
              <dt>{t('g.starts')}</dt>
              <dd>{f.startsOn ? i.date(f.startsOn.value) : t('common.none')}</dd>
              <dt>{t('g.duration')}</dt>
              <dd>{f.durationYears !== null ? t('g.years', { n: i.number(f.durationYears) }) : (f.durationNote ?? t('common.none'))}</dd>
              <dt>{t('pledges.sources')}</dt>
              <dd>
                <Sources sources={f.sources} />
              </dd>
            </dl>
            {f.note ? <p className="muted small">{f.note}</p> : null}
          </section>
          <section className="panel" aria-labelledby="commitments-title">
            <h2 id="commitments-title">{t('g.commitments')}</h2>
            {f.commitments.length === 0 ? (
              <Empty>{t('g.noCommitments')}</Empty>
            ) : (
              <Table
                caption={t('g.commitments')}
                captionHidden
                rows={f.commitments}
                rowKey={(c) => c.commitmentId}
                columns={[
                  { header: t('g.guarantor'), cell: (c) => groupName(c.guarantors.map((g) => g.orgId)) },
                  { header: t('g.terms'), cell: (c) => c.termsText },
                  { header: t('g.pillar'), cell: (c) => c.pillars.map((p) => tMaybe('pillar', p)).join(', ') },
                  { header: t('g.stance'), cell: (c) => tMaybe('stance', c.stance) },
                  { header: t('g.fulfilment'), cell: (c) => tMaybe('fulfil', c.fulfilment.status) },
                  { header: t('g.fulfilled'), cell: (c) => i.percentBp(c.fulfilment.fulfilledBp), num: true },
                ]}
              />
            )}
          </section>
          {f.commitments.length > 0 ? (
            <section className="panel" aria-labelledby="commitment-details-title">
              <h2 id="commitment-details-title">{t('g.commitmentDetails')}</h2>
              <p className="muted small">{t('g.commitmentDetailsIntro')}</p>
              {f.commitments.map((c) => (
                <CommitmentDetails key={c.commitmentId} c={c} done={q.reload} />
              ))}
            </section>
          ) : null}
          <section className="panel" aria-labelledby="fw-history">
            <h2 id="fw-history">{t('g.history')}</h2>
            <Table
              caption={t('g.history')}
              captionHidden
              rows={f.history}
              rowKey={(h) => String(h.seq)}
              columns={[
                { header: t('log.when'), cell: (h) => (h.effectiveOn ? i.date(h.effectiveOn.value) : i.date(h.recordedAt)) },
                { header: t('g.status'), cell: (h) => `${h.from ? `${tMaybe('fwStatus', h.from)} → ` : ''}${tMaybe('fwStatus', h.to)}` },
                { header: t('common.reason'), cell: (h) => h.reason ?? t('common.none') },
                { header: t('pledges.sources'), cell: (h) => <Sources sources={h.sources} /> },
              ]}
            />
          </section>
          <section className="panel" aria-labelledby="fw-milestones">
            <h2 id="fw-milestones">{t('g.milestones')}</h2>
            {f.milestones.length === 0 ? (
              <Empty>{t('g.noMilestones')}</Empty>
            ) : (
              <Table
                caption={t('g.milestones')}
                captionHidden
                rows={f.milestones}
                rowKey={(m) => m.milestoneId}
                columns={[
                  { header: t('log.when'), cell: (m) => m.on.value },
                  { header: t('g.kind'), cell: (m) => tMaybe('milestone', m.kind) },
                  { header: t('g.milestone'), cell: (m) => m.title },
                  { header: t('g.participants'), cell: (m) => m.participants.map((p) => p.name).join(', ') || t('common.none') },
                  { header: t('g.outcome'), cell: (m) => m.outcome },
                  { header: t('pledges.sources'), cell: (m) => <Sources sources={m.sources} /> },
                ]}
              />
            )}
          </section>
          {session.can('recordCommitment') && commitmentGuarantors(f, session.me).length > 0 ? <CommitmentForm fw={f} done={q.reload} /> : null}
          {session.can('changeFrameworkStatus') && mayChangeStatus(f, session.me) ? <FrameworkStatusForm fw={f} done={q.reload} /> : null}
          {session.can('recordNegotiationMilestone') && mayChangeFramework(f, session.me) ? <MilestoneForm fw={f} done={q.reload} /> : null}
        </>
      )}
    </Loaded>
  );
}
