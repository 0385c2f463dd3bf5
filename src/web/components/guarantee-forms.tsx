/**
 * The forms of a framework's page in the security-guarantees registry: record a commitment (a
 * guarantor for itself, or the coordinator from the public record, citing a source) and move the
 * framework's legal status one step (a party, or the coordinator on a public-record framework).
 * Checks mirror src/commands/guarantees; the server still decides, and its refusal is shown here.
 */
import { api, unwrap, writeHeaders } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import type { components, paths } from '../api/schema';
import { useI18n } from '../i18n/i18n.tsx';
import * as check from '../lib/validate.ts';
import { CURRENCIES, GUARANTEE_PILLARS, PERCENT_RE, QUALIFIERS, STANCES, TERM_KINDS } from '../lib/vocab.ts';
import { FormPanel } from './ActionForm.tsx';
import { useConfirm } from './Confirm.tsx';
import { CheckGroup, SelectField, TextArea, TextField } from './Field.tsx';
import { useForm, type Errors } from './form.ts';
import { fuzzyDateError, IdField, idError, SourceField, sourceError, sourcesOf } from './guarantee-fields.tsx';
import { commitmentGuarantors } from './guarantee-rules.ts';
import { useOrgName } from './orgs.tsx';

type Framework = components['schemas']['FrameworkDetail'];
type CommitmentBody = paths['/guarantees/commitments']['post']['requestBody']['content']['application/json'];

