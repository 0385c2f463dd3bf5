/**
 * The registry's framework forms: register a framework (on the registry page: a party names itself
 * among the parties, the coordinator records the public record with a source) and record a step on
 * its negotiation path (on the framework's page: a party, or the coordinator on a public-record
 * framework). Checks mirror src/commands/guarantees; the server still decides, and its refusal is
 * shown beside the field it names.
 */
import { api, unwrap, writeHeaders } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import type { components, paths } from '../api/schema';
import { useI18n } from '../i18n/i18n.tsx';
import { BINDING_LEVELS, FRAMEWORK_KINDS, GUARANTEE_PILLARS, LEGAL_STATUSES, MILESTONE_KINDS, PARTY_ROLES } from '../lib/vocab.ts';
import { FormPanel } from './ActionForm.tsx';
import { CheckGroup, RowList, SelectField, TextArea, TextField } from './Field.tsx';
import { flatRows, rowCount, rowsOf, withoutRow, type Flat } from './form-rows.ts';
import { useForm, type Errors } from './form.ts';
import { fuzzyDateError, IdField, idError, SourceField, sourceError, sourcesOf } from './guarantee-fields.tsx';
import { useOrganizations, useOrgName } from './orgs.tsx';

type Framework = components['schemas']['FrameworkDetail'];
type RegisterBody = paths['/guarantees/frameworks']['post']['requestBody']['content']['application/json'];
type MilestoneBody = paths['/guarantees/frameworks/{frameworkId}/milestones']['post']['requestBody']['content']['application/json'];

const PARTY_FIELDS = ['orgId', 'role'] as const;
const sourceAliases = { sources: 'sourceUrl', 'sources.0.url': 'sourceUrl' } as const;

