/** The recipient proposes a requirement line; it joins the list last, and is re-ranked from the list. */
import { useLocation } from 'wouter';
import { api, writeHeaders, unwrap } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import { CheckboxField, FormError, SelectField, TextField } from '../components/Field.tsx';
import { useForm, type Errors } from '../components/form.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import * as check from '../lib/validate.ts';
import { CAPABILITY_AREAS } from '../lib/vocab.ts';

const initial = { lineId: '', item: '', capabilityArea: 'air_defence', quantity: '', unit: '', estimatedUnitPrice: '', neededBy: '', partialAllowed: false };
type V = typeof initial;

export default function ProposeLine() {
  const { t, tMaybe } = useI18n();
  const session = useSession();
  const [, navigate] = useLocation();
  const f = useForm<V>(
    initial,
    (v) => {
      const e: Errors<V> = {};
      const k = {
        lineId: check.optionalId(v.lineId),
        item: check.requiredText(v.item, 2),
        quantity: check.quantity(v.quantity),
        unit: check.requiredText(v.unit),
        estimatedUnitPrice: check.amount(v.estimatedUnitPrice, 'USD'),
        neededBy: check.month(v.neededBy),
      };
      for (const [name, key] of Object.entries(k)) if (key) e[name as keyof V & string] = t(key, { min: 2 });
      return e;
    },
    { networkError: t('common.networkError') },
  );
  if (!session.can('proposeRequirement')) return <p className="alert alert-error">{t('common.notYourRole')}</p>;
  return (
    <>
      <PageTitle title={t('propose.title')} />
      <form
        ref={f.formRef}
        className="form"
        noValidate
        onSubmit={f.onSubmit(async (v) => {
          const body = {
            ...(v.lineId ? { lineId: v.lineId } : {}),
            item: v.item.trim(),
            capabilityArea: v.capabilityArea as (typeof CAPABILITY_AREAS)[number],
            quantity: v.quantity.trim(),
            unit: v.unit.trim(),
            estimatedUnitPrice: { minor: check.minorOf(v.estimatedUnitPrice, 'USD'), currency: 'USD' as const },
            neededBy: v.neededBy,
            partialAllowed: v.partialAllowed,
          };
          const r = unwrap(await api.POST('/requirements', { body, headers: writeHeaders() }));
          const id = (r.result as { lineId?: string } | null)?.lineId;
          navigate(id ? `/list/${id}` : '/list');
        })}
      >
        <FormError message={f.formError} />
        <TextField label={t('propose.item')} name="item" value={f.values.item} onChange={(v) => f.set('item', v)} error={f.errors.item} required />
        <SelectField
          label={t('list.area')}
          name="capabilityArea"
          value={f.values.capabilityArea}
          onChange={(v) => f.set('capabilityArea', v)}
          options={CAPABILITY_AREAS.map((a) => ({ value: a, label: tMaybe('area', a) }))}
          required
        />
        <div className="row">
          <TextField label={t('list.quantity')} name="quantity" inputMode="numeric" value={f.values.quantity} onChange={(v) => f.set('quantity', v)} error={f.errors.quantity} required />
          <TextField label={t('propose.unit')} name="unit" hint={t('propose.unitHint')} value={f.values.unit} onChange={(v) => f.set('unit', v)} error={f.errors.unit} required />
        </div>
        <TextField
          label={t('propose.estimatedUnitPrice')}
          name="estimatedUnitPrice"
          inputMode="decimal"
          hint={t('hint.amountUsd')}
          value={f.values.estimatedUnitPrice}
          onChange={(v) => f.set('estimatedUnitPrice', v)}
          error={f.errors.estimatedUnitPrice}
          required
        />
        <TextField label={t('list.neededBy')} name="neededBy" hint={t('hint.month')} value={f.values.neededBy} onChange={(v) => f.set('neededBy', v)} error={f.errors.neededBy} required />
        <CheckboxField label={t('propose.partialAllowed')} name="partialAllowed" checked={f.values.partialAllowed} onChange={(v) => f.set('partialAllowed', v)} />
        <TextField label={t('propose.lineId')} name="lineId" hint={t('hint.id')} value={f.values.lineId} onChange={(v) => f.set('lineId', v)} error={f.errors.lineId} />
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={f.submitting}>
            {t('propose.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
