/** The forms of the package page: allocate a pledge (coordinator), contract and ship (supplier), confirm receipt (recipient). */
import { api, unwrap, writeHeaders } from '../api/client.ts';
import { useQuery } from '../api/use-query.ts';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n.tsx';
import { toDecimalString, exponent } from '../lib/money.ts';
import * as check from '../lib/validate.ts';
import { todayIso } from '../lib/vocab.ts';
import { ActionForm, FormPanel } from './ActionForm.tsx';
import { SelectField, TextArea, TextField } from './Field.tsx';
import { useForm, type Errors } from './form.ts';
import { useGroupName } from './orgs.tsx';

type Pkg = components['schemas']['Package'];
type Shipment = components['schemas']['Shipment'];
type Pledge = components['schemas']['Pledge'];

/** What is left of a pledge to allocate, in its own currency (BigInt). */
const remaining = (p: Pledge): bigint => (p.amount ? BigInt(p.amount.minor) - BigInt(p.allocated?.minor ?? '0') : 0n);

export function AllocateForm({ pkg, done }: { pkg: Pkg; done(): void }) {
  const i = useI18n();
  const { t } = i;
  const groupName = useGroupName();
  const pledges = useQuery(
    async () => unwrap(await api.GET('/pledges', { params: { query: { limit: 500, includeDuplicates: 'false' } } })).items.filter((p) => p.counts && remaining(p) > 0n),
    [pkg.funded.minor],
  );
  const initial = { pledgeId: '', amount: '' };
  const f = useForm<typeof initial>(
    initial,
    (v) => {
      const e: Errors<typeof initial> = {};
      const p = pledges.data?.find((x) => x.pledgeId === v.pledgeId);
      if (!p) e.pledgeId = t('allocate.pickPledge');
      else {
        const a = check.amount(v.amount, p.amount!.currency);
        if (a) e.amount = t(a);
        else if (BigInt(check.minorOf(v.amount, p.amount!.currency)) > remaining(p)) e.amount = t('allocate.overPledge', { left: i.money({ minor: remaining(p).toString(), currency: p.amount!.currency }) });
      }
      return e;
    },
    { networkError: t('common.networkError') },
  );
  const chosen = pledges.data?.find((x) => x.pledgeId === f.values.pledgeId);
  const pick = (id: string) => {
    f.set('pledgeId', id);
    const p = pledges.data?.find((x) => x.pledgeId === id);
    if (!p?.amount) return;
    // Suggest the whole remainder, or the package's gap when the pledge is in USD and the gap is smaller.
    let minor = remaining(p);
    if (p.amount.currency === 'USD' && BigInt(pkg.gap.minor) < minor) minor = BigInt(pkg.gap.minor);
    f.set('amount', toDecimalString(minor.toString(), exponent(p.amount.currency)));
  };
  return (
    <FormPanel
      titleId="allocate-title"
      title={t('allocate.title')}
      intro={t('allocate.intro', { gap: i.money(pkg.gap) })}
      form={f}
      submitLabel={t('allocate.submit')}
      submit={async (v) => {
        const cur = chosen!.amount!.currency;
        unwrap(await api.POST('/allocations', { body: { pledgeId: v.pledgeId, packageId: pkg.packageId, amount: { minor: check.minorOf(v.amount, cur), currency: cur } }, headers: writeHeaders() }));
        f.reset();
        done();
      }}
    >
      <SelectField
        label={t('allocate.pledge')}
        name="pledgeId"
        value={f.values.pledgeId}
        onChange={pick}
        error={f.errors.pledgeId}
        required
        options={[
          { value: '', label: t('allocate.choose') },
          ...(pledges.data ?? []).map((p) => ({
            value: p.pledgeId,
            label: `${p.pledgeId} · ${groupName(p.contributors.map((c) => c.orgId))} · ${t('allocate.left', { left: i.money({ minor: remaining(p).toString(), currency: p.amount!.currency }) })}`,
          })),
        ]}
      />
      <TextField
        label={chosen?.amount ? t('allocate.amountIn', { currency: chosen.amount.currency }) : t('allocate.amount')}
        name="amount"
        inputMode="decimal"
        hint={t('allocate.amountHint')}
        value={f.values.amount}
        onChange={(v) => f.set('amount', v)}
        error={f.errors.amount}
        required
      />
    </FormPanel>
  );
}

export function ContractForm({ packageId, done }: { packageId: string; done(): void }) {
  const { t } = useI18n();
  const initial = { caseReference: '' };
  const f = useForm<typeof initial>(
    initial,
    (v) => {
      const k = check.requiredText(v.caseReference, 2);
      return k ? { caseReference: t(k, { min: 2 }) } : {};
    },
    { networkError: t('common.networkError') },
  );
  return (
    <FormPanel
      titleId="contract-title"
      title={t('contract.title')}
      form={f}
      submitLabel={t('contract.submit')}
      submit={async (v) => {
        unwrap(await api.POST('/packages/{packageId}/contract', { params: { path: { packageId } }, body: { caseReference: v.caseReference.trim() }, headers: writeHeaders() }));
        done();
      }}
    >
      <TextField label={t('packages.caseReference')} name="caseReference" hint={t('contract.hint')} value={f.values.caseReference} onChange={(v) => f.set('caseReference', v)} error={f.errors.caseReference} required />
    </FormPanel>
  );
}