export function RegisterFrameworkForm({ done }: { done(fw: Framework): void }) {
  const { t, tMaybe } = useI18n();
  const { me } = useSession();
  const orgs = useOrganizations();
  const orgName = useOrgName();
  const coordinator = me?.role === 'coordinator';
  // A party registers with itself named (Ukraine as beneficiary, an Ally as guarantor); the coordinator names them all.
  const ownRole = !me || coordinator ? null : me.role === 'recipient' ? 'beneficiary' : 'guarantor';
  const own = (role: string) => (me && ownRole === role ? me.orgId : '');
  const initial: Flat = {
    title: '',
    kind: 'bilateral_agreement',
    bindingLevel: 'unknown',
    status: 'discussed',
    statusOn: '',
    startsOn: '',
    durationYears: '',
    umbrella: '',
    sourceUrl: '',
    frameworkId: '',
    ...flatRows('parties', [
      { orgId: own('guarantor'), role: 'guarantor' },
      { orgId: own('beneficiary'), role: 'beneficiary' },
    ]),
  };
  const f = useForm<Flat>(
    initial,
    (v) => {
      const e: Errors<Flat> = {};
      if ((v.title ?? '').trim().length < 3) e.title = t('validation.minChars', { min: 3 });
      const parties = rowsOf(v, 'parties', PARTY_FIELDS);
      const seen = new Set<string>();
      parties.forEach((p, n) => {
        if (p.orgId === '') e[`parties.${n}.orgId`] = t('gform.pickParty');
        else if (seen.has(p.orgId!)) e[`parties.${n}.orgId`] = t('gform.partyTwice');
        seen.add(p.orgId!);
      });
      if (!parties.some((p) => p.role !== 'beneficiary')) e['parties.0.role'] = t('gform.needGuarantor');
      if (!coordinator && me && !seen.has(me.orgId)) e['parties.0.orgId'] ??= t('gform.mustBeParty');
      e.statusOn = fuzzyDateError(t, v.statusOn ?? '');
      e.startsOn = fuzzyDateError(t, v.startsOn ?? '');
      const years = (v.durationYears ?? '').trim();
      if (years !== '' && !(/^\d{1,3}$/.test(years) && Number(years) >= 1 && Number(years) <= 100)) e.durationYears = t('gform.durationYears');
      e.sourceUrl = sourceError(t, v.sourceUrl ?? '', coordinator);
      e.frameworkId = idError(t, v.frameworkId ?? '');
      return e;
    },
    { networkError: t('common.networkError'), aliases: { ...sourceAliases, publicRecord: 'sourceUrl', parties: 'parties.0.orgId' } },
  );
  const v = f.values;
  const text = (values: Flat, k: string) => (values[k] ?? '').trim();
  const partyCount = rowCount(v, 'parties');
  const orgOptions = [{ value: '', label: t('allocate.choose') }, ...(orgs.data ?? []).map((o) => ({ value: o.orgId, label: orgName(o.orgId) })).sort((a, b) => a.label.localeCompare(b.label))];
  const field = (name: string) => ({ name, value: v[name] ?? '', onChange: (x: string) => f.set(name, x), error: f.errors[name] });
  return (
    <FormPanel
      titleId="register-framework-title"
      title={t('gform.registerTitle')}
      intro={coordinator ? t('gform.registerIntroCoordinator') : t('gform.registerIntroParty')}
      form={f}
      submitLabel={t('gform.registerSubmit')}
      submit={async (x) => {
        const body: RegisterBody = {
          kind: x.kind as RegisterBody['kind'],
          title: text(x, 'title'),
          parties: rowsOf(x, 'parties', PARTY_FIELDS).map((p) => ({ orgId: p.orgId!, role: p.role as (typeof PARTY_ROLES)[number] })),
          bindingLevel: x.bindingLevel as RegisterBody['bindingLevel'],
          status: x.status as RegisterBody['status'],
          statusOn: text(x, 'statusOn') || null,
          sources: sourcesOf(x.sourceUrl ?? ''),
          publicRecord: coordinator,
          ...(text(x, 'startsOn') ? { startsOn: text(x, 'startsOn') } : {}),
          ...(text(x, 'durationYears') ? { durationYears: Number(text(x, 'durationYears')) } : {}),
          ...(text(x, 'umbrella') ? { umbrella: text(x, 'umbrella') } : {}),
          ...(text(x, 'frameworkId') ? { frameworkId: text(x, 'frameworkId') } : {}),
        };
        const { result } = unwrap(await api.POST('/guarantees/frameworks', { body, headers: writeHeaders() }));
        f.reset();
        if (result) done(result);
      }}
    >
      <TextField label={t('gform.fwTitle')} {...field('title')} required />
      <div className="row">
        <SelectField label={t('g.kind')} {...field('kind')} options={FRAMEWORK_KINDS.map((k) => ({ value: k, label: tMaybe('fwKind', k) }))} />
        <SelectField label={t('g.binding')} {...field('bindingLevel')} options={BINDING_LEVELS.map((b) => ({ value: b, label: tMaybe('binding', b) }))} />
      </div>
      <RowList
        legend={t('g.parties')}
        count={partyCount}
        addLabel={t('gform.addParty')}
        removeLabel={(n) => t('gform.removeParty', { n: n + 1 })}
        onAdd={() => PARTY_FIELDS.forEach((k) => f.set(`parties.${partyCount}.${k}`, k === 'role' ? 'guarantor' : ''))}
        onRemove={(n) => f.reset(withoutRow(v, 'parties', PARTY_FIELDS, n))}
        row={(n) => (
          <>
            <SelectField label={t('gform.party', { n: n + 1 })} {...field(`parties.${n}.orgId`)} required options={orgOptions} />
            <SelectField label={t('gform.partyRole')} {...field(`parties.${n}.role`)} options={PARTY_ROLES.map((r) => ({ value: r, label: t(`partyRole.${r}`) }))} />
          </>
        )}
      />
      <div className="row">
        <SelectField label={t('gform.firstStatus')} {...field('status')} options={LEGAL_STATUSES.map((s) => ({ value: s, label: tMaybe('fwStatus', s) }))} />
        <TextField label={t('gform.statusOn')} hint={t('validation.fuzzyDate')} {...field('statusOn')} />
      </div>
      <div className="row">
        <TextField label={t('g.starts')} hint={t('validation.fuzzyDate')} {...field('startsOn')} />
        <TextField label={t('gform.durationYearsLabel')} inputMode="numeric" {...field('durationYears')} />
      </div>
      <div className="row">
        <TextField label={t('g.umbrella')} hint={t('gform.umbrellaHint')} {...field('umbrella')} />
        <SourceField value={v.sourceUrl ?? ''} onChange={(x) => f.set('sourceUrl', x)} error={f.errors.sourceUrl} required={coordinator} />
      </div>
      <IdField label={t('gform.frameworkId')} {...field('frameworkId')} />
    </FormPanel>
  );
}

