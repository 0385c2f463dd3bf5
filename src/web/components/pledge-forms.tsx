/** The forms of the pledge page: record a payment, change the amount with a reason. */
import { api, unwrap, writeHeaders } from '../api/client.ts';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n.tsx';
import * as check from '../lib/validate.ts';
import { CURRENCIES, todayIso } from '../lib/vocab.ts';
import { FormPanel } from './ActionForm.tsx';
import { useConfirm } from './Confirm.tsx';
import { SelectField, TextArea, TextField } from './Field.tsx';
import { useForm, type Errors } from './form.ts';

type Pledge = components['schemas']['Pledge'];

export function PaymentForm({ pledge, done }: { pledge: Pledge; done(): void }) {
  const i = useI18n();
  const { t } = i;
  const currency = pledge.amount!.currency;
  const left = (BigInt(pledge.amount!.minor) - BigInt(pledge.paid?.minor ?? '0')).toString();
  const initial = { amount: '', paidOn: todayIso(), reference: '' };
  const f = useForm<typeof initial>(
    initial,
    (v) => {
      const e: Errors<typeof initial> = {};
      const a = check.amount(v.amount, currency);
      if (a) e.amount = t(a);
      else if (BigInt(check.minorOf(v.amount, currency)) > BigInt(left)) e.amount = t('payment.overpay', { left: i.money({ minor: left, currency }) });
      const d = check.day(v.paidOn);
      if (d) e.paidOn = t(d);
      return e;
    },
    { networkError: t('common.networkError') },
  );
  return (
    <FormPanel
      titleId="payment-title"
      title={t('payment.title')}
      intro={t('payment.intro', { left: i.money({ minor: left, currency }) })}
      form={f}
      submitLabel={t('payment.submit')}
      submit={async (v) => {
        unwrap(
          await api.POST('/pledges/{pledgeId}/payments', {
            params: { path: { pledgeId: pledge.pledgeId } },
            body: { amount: { minor: check.minorOf(v.amount, currency), currency }, paidOn: v.paidOn, ...(v.reference.trim() ? { reference: v.reference.trim() } : {}) },
            headers: writeHeaders(),
          }),
        );
        f.reset();
        done();
      }}
    >
      <div className="row">
        <TextField label={t('payment.amountIn', { currency })} name="amount" inputMode="decimal" hint={t('hint.amount')} value={f.values.amount} onChange={(v) => f.set('amount', v)} error={f.errors.amount} required />
        <TextField label={t('payment.paidOn')} name="paidOn" type="date" hint={t('hint.day')} value={f.values.paidOn} onChange={(v) => f.set('paidOn', v)} error={f.errors.paidOn} required />
      </div>
      <TextField label={t('payment.reference')} name="reference" value={f.values.reference} onChange={(v) => f.set('reference', v)} />
    </FormPanel>
  );
}

export function AmountForm({ pledge, done }: { pledge: Pledge; done(): void }) {
  const { t } = useI18n();
  const confirm = useConfirm();
  const initial = { amount: '', currency: (pledge.amount?.currency ?? 'EUR') as string, reason: '' };
  const f = useForm<typeof initial>(
    initial,
    (v) => {
      const e: Errors<typeof initial> = {};
      const a = check.amount(v.amount, v.currency);
      if (a) e.amount = t(a);
      const r = check.reason(v.reason);
      if (r) e.reason = t(r);
      return e;
    },
    { networkError: t('common.networkError') },
  );
  return (
    <FormPanel
      titleId="amount-title"
      title={t('amount.title')}
      form={f}
      submitLabel={t('amount.submit')}
      submit={async (v) => {
        if (!(await confirm({ title: t('amount.confirmTitle'), body: t('amount.confirmBody'), confirmLabel: t('amount.submit') }))) return;
        unwrap(
          await api.POST('/pledges/{pledgeId}/amount', {
            params: { path: { pledgeId: pledge.pledgeId } },
            body: { amount: { minor: check.minorOf(v.amount, v.currency), currency: v.currency as (typeof CURRENCIES)[number] }, reason: v.reason.trim() },
            headers: writeHeaders(),
          }),
        );
        f.reset();
        done();
      }}
    >
      <div className="row">
        <TextField label={t('amount.newAmount')} name="amount" inputMode="decimal" hint={t('hint.amount')} value={f.values.amount} onChange={(v) => f.set('amount', v)} error={f.errors.amount} required />
        <SelectField label={t('announce.currency')} name="currency" value={f.values.currency} onChange={(v) => f.set('currency', v)} options={CURRENCIES.map((c) => ({ value: c, label: c }))} required />
      </div>
      <TextArea label={t('amount.reason')} name="reason" value={f.values.reason} onChange={(v) => f.set('reason', v)} error={f.errors.reason} required />
    </FormPanel>
  );
}