export function ShipForm({ pkg, done }: { pkg: Pkg; done(): void }) {
  const i = useI18n();
  const { t } = i;
  const open = (pkg.lines ?? []).filter((l) => BigInt(l.quantity) > BigInt(l.shipped) - BigInt(l.lost));
  const initial = { lineId: open[0]?.lineId ?? '', quantity: '', shippedOn: todayIso() };
  const f = useForm<typeof initial>(
    initial,
    (v) => {
      const e: Errors<typeof initial> = {};
      if (!v.lineId) e.lineId = t('validation.required');
      const q = check.quantity(v.quantity);
      if (q) e.quantity = t(q);
      const d = check.day(v.shippedOn);
      if (d) e.shippedOn = t(d);
      return e;
    },
    { networkError: t('common.networkError') },
  );
  return (
    <FormPanel
      titleId="shipform-title"
      title={t('ship.title')}
      form={f}
      submitLabel={t('ship.submit')}
      submit={async (v) => {
        unwrap(await api.POST('/shipments', { body: { packageId: pkg.packageId, lineId: v.lineId, quantity: v.quantity.trim(), shippedOn: v.shippedOn }, headers: writeHeaders() }));
        f.reset({ ...initial, lineId: v.lineId });
        done();
      }}
    >
      <SelectField
        label={t('ship.line')}
        name="lineId"
        value={f.values.lineId}
        onChange={(v) => f.set('lineId', v)}
        error={f.errors.lineId}
        required
        options={open.map((l) => ({ value: l.lineId, label: `${l.item} · ${t('ship.left', { n: i.number((BigInt(l.quantity) - BigInt(l.shipped) + BigInt(l.lost)).toString()), unit: l.unit ?? "" })}` }))}
      />
      <div className="row">
        <TextField label={t('list.quantity')} name="quantity" inputMode="numeric" value={f.values.quantity} onChange={(v) => f.set('quantity', v)} error={f.errors.quantity} required />
        <TextField label={t('packages.shippedOn')} name="shippedOn" type="date" hint={t('hint.day')} value={f.values.shippedOn} onChange={(v) => f.set('shippedOn', v)} error={f.errors.shippedOn} required />
      </div>
    </FormPanel>
  );
}

export function ConfirmReceiptForm({ shipment: s, done }: { shipment: Shipment; done(): void }) {
  const i = useI18n();
  const { t } = i;
  // Offered only where the quantity shipped may be read (the page checks); '0' keeps the types honest.
  const shipment = { ...s, quantity: s.quantity ?? '0' };
  const initial = { quantity: shipment.quantity, receivedOn: todayIso(), note: '' };
  const f = useForm<typeof initial>(
    initial,
    (v) => {
      const e: Errors<typeof initial> = {};
      const q = check.quantity(v.quantity, true);
      if (q) e.quantity = t(q);
      else if (BigInt(v.quantity.trim()) > BigInt(shipment.quantity)) e.quantity = t('receipt.overShipped', { n: i.number(shipment.quantity) });
      const d = check.day(v.receivedOn);
      if (d) e.receivedOn = t(d);
      return e;
    },
    { networkError: t('common.networkError') },
  );
  return (
    <ActionForm
      form={f}
      className="receipt"
      label={t('receipt.title', { id: shipment.shipmentId })}
      submitLabel={t('receipt.submit')}
      before={
        <>
          <h3>{t('receipt.title', { id: shipment.shipmentId })}</h3>
          <p className="muted small">{t('receipt.intro', { n: i.number(shipment.quantity), item: shipment.item ?? shipment.shipmentId })}</p>
        </>
      }
      submit={async (v) => {
        unwrap(
          await api.POST('/shipments/{shipmentId}/confirm', {
            params: { path: { shipmentId: shipment.shipmentId } },
            body: { quantity: v.quantity.trim(), receivedOn: v.receivedOn, ...(v.note.trim() ? { note: v.note.trim() } : {}) },
            headers: writeHeaders(),
          }),
        );
        done();
      }}
    >
      <div className="row">
        <TextField label={t('receipt.quantity')} name="quantity" inputMode="numeric" value={f.values.quantity} onChange={(v) => f.set('quantity', v)} error={f.errors.quantity} required />
        <TextField label={t('packages.receivedOn')} name="receivedOn" type="date" hint={t('hint.day')} value={f.values.receivedOn} onChange={(v) => f.set('receivedOn', v)} error={f.errors.receivedOn} required />
      </div>
      <TextArea label={t('receipt.note')} name="note" value={f.values.note} onChange={(v) => f.set('note', v)} rows={2} />
    </ActionForm>
  );
}
