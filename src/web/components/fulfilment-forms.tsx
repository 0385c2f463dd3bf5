/**
 * The forms of one commitment on its framework's page, for its guarantor (or the coordinator when
 * the commitment is public record): set its schedule of obligations, link evidence of fulfilment
 * (part of a PURL pledge or payment, or a sourced delivery), and withdraw evidence with a reason.
 * Checks mirror src/commands/guarantees; the server judges sums, currencies and who may act, and
 * its refusal is shown beside the field it names.
 */
import { api, unwrap, writeHeaders } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import type { components, paths } from '../api/schema';
import { useQuery } from '../api/use-query.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { exponent, toDecimalString } from '../lib/money.ts';
import * as check from '../lib/validate.ts';
import { CURRENCIES, EVIDENCE_KINDS, todayIso } from '../lib/vocab.ts';
import { FormPanel } from './ActionForm.tsx';
import { CheckboxField, RowList, SelectField, TextArea, TextField } from './Field.tsx';
import { flatRows, rowCount, rowsOf, withoutRow, type Flat } from './form-rows.ts';
import { useForm, type Errors } from './form.ts';
import { fuzzyDateError, SourceField, sourceError, sourcesOf } from './guarantee-fields.tsx';
import { useGroupName } from './orgs.tsx';
import { ReasonForm } from './ReasonForm.tsx';

type Commitment = components['schemas']['Commitment'];
type ScheduleBody = paths['/guarantees/commitments/{commitmentId}/schedule']['post']['requestBody']['content']['application/json'];
type FulfilmentBody = paths['/guarantees/commitments/{commitmentId}/fulfilments']['post']['requestBody']['content']['application/json'];
type Currency = (typeof CURRENCIES)[number];

const OBLIGATION_FIELDS = ['obligationId', 'label', 'dueBy', 'amount', 'quantity'] as const;
const ENDED_PLEDGES: readonly string[] = ['withdrawn', 'cancelled', 'lapsed'];

/** What the commitment is measured in: money of one currency, a quantity of a unit, or nothing a schedule can hold. */
function measureOf(c: Commitment): { currency: Currency; unit: null } | { currency: null; unit: string } | null {
  if (c.terms.kind === 'money') return { currency: c.terms.amount.currency, unit: null };
  if (c.terms.kind === 'quantity') return { currency: null, unit: c.terms.unit };
  return null;
}

/** The schedule in force, or a first one suggested from the terms: the stated figure by the period's end, or each year's figure. */
function startingRows(c: Commitment): Flat[] {
  const current = c.fulfilment.obligations.filter((o) => o.obligationId !== null);
  const decimal = (minor: string, currency: string) => toDecimalString(minor, exponent(currency));
  if (current.length > 0) {
    return current.map((o) => ({
      obligationId: o.obligationId!,
      label: o.label === o.dueBy ? '' : o.label,
      dueBy: o.dueBy ?? '',
      amount: o.amount.amount ? decimal(o.amount.amount.minor, o.amount.amount.currency) : '',
      quantity: o.amount.quantity ?? '',
    }));
  }
  const t = c.terms;
  const blank = { obligationId: '', label: '', dueBy: '', amount: '', quantity: '' };
  if (t.kind === 'quantity') return [{ ...blank, dueBy: t.period.to ?? '', quantity: t.quantity }];
  if (t.kind !== 'money') return [blank];
  const amount = decimal(t.amount.minor, t.amount.currency);
  const from = Number(t.period.from?.slice(0, 4));
  const to = Number(t.period.to?.slice(0, 4));
  if (t.basis === 'per_year' && from > 0 && to >= from && to - from < 30) return Array.from({ length: to - from + 1 }, (_, n) => ({ ...blank, dueBy: String(from + n), amount }));
  return [{ ...blank, dueBy: t.period.to ?? '', amount: t.basis === 'total' ? amount : '' }];
}