export function CommitmentForm({ fw, done }: { fw: Framework; done(): void }) {
  const { t, tMaybe } = useI18n();
  const { me } = useSession();
  const orgName = useOrgName();
  const guarantors = commitmentGuarantors(fw, me);
  const coordinator = me?.role === 'coordinator';
  const initial = {
    guarantor: guarantors.length === 1 ? guarantors[0]! : '',
    pillars: '',
    stance: 'committed',
    kind: 'qualitative',
    amount: '',
    currency: 'EUR',
    percent: '',
    quantity: '',
    unit: '',
    item: '',
    qualifier: 'exact',
    basis: 'total',
    period: '',
    statement: '',
    madeOn: '',
    sourceUrl: '',
    commitmentId: '',
  };
  type V = typeof initial;
  const f = useForm<V>(
    initial,
    (v) => {
      const e: Errors<V> = {};
      if (!guarantors.includes(v.guarantor)) e.guarantor = t('gform.pickGuarantor');
      if (v.pillars === '') e.pillars = t('gform.pickPillar');
      if (v.kind === 'money') {
        const a = check.amount(v.amount, v.currency);
        if (a) e.amount = t(a);
      }
      if (v.kind === 'gdp_share' && !PERCENT_RE.test(v.percent.trim())) e.percent = t('gform.percent');
      if (v.kind === 'quantity') {
        const q = check.quantity(v.quantity);
        if (q) e.quantity = t(q);
        if (v.unit.trim() === '') e.unit = t('validation.required');
        if (v.item.trim().length < 2) e.item = t('validation.minChars', { min: 2 });
      }
      if (v.kind !== 'qualitative' && v.period.trim().length < 3) e.period = t('validation.minChars', { min: 3 });
      if (v.statement.trim().length < 3) e.statement = t('validation.minChars', { min: 3 });
      e.madeOn = fuzzyDateError(t, v.madeOn);
      e.sourceUrl = sourceError(t, v.sourceUrl, coordinator);
      e.commitmentId = idError(t, v.commitmentId);
      return e;
    },
    { networkError: t('common.networkError'), aliases: { guarantors: 'guarantor', 'guarantors.0': 'guarantor', sources: 'sourceUrl', 'sources.0.url': 'sourceUrl', 'terms.amount': 'amount', 'terms.percent': 'percent', 'terms.quantity': 'quantity', 'terms.unit': 'unit', 'terms.item': 'item', 'terms.period.text': 'period', publicRecord: 'sourceUrl' } },
  );
  const terms = (v: V): CommitmentBody['terms'] => {
    const period = { text: v.period.trim() };
    const qualifier = v.qualifier as (typeof QUALIFIERS)[number];
    const basis = v.basis as 'total' | 'per_year';
    if (v.kind === 'money') return { kind: 'money', amount: { minor: check.minorOf(v.amount, v.currency), currency: v.currency as (typeof CURRENCIES)[number] }, qualifier, basis, period };
    if (v.kind === 'gdp_share') return { kind: 'gdp_share', percent: v.percent.trim(), qualifier, basis, period };
    if (v.kind === 'quantity') return { kind: 'quantity', quantity: v.quantity.trim(), unit: v.unit.trim(), item: v.item.trim(), qualifier, period };
    return { kind: 'qualitative' };
  };
  return (
    <FormPanel
      titleId="commitment-form-title"
      title={t('gform.commitmentTitle')}
      intro={coordinator ? t('gform.commitmentIntroCoordinator') : t('gform.commitmentIntroAlly')}
      form={f}
      submitLabel={t('gform.commitmentSubmit')}
      submit={async (v) => {
        const body: CommitmentBody = {
          frameworkId: fw.frameworkId,
          guarantors: [v.guarantor],
          pillars: v.pillars.split(' ') as CommitmentBody['pillars'],
          stance: v.stance as (typeof STANCES)[number],
          terms: terms(v),
          statement: v.statement.trim(),
          madeOn: v.madeOn.trim() || null,
          sources: sourcesOf(v.sourceUrl),
          publicRecord: coordinator,
          ...(v.commitmentId.trim() ? { commitmentId: v.commitmentId.trim() } : {}),
        };
        unwrap(await api.POST('/guarantees/commitments', { body, headers: writeHeaders() }));
        f.reset();
        done();
      }}
    >
      <div className="row">
        <SelectField
          label={t('g.guarantor')}
          name="guarantor"
          value={f.values.guarantor}
          onChange={(v) => f.set('guarantor', v)}
          error={f.errors.guarantor}
          required
          options={[{ value: '', label: t('allocate.choose') }, ...guarantors.map((o) => ({ value: o, label: orgName(o) }))]}
        />
        <SelectField label={t('g.stance')} name="stance" value={f.values.stance} onChange={(v) => f.set('stance', v)} options={STANCES.map((s) => ({ value: s, label: tMaybe('stance', s) }))} />
      </div>
      <CheckGroup label={t('gform.pillars')} name="pillars" value={f.values.pillars} onChange={(v) => f.set('pillars', v)} error={f.errors.pillars} required options={GUARANTEE_PILLARS.map((p) => ({ value: p, label: tMaybe('pillar', p) }))} />
      <SelectField label={t('gform.kind')} name="kind" value={f.values.kind} onChange={(v) => f.set('kind', v)} options={TERM_KINDS.map((k) => ({ value: k, label: t(`gform.kind.${k}`) }))} />
      {f.values.kind === 'money' ? (
        <div className="row">
          <TextField label={t('gform.amount')} name="amount" inputMode="decimal" hint={t('hint.amount')} value={f.values.amount} onChange={(v) => f.set('amount', v)} error={f.errors.amount} required />
          <SelectField label={t('gform.currency')} name="currency" value={f.values.currency} onChange={(v) => f.set('currency', v)} options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
        </div>
      ) : null}
      {f.values.kind === 'gdp_share' ? <TextField label={t('gform.percent.label')} name="percent" inputMode="decimal" hint={t('gform.percent.hint')} value={f.values.percent} onChange={(v) => f.set('percent', v)} error={f.errors.percent} required /> : null}
      {f.values.kind === 'quantity' ? (
        <div className="row">
          <TextField label={t('list.quantity')} name="quantity" inputMode="numeric" value={f.values.quantity} onChange={(v) => f.set('quantity', v)} error={f.errors.quantity} required />
          <TextField label={t('gform.unit')} name="unit" value={f.values.unit} onChange={(v) => f.set('unit', v)} error={f.errors.unit} required />
          <TextField label={t('list.item')} name="item" value={f.values.item} onChange={(v) => f.set('item', v)} error={f.errors.item} required />
        </div>
      ) : null}
      {f.values.kind !== 'qualitative' ? (
        <div className="row">
          <SelectField label={t('gform.qualifier')} name="qualifier" value={f.values.qualifier} onChange={(v) => f.set('qualifier', v)} options={QUALIFIERS.map((q) => ({ value: q, label: tMaybe('qualifier', q) }))} />
          {f.values.kind !== 'quantity' ? (
            <SelectField label={t('gform.basis')} name="basis" value={f.values.basis} onChange={(v) => f.set('basis', v)} options={[{ value: 'total', label: t('gform.basis.total') }, { value: 'per_year', label: t('gform.basis.per_year') }]} />
          ) : null}
          <TextField label={t('gform.period')} name="period" hint={t('gform.period.hint')} value={f.values.period} onChange={(v) => f.set('period', v)} error={f.errors.period} required />
        </div>
      ) : null}
      <TextArea label={t('gform.statement')} name="statement" value={f.values.statement} onChange={(v) => f.set('statement', v)} error={f.errors.statement} required />
      <div className="row">
        <TextField label={t('gform.madeOn')} name="madeOn" hint={t('validation.fuzzyDate')} value={f.values.madeOn} onChange={(v) => f.set('madeOn', v)} error={f.errors.madeOn} />
        <SourceField value={f.values.sourceUrl} onChange={(v) => f.set('sourceUrl', v)} error={f.errors.sourceUrl} required={coordinator} />
        <IdField label={t('gform.commitmentId')} name="commitmentId" value={f.values.commitmentId} onChange={(v) => f.set('commitmentId', v)} error={f.errors.commitmentId} />
      </div>
    </FormPanel>
  );
}

