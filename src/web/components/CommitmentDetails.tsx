/**
 * One commitment of a framework, opened on request: its schedule of obligations and each piece of
 * evidence linked to it, with what counts and why; and, for those who may keep it, the forms to set
 * the schedule, link evidence and withdraw evidence. Its content loads only when opened.
 */
import { useState } from 'react';
import { useSession } from '../api/session.tsx';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n.tsx';
import { FulfilmentForm, ScheduleForm, WithdrawFulfilmentForm } from './fulfilment-forms.tsx';
import { mayKeepCommitment, mayRecordFulfilment, mayScheduleCommitment } from './guarantee-rules.ts';
import { useGroupName } from './orgs.tsx';
import { Sources } from './Sources.tsx';
import { Empty } from './States.tsx';
import { Table } from './Table.tsx';

type Commitment = components['schemas']['Commitment'];
type Figure = components['schemas']['GuaranteeFigure'];

export function CommitmentDetails({ c, done }: { c: Commitment; done(): void }) {
  const [open, setOpen] = useState(false);
  const groupName = useGroupName();
  const { tMaybe } = useI18n();
  return (
    <details className="commitment-detail" id={`commitment-${c.commitmentId}`} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {groupName(c.guarantors.map((g) => g.orgId))}: {c.termsText} · {tMaybe('fulfil', c.fulfilment.status)}
      </summary>
      {open ? <Opened c={c} done={done} /> : null}
    </details>
  );
}

function Opened({ c, done }: { c: Commitment; done(): void }) {
  const i = useI18n();
  const { t, tMaybe } = i;
  const session = useSession();
  const me = session.me;
  const figure = (f: Figure) => (f.amount ? i.money(f.amount) : f.quantity !== null ? `${i.number(f.quantity)} ${c.fulfilment.unitLabel ?? ''}`.trim() : t('common.none'));
  const obligations = c.fulfilment.obligations.filter((o) => o.obligationId !== null);
  const mayWithdraw = session.can('withdrawFulfilment') && mayKeepCommitment(c, me);
  const what = (e: Commitment['fulfilment']['evidence'][number]) => e.description ?? e.paymentId ?? e.pledgeId ?? e.fulfilmentId;
  return (
    <>
      <h3>{t('g.schedule')}</h3>
      {obligations.length === 0 ? (
        <Empty>{t('g.noSchedule')}</Empty>
      ) : (
        <Table
          caption={t('g.scheduleOf', { id: c.commitmentId })}
          captionHidden
          rows={obligations}
          rowKey={(o) => o.obligationId!}
          columns={[
            { header: t('g.obligation'), cell: (o) => o.label },
            { header: t('g.dueBy'), cell: (o) => o.dueBy ?? t('common.none') },
            { header: t('g.scheduled'), cell: (o) => figure(o.amount), num: true },
            { header: t('g.fulfilled'), cell: (o) => figure(o.fulfilled), num: true },
          ]}
        />
      )}
      {c.schedule.reason ? <p className="muted small">{t('g.scheduleReason', { reason: c.schedule.reason })}</p> : null}
      <h3>{t('g.evidence')}</h3>
      {c.fulfilment.evidence.length === 0 ? (
        <Empty>{t('g.noEvidence')}</Empty>
      ) : (
        <Table
          caption={t('g.evidenceOf', { id: c.commitmentId })}
          captionHidden
          rows={c.fulfilment.evidence}
          rowKey={(e) => e.fulfilmentId}
          columns={[
            { header: t('g.evidenceWhat'), cell: (e) => `${t(`evidence.${e.kind}`)}: ${what(e)}` },
            { header: t('g.linked'), cell: (e) => figure(e.linked), num: true },
            { header: t('g.counting'), cell: (e) => tMaybe('counting', e.counting) },
            { header: t('g.basis'), cell: (e) => `${e.illustrative ? `${t('g.illustrative')} ` : ''}${e.basis}` },
            { header: t('pledges.sources'), cell: (e) => <Sources sources={e.sources} /> },
            ...(mayWithdraw ? [{ header: t('common.actions'), cell: (e: Commitment['fulfilment']['evidence'][number]) => <WithdrawFulfilmentForm fulfilmentId={e.fulfilmentId} what={what(e)} done={done} /> }] : []),
          ]}
        />
      )}
      {session.can('setCommitmentSchedule') && mayScheduleCommitment(c, me) ? <ScheduleForm key={c.schedule.setAt ?? 'none'} c={c} done={done} /> : null}
      {session.can('recordFulfilment') && mayRecordFulfilment(c, me) ? <FulfilmentForm c={c} done={done} /> : null}
    </>
  );
}