/** An obligation id from its label or date ("2026", "first-tranche"), unique within the schedule. */
function obligationIdFor(row: Flat, n: number, taken: Set<string>): string {
  const base = (row.label || row.dueBy || '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 56) || `obligation-${n + 1}`;
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  taken.add(id);
  return id;
}

export function ScheduleForm({ c, done }: { c: Commitment; done(): void }) {
  const i = useI18n();
  const { t } = i;
  const { me } = useSession();
  const coordinator = me?.role === 'coordinator';
  const measure = measureOf(c)!;
  const replacing = c.fulfilment.obligations.some((o) => o.obligationId !== null);
  const initial: Flat = { reason: '', sourceUrl: '', ...flatRows('obligations', startingRows(c)) };
  const count = (v: Flat) => rowCount(v, 'obligations');
  const f = useForm<Flat>(
    initial,
    (v) => {
      const e: Errors<Flat> = {};
      rowsOf(v, 'obligations', OBLIGATION_FIELDS).forEach((o, n) => {
        e[`obligations.${n}.dueBy`] = fuzzyDateError(t, o.dueBy ?? '', true);
        const problem = measure.currency ? check.amount(o.amount ?? '', measure.currency) : check.quantity(o.quantity ?? '');
        if (problem) e[`obligations.${n}.${measure.currency ? 'amount' : 'quantity'}`] = t(problem);
      });
      if (replacing) {
        const r = check.reason(v.reason ?? '');
        if (r) e.reason = t(r);
      }
      e.sourceUrl = sourceError(t, v.sourceUrl ?? '', coordinator);
      return e;
    },
    {
      networkError: t('common.networkError'),
      // An obligation's id is made from its label or date, so a refusal of the id is shown on the label.
      aliases: { sources: 'sourceUrl', 'sources.0.url': 'sourceUrl', obligations: 'obligations.0.dueBy', ...Object.fromEntries(Array.from({ length: 100 }, (_, n) => [`obligations.${n}.obligationId`, `obligations.${n}.label`])) },
    },
  );
  const v = f.values;
  const n = count(v);
  const field = (name: string) => ({ name, value: v[name] ?? '', onChange: (x: string) => f.set(name, x), error: f.errors[name] });
  const titleId = `schedule-title-${c.commitmentId}`;
  return (
    <FormPanel
      titleId={titleId}
      level={3}
      title={replacing ? t('gform.scheduleReplaceTitle') : t('gform.scheduleTitle')}
      intro={t('gform.scheduleIntro', { terms: c.termsText })}
      form={f}
      submitLabel={t('gform.scheduleSubmit')}
      submit={async (x) => {
        const taken = new Set<string>();
        const rows = rowsOf(x, 'obligations', OBLIGATION_FIELDS);
        for (const o of rows) if (o.obligationId) taken.add(o.obligationId);
        const obligations: ScheduleBody['obligations'] = rows.map((o, k) => ({
          obligationId: o.obligationId || obligationIdFor(o, k, taken),
          dueBy: o.dueBy!.trim(),
          amount: measure.currency ? { minor: check.minorOf(o.amount!, measure.currency), currency: measure.currency } : null,
          quantity: measure.currency ? null : o.quantity!.trim(),
          ...(o.label?.trim() ? { label: o.label.trim() } : {}),
        }));
        const reason = (x.reason ?? '').trim();
        unwrap(
          await api.POST('/guarantees/commitments/{commitmentId}/schedule', {
            params: { path: { commitmentId: c.commitmentId } },
            body: { obligations, sources: sourcesOf(x.sourceUrl ?? ''), ...(reason ? { reason } : {}) },
            headers: writeHeaders(),
          }),
        );
        done();
      }}
    >
      <RowList
        legend={t('gform.obligations')}
        hint={t('gform.obligationsHint')}
        className="cols-4"
        count={n}
        addLabel={t('gform.addObligation')}
        removeLabel={(k) => t('gform.removeObligation', { n: k + 1 })}
        onAdd={() => ['obligationId', 'label', 'dueBy', 'amount', 'quantity'].forEach((k) => f.set(`obligations.${n}.${k}`, ''))}
        onRemove={(k) => f.reset(withoutRow(v, 'obligations', OBLIGATION_FIELDS, k))}
        row={(k) => (
          <>
            <TextField label={t('gform.dueBy', { n: k + 1 })} {...field(`obligations.${k}.dueBy`)} required />
            {measure.currency ? (
              <TextField label={t('gform.amountIn', { currency: measure.currency })} inputMode="decimal" {...field(`obligations.${k}.amount`)} required />
            ) : (
              <TextField label={t('gform.quantityOf', { unit: measure.unit })} inputMode="numeric" {...field(`obligations.${k}.quantity`)} required />
            )}
            <TextField label={t('gform.obligationLabel')} {...field(`obligations.${k}.label`)} />
          </>
        )}
      />
      {replacing ? <TextArea label={t('gform.scheduleReason')} {...field('reason')} required /> : null}
      <SourceField value={v.sourceUrl ?? ''} onChange={(x) => f.set('sourceUrl', x)} error={f.errors.sourceUrl} required={coordinator} />
    </FormPanel>
  );
}

export function FulfilmentForm({ c, done }: { c: Commitment; done(): void }) {
  const i = useI18n();
  const { t } = i;
  const groupName = useGroupName();
  const measure = measureOf(c);
  const kinds = measure?.unit ? (['delivery'] as const) : EVIDENCE_KINDS;
  const guarantors = c.guarantors.map((g) => g.orgId);
  const pledges = useQuery(
    async () =>
      unwrap(await api.GET('/pledges', { params: { query: { limit: 500, includeDuplicates: 'false' } } })).items.filter(
        (p) => p.amount && !ENDED_PLEDGES.includes(p.state) && p.contributors.some((x) => guarantors.includes(x.orgId)),
      ),
    [c.commitmentId],
  );
  const initial = {
    'evidence.kind': kinds[0] as string,
    'evidence.pledgeId': '',
    'evidence.paymentId': '',
    'evidence.amount': '',
    currency: (measure?.currency ?? 'USD') as string,
    'evidence.quantity': '',
    'evidence.description': '',
    'evidence.deliveredOn': todayIso(),
    'evidence.sources': '',
    obligationId: '',
    basis: '',
    illustrative: false,
    acceptExcess: false,
  };
  type V = typeof initial;
  const pledgeOf = (v: V) => pledges.data?.find((p) => p.pledgeId === v['evidence.pledgeId']);
  const currencyOf = (v: V) => pledgeOf(v)?.amount?.currency ?? v.currency;
  const f = useForm<V>(
    initial,
    (v) => {
      const e: Errors<V> = {};
      const kind = v['evidence.kind'];
      const amount = v['evidence.amount'].trim();
      const quantity = v['evidence.quantity'].trim();
      if (kind === 'pledge' && !pledgeOf(v)) e['evidence.pledgeId'] = t('allocate.pickPledge');
      if (kind === 'payment') {
        const p = check.requiredId(v['evidence.paymentId'].trim());
        if (p) e['evidence.paymentId'] = t(p);
      }
      if (kind !== 'delivery' || amount !== '' || measure?.currency) {
        const a = check.amount(amount, currencyOf(v));
        if (a) e['evidence.amount'] = t(a);
      }
      if (kind === 'delivery') {
        if (quantity !== '' || measure?.unit) {
          const q = check.quantity(quantity);
          if (q) e['evidence.quantity'] = t(q);
        }
        if (amount === '' && quantity === '') e['evidence.amount'] = t('gform.amountOrQuantity');
        if (v['evidence.description'].trim().length < 3) e['evidence.description'] = t('validation.minChars', { min: 3 });
        const d = check.day(v['evidence.deliveredOn']);
        if (d) e['evidence.deliveredOn'] = t(d);
        e['evidence.sources'] = sourceError(t, v['evidence.sources'], true);
      }
      if (v.basis.trim().length < 3) e.basis = t('validation.minChars', { min: 3 });
      return e;
    },
    { networkError: t('common.networkError') },
  );
  const v = f.values;
  const kind = v['evidence.kind'];
  const evidence = (x: V): FulfilmentBody['evidence'] => {
    const currency = currencyOf(x) as Currency;
    const amount = x['evidence.amount'].trim();
    const money = amount ? { minor: check.minorOf(amount, currency), currency } : undefined;
    if (x['evidence.kind'] === 'pledge') return { kind: 'pledge', pledgeId: x['evidence.pledgeId'], amount: money! };
    if (x['evidence.kind'] === 'payment') return { kind: 'payment', paymentId: x['evidence.paymentId'].trim(), amount: money! };
    const quantity = x['evidence.quantity'].trim();
    return {
      kind: 'delivery',
      description: x['evidence.description'].trim(),
      deliveredOn: x['evidence.deliveredOn'],
      sources: sourcesOf(x['evidence.sources']),
      ...(money ? { amount: money } : {}),
      ...(quantity ? { quantity } : {}),
    };
  };
  const obligations = c.fulfilment.obligations.filter((o) => o.obligationId !== null);
  const text = (name: keyof V & string) => ({ name, value: v[name] as string, onChange: (x: string) => f.set(name, x), error: f.errors[name] });
  return (
    <FormPanel
      titleId={`fulfilment-title-${c.commitmentId}`}
      level={3}
      title={t('gform.fulfilmentTitle')}
      intro={t('gform.fulfilmentIntro')}
      form={f}
      submitLabel={t('gform.fulfilmentSubmit')}
      submit={async (x) => {
        const body: FulfilmentBody = { evidence: evidence(x), basis: x.basis.trim(), illustrative: x.illustrative, acceptExcess: x.acceptExcess, ...(x.obligationId ? { obligationId: x.obligationId } : {}) };
        unwrap(await api.POST('/guarantees/commitments/{commitmentId}/fulfilments', { params: { path: { commitmentId: c.commitmentId } }, body, headers: writeHeaders() }));
        f.reset();
        done();
      }}
    >
      <div className="row">
        <SelectField label={t('gform.evidenceKind')} {...text('evidence.kind')} options={kinds.map((k) => ({ value: k, label: t(`evidence.${k}`) }))} />
        {obligations.length > 0 ? (
          <SelectField label={t('gform.obligation')} {...text('obligationId')} options={[{ value: '', label: t('gform.noObligation') }, ...obligations.map((o) => ({ value: o.obligationId!, label: o.label }))]} />
        ) : null}
      </div>
      {kind === 'pledge' ? (
        <SelectField
          label={t('allocate.pledge')}
          {...text('evidence.pledgeId')}
          required
          options={[
            { value: '', label: t('allocate.choose') },
            ...(pledges.data ?? []).map((p) => ({ value: p.pledgeId, label: `${p.pledgeId} · ${groupName(p.contributors.map((x) => x.orgId))} · ${i.money(p.amount)}` })),
          ]}
        />
      ) : null}
      {kind === 'payment' ? <TextField label={t('gform.paymentId')} {...text('evidence.paymentId')} required /> : null}
      {kind === 'delivery' ? <TextArea label={t('gform.deliveryDescription')} {...text('evidence.description')} required /> : null}
      <div className="row">
        <TextField label={t('gform.amountIn', { currency: currencyOf(v) })} inputMode="decimal" hint={t('hint.amount')} {...text('evidence.amount')} required={kind !== 'delivery' || !!measure?.currency} />
        {kind !== 'pledge' ? <SelectField label={t('gform.currency')} {...text('currency')} options={CURRENCIES.map((x) => ({ value: x, label: x }))} /> : null}
        {kind === 'delivery' ? <TextField label={t('gform.quantityOf', { unit: measure?.unit ?? t('gform.units') })} inputMode="numeric" {...text('evidence.quantity')} required={!!measure?.unit} /> : null}
      </div>
      {kind === 'delivery' ? (
        <div className="row">
          <TextField label={t('gform.deliveredOn')} type="date" hint={t('hint.day')} {...text('evidence.deliveredOn')} required />
          <SourceField {...text('evidence.sources')} required />
        </div>
      ) : null}
      <TextArea label={t('gform.basis.label')} {...text('basis')} required />
      <CheckboxField label={t('gform.illustrative')} name="illustrative" hint={t('gform.illustrativeHint')} checked={v.illustrative} onChange={(x) => f.set('illustrative', x)} />
      <CheckboxField label={t('gform.acceptExcess')} name="acceptExcess" hint={t('gform.acceptExcessHint')} checked={v.acceptExcess} onChange={(x) => f.set('acceptExcess', x)} />
    </FormPanel>
  );
}

/** Withdrawing one piece of evidence, from its row: a reason, a confirmation, and it counts nowhere (kept in the record). */
export function WithdrawFulfilmentForm({ fulfilmentId, what, done }: { fulfilmentId: string; what: string; done(): void }) {
  const { t } = useI18n();
  return (
    <ReasonForm
      className="danger-zone withdraw-evidence"
      title={t('gform.withdrawEvidence')}
      label={t('gform.withdrawReason')}
      submitLabel={t('gform.withdrawSubmit')}
      confirmTitle={t('gform.withdrawConfirmTitle')}
      confirmBody={t('gform.withdrawConfirmBody', { what })}
      onSubmit={async (reason) => {
        unwrap(await api.POST('/guarantees/fulfilments/{fulfilmentId}/withdraw', { params: { path: { fulfilmentId } }, body: { reason }, headers: writeHeaders() }));
        done();
      }}
    />
  );
}