export function FrameworkStatusForm({ fw, done }: { fw: Framework; done(): void }) {
  const { t, tMaybe } = useI18n();
  const { me } = useSession();
  const confirm = useConfirm();
  const coordinator = me?.role === 'coordinator';
  const initial = { to: fw.nextStatuses.length === 1 ? fw.nextStatuses[0]! : '', effectiveOn: '', sourceUrl: '' };
  type V = typeof initial;
  const f = useForm<V>(
    initial,
    (v) => ({
      to: (fw.nextStatuses as string[]).includes(v.to) ? undefined : t('gform.pickStatus'),
      effectiveOn: fuzzyDateError(t, v.effectiveOn),
      sourceUrl: sourceError(t, v.sourceUrl, coordinator),
    }),
    { networkError: t('common.networkError'), aliases: { sources: 'sourceUrl', 'sources.0.url': 'sourceUrl' } },
  );
  return (
    <FormPanel
      titleId="status-form-title"
      title={t('gform.statusTitle')}
      intro={t('gform.statusIntro', { status: tMaybe('fwStatus', fw.status) })}
      form={f}
      submitLabel={t('gform.statusSubmit')}
      submit={async (v) => {
        if (!(await confirm({ title: t('gform.statusConfirmTitle'), body: t('gform.statusConfirmBody', { from: tMaybe('fwStatus', fw.status), to: tMaybe('fwStatus', v.to), title: fw.title }), confirmLabel: t('gform.statusSubmit') }))) return;
        unwrap(
          await api.POST('/guarantees/frameworks/{frameworkId}/status', {
            params: { path: { frameworkId: fw.frameworkId } },
            body: { to: v.to as Framework['status'], effectiveOn: v.effectiveOn.trim() || null, sources: sourcesOf(v.sourceUrl) },
            headers: writeHeaders(),
          }),
        );
        f.reset({ to: '', effectiveOn: '', sourceUrl: '' });
        done();
      }}
    >
      <div className="row">
        <SelectField
          label={t('gform.to')}
          name="to"
          value={f.values.to}
          onChange={(v) => f.set('to', v)}
          error={f.errors.to}
          required
          options={[{ value: '', label: t('allocate.choose') }, ...fw.nextStatuses.map((s) => ({ value: s, label: tMaybe('fwStatus', s) }))]}
        />
        <TextField label={t('gform.effectiveOn')} name="effectiveOn" hint={t('validation.fuzzyDate')} value={f.values.effectiveOn} onChange={(v) => f.set('effectiveOn', v)} error={f.errors.effectiveOn} />
        <SourceField value={f.values.sourceUrl} onChange={(v) => f.set('sourceUrl', v)} error={f.errors.sourceUrl} required={coordinator} />
      </div>
    </FormPanel>
  );
}