export function MilestoneForm({ fw, done }: { fw: Framework; done(): void }) {
  const { t, tMaybe } = useI18n();
  const { me } = useSession();
  const orgName = useOrgName();
  const coordinator = me?.role === 'coordinator';
  const initial = { on: '', kind: 'meeting', title: '', participants: '', topics: '', outcome: '', figures: '', sourceUrl: '' };
  type V = typeof initial;
  const f = useForm<V>(
    initial,
    (v) => ({
      on: fuzzyDateError(t, v.on, true),
      title: v.title.trim().length < 3 ? t('validation.minChars', { min: 3 }) : undefined,
      outcome: v.outcome.trim().length < 3 ? t('validation.minChars', { min: 3 }) : undefined,
      sourceUrl: sourceError(t, v.sourceUrl, coordinator),
    }),
    { networkError: t('common.networkError'), aliases: sourceAliases },
  );
  return (
    <FormPanel
      titleId="milestone-form-title"
      title={t('gform.milestoneTitle')}
      intro={t('gform.milestoneIntro')}
      form={f}
      submitLabel={t('gform.milestoneSubmit')}
      submit={async (v) => {
        const body: MilestoneBody = {
          on: v.on.trim(),
          kind: v.kind as MilestoneBody['kind'],
          title: v.title.trim(),
          participants: v.participants.split(' ').filter(Boolean).map((orgId) => ({ orgId, name: orgName(orgId) })),
          topics: v.topics.split(' ').filter(Boolean) as MilestoneBody['topics'],
          outcome: v.outcome.trim(),
          sources: sourcesOf(v.sourceUrl),
          ...(v.figures.trim() ? { figures: v.figures.trim() } : {}),
        };
        unwrap(await api.POST('/guarantees/frameworks/{frameworkId}/milestones', { params: { path: { frameworkId: fw.frameworkId } }, body, headers: writeHeaders() }));
        f.reset();
        done();
      }}
    >
      <div className="row">
        <TextField label={t('gform.milestoneOn')} name="on" hint={t('validation.fuzzyDate')} value={f.values.on} onChange={(x) => f.set('on', x)} error={f.errors.on} required />
        <SelectField label={t('g.kind')} name="kind" value={f.values.kind} onChange={(x) => f.set('kind', x)} options={MILESTONE_KINDS.map((k) => ({ value: k, label: t(`milestone.${k}`) }))} />
      </div>
      <TextField label={t('gform.milestoneName')} name="title" value={f.values.title} onChange={(x) => f.set('title', x)} error={f.errors.title} required />
      <CheckGroup label={t('gform.participants')} name="participants" value={f.values.participants} onChange={(x) => f.set('participants', x)} error={f.errors.participants} options={fw.parties.map((p) => ({ value: p.orgId, label: orgName(p.orgId) }))} />
      <CheckGroup label={t('gform.topics')} name="topics" value={f.values.topics} onChange={(x) => f.set('topics', x)} error={f.errors.topics} options={GUARANTEE_PILLARS.map((p) => ({ value: p, label: tMaybe('pillar', p) }))} />
      <TextArea label={t('gform.outcome')} name="outcome" value={f.values.outcome} onChange={(x) => f.set('outcome', x)} error={f.errors.outcome} required />
      <div className="row">
        <TextField label={t('gform.figures')} name="figures" hint={t('gform.figuresHint')} value={f.values.figures} onChange={(x) => f.set('figures', x)} error={f.errors.figures} />
        <SourceField value={f.values.sourceUrl} onChange={(x) => f.set('sourceUrl', x)} error={f.errors.sourceUrl} required={coordinator} />
      </div>
    </FormPanel>
  );
}
