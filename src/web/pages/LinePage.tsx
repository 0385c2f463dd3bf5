/** One requirement line: its facts, its history, and the actions each role may take on it now. */
import { Link, useParams } from 'wouter';
import { ActionButton } from '../components/ActionButton.tsx';
import { api, writeHeaders, unwrap } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import { useQuery } from '../api/use-query.ts';
import type { components } from '../api/schema';
import { FormError, TextArea, TextField } from '../components/Field.tsx';
import { useForm, type Errors } from '../components/form.ts';
import { History } from '../components/History.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { ReasonForm } from '../components/ReasonForm.tsx';
import { Badge, Loaded } from '../components/States.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { toDecimalString } from '../lib/money.ts';
import * as check from '../lib/validate.ts';

type Line = components['schemas']['Requirement'] & { history?: components['schemas']['Event'][] };

function PriceForm({ line, done }: { line: Line; done(): void }) {
  const { t } = useI18n();
  const initial = { unitPrice: line.unitPrice ? toDecimalString(line.unitPrice.minor, 2) : '', availability: line.availability ?? '' };
  const f = useForm<typeof initial>(
    initial,
    (v) => {
      const e: Errors<typeof initial> = {};
      const a = check.amount(v.unitPrice, 'USD');
      if (a) e.unitPrice = t(a);
      const b = check.requiredText(v.availability, 2);
      if (b) e.availability = t(b, { min: 2 });
      return e;
    },
    { networkError: t('common.networkError') },
  );
  return (
    <section className="panel action-panel" id="price" aria-labelledby="price-title">
      <h2 id="price-title">{t('line.priceTitle')}</h2>
      <form
        ref={f.formRef}
        className="form"
        noValidate
        onSubmit={f.onSubmit(async (v) => {
          unwrap(
            await api.POST('/requirements/{lineId}/price', {
              params: { path: { lineId: line.lineId } },
              body: { unitPrice: { minor: check.minorOf(v.unitPrice, 'USD'), currency: 'USD' }, availability: v.availability.trim() },
              headers: writeHeaders(),
            }),
          );
          done();
        })}
      >
        <FormError message={f.formError} />
        <TextField label={t('line.unitPrice')} name="unitPrice" inputMode="decimal" hint={t('hint.amountUsd')} value={f.values.unitPrice} onChange={(v) => f.set('unitPrice', v)} error={f.errors.unitPrice} required />
        <TextArea label={t('line.availability')} name="availability" value={f.values.availability} onChange={(v) => f.set('availability', v)} error={f.errors.availability} required />
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={f.submitting}>
            {t('line.priceSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}

export default function LinePage() {
  const i = useI18n();
  const { t, tMaybe } = i;
  const { lineId } = useParams<{ lineId: string }>();
  const session = useSession();
  const q = useQuery(async () => unwrap(await api.GET('/requirements/{lineId}', { params: { path: { lineId } } })) as Line, [lineId]);

  return (
    <Loaded q={q}>
      {(line) => (
        <>
          <PageTitle title={line.item}>
            <Badge kind="reqStatus" value={line.status} />
          </PageTitle>
          <p>
            <Link href="/list">{t('line.back')}</Link>
          </p>
          <section className="panel">
            <dl className="facts">
              <dt>{t('list.rank')}</dt>
              <dd>{line.rank ?? t('common.none')}</dd>
              <dt>{t('list.area')}</dt>
              <dd>{tMaybe('area', line.capabilityArea)}</dd>
              <dt>{t('list.quantity')}</dt>
              <dd>
                {i.number(line.quantity)} {line.unit}
              </dd>
              <dt>{t('line.estimate')}</dt>
              <dd>
                {i.money(line.estimatedUnitPrice)} × {i.number(line.quantity)} = {i.money(line.estimatedTotal)}
              </dd>
              <dt>{t('line.priced')}</dt>
              <dd>{line.unitPrice ? `${i.money(line.unitPrice)} × ${i.number(line.quantity)} = ${i.money(line.pricedTotal)}` : t('line.notPriced')}</dd>
              <dt>{t('line.availability')}</dt>
              <dd>{line.availability ?? t('common.none')}</dd>
              <dt>{t('list.neededBy')}</dt>
              <dd>{i.date(line.neededBy)}</dd>
              <dt>{t('line.partial')}</dt>
              <dd>{line.partialAllowed ? t('common.yes') : t('common.no')}</dd>
              <dt>{t('packages.package')}</dt>
              <dd>{line.packageId ? <Link href={`/packages/${line.packageId}`}>{line.packageId}</Link> : t('common.none')}</dd>
              {line.statusReason ? (
                <>
                  <dt>{t('common.reason')}</dt>
                  <dd>{line.statusReason}</dd>
                </>
              ) : null}
            </dl>
            {line.illustrative ? <p className="muted small">{t('common.illustrativeNote')}</p> : null}
          </section>
          {session.can('validateRequirement') && line.status === 'proposed' ? (
            <section className="panel action-panel">
              <h2>{t('line.validateTitle')}</h2>
              <p className="muted">{t('line.validateIntro')}</p>
              <ActionButton
                primary
                label={t('list.validate')}
                run={async () => unwrap(await api.POST('/requirements/{lineId}/validate', { params: { path: { lineId } }, body: {}, headers: writeHeaders() }))}
                done={q.reload}
              />
            </section>
          ) : null}
          {session.can('priceRequirement') && ['validated', 'priced'].includes(line.status) ? <PriceForm line={line} done={q.reload} /> : null}
          {session.can('rejectRequirement') && ['proposed', 'validated', 'priced'].includes(line.status) ? (
            <ReasonForm
              id="reject"
              title={t('line.rejectTitle')}
              label={t('line.rejectReason')}
              submitLabel={t('list.reject')}
              confirmTitle={t('line.rejectConfirmTitle')}
              confirmBody={t('line.rejectConfirmBody', { item: line.item })}
              onSubmit={async (reason) => {
                unwrap(await api.POST('/requirements/{lineId}/reject', { params: { path: { lineId } }, body: { reason }, headers: writeHeaders() }));
                q.reload();
              }}
            />
          ) : null}
          {session.can('withdrawRequirement') && ['proposed', 'validated', 'priced'].includes(line.status) ? (
            <ReasonForm
              id="withdraw"
              title={t('line.withdrawTitle')}
              label={t('line.withdrawReason')}
              submitLabel={t('line.withdraw')}
              confirmTitle={t('line.withdrawConfirmTitle')}
              confirmBody={t('line.withdrawConfirmBody', { item: line.item })}
              onSubmit={async (reason) => {
                unwrap(await api.POST('/requirements/{lineId}/withdraw', { params: { path: { lineId } }, body: { reason }, headers: writeHeaders() }));
                q.reload();
              }}
            />
          ) : null}
          {line.history ? <History events={line.history} title={t('line.history')} /> : null}
        </>
      )}
    </Loaded>
  );
}
