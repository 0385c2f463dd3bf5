/**
 * The allocation planner (issue 6): compute a plan from the record as it stands, or with some
 * hypothetical money added, see what it would fund and why, and (the coordinator) accept it, which
 * records its allocations in one step. POST /plans writes nothing; POST /plans/accept does.
 */
import { useState } from 'react';
import { Link } from 'wouter';
import { api, ApiProblem, writeHeaders, unwrap } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import type { paths } from '../api/schema';
import { ActionButton } from '../components/ActionButton.tsx';
import { FormError, TextField } from '../components/Field.tsx';
import { useForm } from '../components/form.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { Empty } from '../components/States.tsx';
import { Table } from '../components/Table.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import * as check from '../lib/validate.ts';

type Plan = paths['/plans']['post']['responses']['200']['content']['application/json'];

function PlanView({ plan, onAccepted }: { plan: Plan; onAccepted(n: number): void }) {
  const i = useI18n();
  const { t, tMaybe } = i;
  const session = useSession();
  const o = plan.optimality;
  return (
    <>
      <section className="kpis" aria-label={t('plans.result')}>
        <div className="kpi">
          <p className="kpi-label">{t('plans.valueFunded')}</p>
          <p className="kpi-value">{i.money(plan.figures.valueFunded)}</p>
          <p className="kpi-note">{t('plans.greedy', { value: i.money(plan.greedy.valueFunded), lines: i.number(plan.greedy.linesFunded) })}</p>
        </div>
        <div className="kpi">
          <p className="kpi-label">{t('plans.linesFunded')}</p>
          <p className="kpi-value">{i.number(plan.figures.linesFunded)}</p>
        </div>
        <div className="kpi">
          <p className="kpi-label">{t('plans.topLinesFunded')}</p>
          <p className="kpi-value">
            {i.number(plan.figures.topLinesFunded)} / {i.number(plan.figures.topLines)}
          </p>
        </div>
        <div className="kpi">
          <p className="kpi-label">{t('plans.optimality')}</p>
          <p className="kpi-value">{o.proven ? t('plans.proven') : t('plans.notProven', { gap: i.number(o.gap) })}</p>
          <p className="kpi-note">{t('plans.solveMs', { ms: i.number(o.solveMs) })}</p>
        </div>
      </section>
      {!plan.acceptable ? (
        <p className="alert alert-error">{t('plans.notAcceptable', { reasons: plan.notAcceptable.join('; ') })}</p>
      ) : session.can('allocate') ? (
        <section className="panel action-panel">
          <ActionButton
            primary
            label={t('plans.accept')}
            confirm={{ title: t('plans.acceptConfirmTitle'), body: t('plans.acceptConfirmBody', { n: plan.allocations.length }) }}
            run={async () => unwrap(await api.POST('/plans/accept', { body: { planId: plan.planId }, headers: writeHeaders() }))}
            done={() => onAccepted(plan.allocations.length)}
          />
        </section>
      ) : null}
      <section className="panel" aria-labelledby="plan-allocs">
        <h2 id="plan-allocs">{t('plans.allocations')}</h2>
        {plan.allocations.length === 0 ? (
          <Empty>{t('plans.noAllocations')}</Empty>
        ) : (
          <Table
            caption={t('plans.allocations')}
            captionHidden
            rows={plan.allocations}
            rowKey={(a) => `${a.pledgeId}-${a.packageId}`}
            columns={[
              { header: t('pledges.pledge'), cell: (a) => <Link href={`/pledges/${a.pledgeId}`}>{a.pledgeId}</Link> },
              { header: t('packages.package'), cell: (a) => <Link href={`/packages/${a.packageId}`}>{a.packageId}</Link> },
              { header: t('packages.amount'), cell: (a) => i.money(a.amount), num: true },
              { header: t('packages.usdValue'), cell: (a) => i.money(a.usdValue), num: true },
            ]}
          />
        )}
      </section>
      <section className="panel" aria-labelledby="plan-packages">
        <h2 id="plan-packages">{t('plans.packages')}</h2>
        <Table
          caption={t('plans.packages')}
          captionHidden
          rows={plan.packages}
          rowKey={(p) => p.packageId}
          columns={[
            { header: t('packages.package'), cell: (p) => <Link href={`/packages/${p.packageId}`}>{p.name}</Link> },
            { header: t('packages.price'), cell: (p) => i.money(p.price), num: true },
            { header: t('plans.fundedBefore'), cell: (p) => i.money(p.fundedBefore), num: true },
            { header: t('plans.planned'), cell: (p) => i.money(p.planned), num: true },
            { header: t('plans.fundedAfter'), cell: (p) => i.money(p.fundedAfter), num: true },
            { header: t('plans.becomesFunded'), cell: (p) => (p.becomesFunded ? t('common.yes') : t('common.no')) },
          ]}
        />
      </section>
      <section className="panel" aria-labelledby="plan-lines">
        <h2 id="plan-lines">{t('plans.lines')}</h2>
        <Table
          caption={t('plans.lines')}
          captionHidden
          rows={plan.lines}
          rowKey={(l) => l.lineId}
          columns={[
            { header: t('list.rank'), cell: (l) => l.rank, num: true },
            { header: t('list.item'), cell: (l) => <Link href={`/list/${l.lineId}`}>{l.item}</Link> },
            { header: t('plans.outcome'), cell: (l) => tMaybe('outcome', l.outcome) },
            { header: t('plans.planned'), cell: (l) => i.money(l.plannedValue), num: true },
          ]}
        />
      </section>
      {plan.whatWouldChange.length > 0 ? (
        <section className="panel" aria-labelledby="plan-what">
          <h2 id="plan-what">{t('plans.whatWouldChange')}</h2>
          <ul>
            {plan.whatWouldChange.map((w) => (
              <li key={w.throughRank}>{w.message}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {plan.skippedPledges.length + plan.unplannable.length + plan.warnings.length > 0 ? (
        <section className="panel" aria-labelledby="plan-notes">
          <h2 id="plan-notes">{t('plans.unplannable')}</h2>
          <ul>
            {plan.unplannable.map((u) => (
              <li key={u.lineId}>
                #{u.rank} <Link href={`/list/${u.lineId}`}>{u.lineId}</Link>: {u.reason}
              </li>
            ))}
          </ul>
          {plan.skippedPledges.length > 0 ? (
            <>
              <h3>{t('plans.skipped')}</h3>
              <ul>
                {plan.skippedPledges.map((s) => (
                  <li key={s.pledgeId}>
                    <Link href={`/pledges/${s.pledgeId}`}>{s.pledgeId}</Link>: {s.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {plan.warnings.length > 0 ? (
            <>
              <h3>{t('plans.warnings')}</h3>
              <ul>
                {plan.warnings.map((w, n) => (
                  <li key={n}>{typeof w === 'string' ? w : JSON.stringify(w)}</li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

export default function Plans() {
  const { t } = useI18n();
  const [plan, setPlan] = useState<Plan | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const f = useForm(
    { extra: '' },
    (v) => {
      if (!v.extra.trim()) return {};
      const k = check.amount(v.extra, 'USD');
      return k ? { extra: t(k) } : {};
    },
    { networkError: t('common.networkError') },
  );
  return (
    <>
      <PageTitle title={t('plans.title')} />
      <p className="lead">{t('plans.intro')}</p>
      <form
        ref={f.formRef}
        className="form panel"
        noValidate
        onSubmit={f.onSubmit(async (v) => {
          setNote(null);
          const body = v.extra.trim() ? { addPledges: [{ pledgeId: 'what-if', amount: { minor: check.minorOf(v.extra, 'USD'), currency: 'USD' as const } }] } : {};
          const r = await api.POST('/plans', { body: body as never });
          if (r.error) throw new ApiProblem(r.error as never);
          setPlan(r.data as Plan);
        })}
      >
        <FormError message={f.formError} />
        <TextField label={t('plans.whatIf')} name="extra" inputMode="decimal" hint={t('plans.whatIfHint')} value={f.values.extra} onChange={(v) => f.set('extra', v)} error={f.errors.extra} />
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={f.submitting}>
            {t('plans.compute')}
          </button>
        </div>
      </form>
      <div aria-live="polite">{note ? <p className="alert alert-ok">{note}</p> : null}</div>
      {plan ? (
        <PlanView
          plan={plan}
          onAccepted={(n) => {
            setNote(t('plans.accepted', { n }));
            setPlan(null);
          }}
        />
      ) : null}
    </>
  );
}
