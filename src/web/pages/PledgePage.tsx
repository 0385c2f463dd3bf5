/** One pledge: as announced, its sources, state, payments and allocations, its history, and the actions its contributors (or the coordinator) may take. */
import { Link, useParams } from 'wouter';
import { api, writeHeaders, unwrap } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import { useQuery } from '../api/use-query.ts';
import { ActionButton } from '../components/ActionButton.tsx';
import { LevelList, levelOf, loadClassifications, WithheldShort } from '../components/Classification.tsx';
import { ClassifyForm } from '../components/classification-forms.tsx';
import { History } from '../components/History.tsx';
import { useGroupName } from '../components/orgs.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { AmountForm, PaymentForm } from '../components/pledge-forms.tsx';
import { ReasonForm } from '../components/ReasonForm.tsx';
import { Sources } from '../components/Sources.tsx';
import { Badge, Empty, Loaded } from '../components/States.tsx';
import { Table } from '../components/Table.tsx';
import { Withheld } from '../components/Withheld.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { amountWithheld, PledgeAmount } from './Pledges.tsx';

export default function PledgePage() {
  const i = useI18n();
  const { t, tMaybe } = i;
  const { pledgeId } = useParams<{ pledgeId: string }>();
  const session = useSession();
  const groupName = useGroupName();
  const q = useQuery(async () => {
    const [pledge, events, allocations, levels] = await Promise.all([
      api.GET('/pledges/{pledgeId}', { params: { path: { pledgeId } } }).then(unwrap),
      api.GET('/events', { params: { query: { stream: `pledge:${pledgeId}`, limit: 1000 } } }).then(unwrap),
      api.GET('/allocations', { params: { query: { pledgeId, limit: 500, includeReleased: 'true' } } }).then(unwrap),
      loadClassifications(),
    ]);
    return { pledge, events: events.items, allocations: allocations.items, levels };
  }, [pledgeId]);
  const path = { params: { path: { pledgeId } } };

  return (
    <Loaded q={q}>
      {({ pledge: p, events, allocations, levels }) => {
        const manage = session.canManagePledge(p.contributors.map((c) => c.orgId));
        // Only a pledge's contributors set who may read it (src/domain/classification.ts).
        const classify = !!session.me && p.contributors.some((c) => c.orgId === session.me!.orgId);
        const payments = events.filter((e) => e.type === 'PaymentRecorded');
        const hidden = amountWithheld(p);
        const current = (_id: string, field: string) => levelOf(levels, 'pledge', p.pledgeId, field, field === 'amount' ? p.classification.amount : p.classification.record, p.withheld);
        return (
          <>
            <PageTitle title={`${groupName(p.contributors.map((c) => c.orgId))} · ${p.pledgeId}`}>
              <Badge kind="pledgeState" value={p.state} />
            </PageTitle>
            <p>
              <Link href="/pledges">{t('pledges.back')}</Link>
            </p>
            <section className="panel">
              <dl className="facts">
                <dt>{t('pledges.amount')}</dt>
                <dd>
                  <PledgeAmount p={p} />
                  {p.statedEquivalent ? ` (${t('pledges.statedAs', { amount: i.money(p.statedEquivalent) })})` : ''}
                </dd>
                <dt>{t('pledges.announcedOn')}</dt>
                <dd>{i.date(p.announcedOn.value)}</dd>
                <dt>{t('pledges.counts')}</dt>
                <dd>{p.duplicateOf ? <Link href={`/pledges/${p.duplicateOf}`}>{t('pledges.duplicateOf', { id: p.duplicateOf })}</Link> : p.counts ? t('common.yes') : t('common.no')}</dd>
                <dt>{t('pledges.paid')}</dt>
                <dd>{hidden && p.paid === null ? <WithheldShort note={hidden} /> : i.money(p.paid)}</dd>
                <dt>{t('pledges.allocated')}</dt>
                <dd>{hidden && p.allocated === null ? <WithheldShort note={hidden} /> : i.money(p.allocated)}</dd>
                <dt>{t('announce.earmark')}</dt>
                <dd>{p.earmark.kind === 'capability' ? tMaybe('area', String(p.earmark.capabilityArea)) : p.earmark.kind === 'package' ? String(p.earmark.packageId) : t('announce.noEarmark')}</dd>
                {p.contributors.some((c) => c.share) ? (
                  <>
                    <dt>{t('pledges.shares')}</dt>
                    <dd>{p.contributors.map((c) => `${groupName([c.orgId])}: ${c.share ? i.money(c.share) : t('common.none')}`).join('; ')}</dd>
                  </>
                ) : null}
                {p.figureBasis ? (
                  <>
                    <dt>{t('pledges.figureBasis')}</dt>
                    <dd>{p.figureBasis}</dd>
                  </>
                ) : null}
                {p.stateReason ? (
                  <>
                    <dt>{t('common.reason')}</dt>
                    <dd>{p.stateReason}</dd>
                  </>
                ) : null}
                <dt>{t('pledges.sources')}</dt>
                <dd>
                  <Sources sources={p.sources} />
                </dd>
                <dt>{t('classification.whoReads')}</dt>
                <dd>
                  <LevelList
                    items={[
                      { field: 'record', label: t('classification.field.record'), inForce: current(p.pledgeId, 'record') },
                      { field: 'amount', label: t('classification.field.amount'), inForce: current(p.pledgeId, 'amount') },
                    ]}
                  />
                </dd>
              </dl>
              {p.withheld.length > 0 ? <Withheld notes={p.withheld} /> : null}
              {p.note ? <p className="muted small">{p.note}</p> : null}
            </section>

            <div className="grid-2">
              <section className="panel" aria-labelledby="payments-title">
                <h2 id="payments-title">{t('payment.list')}</h2>
                {payments.length === 0 ? (
                  <Empty>{t('payment.none')}</Empty>
                ) : (
                  <Table
                    caption={t('payment.list')}
                    captionHidden
                    rows={payments}
                    rowKey={(e) => String(e.seq)}
                    columns={[
                      { header: t('payment.paidOn'), cell: (e) => i.date(String(e.payload.paidOn)) },
                      {
                        header: t('pledges.amount'),
                        cell: (e) => (e.payload.amount ? i.money(e.payload.amount as { minor: string; currency: string }) : <WithheldShort note={e.withheld?.find((w) => w.field === 'amount')} />),
                        num: true,
                      },
                      { header: t('payment.referenceHeader'), cell: (e) => (typeof e.payload.reference === 'string' ? e.payload.reference : t('common.none')) },
                    ]}
                  />
                )}
              </section>
              <section className="panel" aria-labelledby="allocs-title">
                <h2 id="allocs-title">{t('pledges.allocations')}</h2>
                {allocations.length === 0 ? (
                  <Empty>{t('pledges.noAllocations')}</Empty>
                ) : (
                  <Table
                    caption={t('pledges.allocations')}
                    captionHidden
                    rows={allocations}
                    rowKey={(a) => a.allocationId}
                    columns={[
                      { header: t('packages.package'), cell: (a) => <Link href={`/packages/${a.packageId}`}>{a.packageName}</Link> },
                      { header: t('pledges.amount'), cell: (a) => i.money(a.amount), num: true },
                      { header: t('packages.usdValue'), cell: (a) => i.money(a.usdValue), num: true },
                      { header: t('packages.status'), cell: (a) => (a.released ? t('packages.released') : t('packages.live')) },
                    ]}
                  />
                )}
              </section>
            </div>

            {manage && ['announced', 'pledged', 'committed'].includes(p.state) ? (
              <section className="panel action-panel" aria-labelledby="pledge-steps">
                <h2 id="pledge-steps">{t('pledges.nextStep')}</h2>
                <div className="actions">
                  {p.state === 'announced' ? <ActionButton label={t('pledges.confirm')} run={async () => unwrap(await api.POST('/pledges/{pledgeId}/confirm', { ...path, body: {}, headers: writeHeaders() }))} done={q.reload} /> : null}
                  {['announced', 'pledged'].includes(p.state) && p.amount ? (
                    <ActionButton
                      primary
                      label={t('pledges.commit')}
                      confirm={{ title: t('pledges.commitConfirmTitle'), body: t('pledges.commitConfirmBody', { amount: i.money(p.amount) }) }}
                      run={async () => unwrap(await api.POST('/pledges/{pledgeId}/commit', { ...path, body: {}, headers: writeHeaders() }))}
                      done={q.reload}
                    />
                  ) : null}
                  {p.state === 'committed' ? <p className="muted">{t('pledges.committedNote')}</p> : null}
                </div>
              </section>
            ) : null}
            {manage && p.state === 'committed' && p.amount ? <PaymentForm pledge={p} done={q.reload} /> : null}
            {manage && ['announced', 'pledged', 'committed'].includes(p.state) ? <AmountForm pledge={p} done={q.reload} /> : null}
            {manage && ['announced', 'pledged', 'committed'].includes(p.state) ? (
              <ReasonForm
                id="withdraw"
                title={t('pledges.withdrawTitle')}
                label={t('pledges.withdrawReason')}
                submitLabel={t('pledges.withdraw')}
                confirmTitle={t('pledges.withdrawConfirmTitle')}
                confirmBody={t('pledges.withdrawConfirmBody')}
                onSubmit={async (reason) => {
                  unwrap(await api.POST('/pledges/{pledgeId}/withdraw', { ...path, body: { reason }, headers: writeHeaders() }));
                  q.reload();
                }}
              />
            ) : null}
            {session.can('lapsePledge') && ['announced', 'pledged', 'committed'].includes(p.state) ? (
              <ReasonForm
                id="lapse"
                title={t('pledges.lapseTitle')}
                label={t('pledges.lapseReason')}
                submitLabel={t('pledges.lapse')}
                confirmTitle={t('pledges.lapseConfirmTitle')}
                confirmBody={t('pledges.lapseConfirmBody')}
                onSubmit={async (reason) => {
                  unwrap(await api.POST('/pledges/{pledgeId}/lapse', { ...path, body: { reason }, headers: writeHeaders() }));
                  q.reload();
                }}
              />
            ) : null}
            {classify ? (
              <ClassifyForm kind="pledge" targets={[{ id: p.pledgeId, label: p.pledgeId }]} current={current} title={t('classify.pledgeTitle')} intro={t('classify.pledgeIntro')} done={q.reload} />
            ) : null}
            <History events={events} title={t('pledges.history')} />
          </>
        );
      }}
    </Loaded>
  );
}
