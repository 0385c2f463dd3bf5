/**
 * Set who may read a record or its sensitive field (the classify command): the field, the level,
 * the reason (required unless public), the readers (restricted only), and an optional future day
 * from which it is public by itself. Offered only to the record's owners (the page checks); the
 * server refuses anyone else all the same. Publishing cannot be undone, so lowering a level to
 * public asks first.
 */
import { useId } from 'react';
import { api, writeHeaders, unwrap } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import * as check from '../lib/validate.ts';
import { todayIso } from '../lib/vocab.ts';
import type { Kind, LevelInForce } from './Classification.tsx';
import { useConfirm } from './Confirm.tsx';
import { FormError, SelectField, TextArea, TextField } from './Field.tsx';
import { useForm, type Errors } from './form.ts';
import { useOrganizations, useOrgName } from './orgs.tsx';

/** The server's vocabulary (src/domain/classification.ts). */
export const LEVELS = ['public', 'coalition', 'restricted'] as const;
export const REASON_CODES = ['operational-security', 'donor-confidentiality', 'commercial-confidentiality', 'ongoing-negotiation', 'personal-data'] as const;
export const CLASSIFIED_FIELDS = { pledge: ['record', 'amount'], package: ['record', 'lines'], shipment: ['record', 'schedule'] } as const satisfies Record<Kind, readonly string[]>;

type Level = (typeof LEVELS)[number];
type Reason = (typeof REASON_CODES)[number];

export interface ClassifyTarget {
  id: string;
  label: string;
}

export function ClassifyForm({
  kind,
  targets,
  current,
  title,
  intro,
  done,
}: {
  kind: Kind;
  /** The records this form may classify: one (a pledge, a package) or several (a package's shipments). */
  targets: readonly ClassifyTarget[];
  /** The level in force on a record's field now. */
  current(id: string, field: string): LevelInForce;
  title: string;
  intro: string;
  done(): void;
}) {
  const i = useI18n();
  const { t, tMaybe } = i;
  const confirm = useConfirm();
  const session = useSession();
  const orgs = useOrganizations();
  const orgName = useOrgName();
  const uid = useId();
  const fields: readonly string[] = CLASSIFIED_FIELDS[kind];
  const startFor = (id: string, field: string) => {
    const c = current(id, field);
    // The readers named so far come back to their owners, so a change of reason keeps them.
    return { level: c.level, reason: c.reason ?? '', readers: (c.readers ?? []).join(',') };
  };
  const firstId = targets.length === 1 ? targets[0]!.id : '';
  const initial = { id: firstId, field: fields[0]!, ...(firstId ? startFor(firstId, fields[0]!) : { level: 'coalition', reason: '', readers: '' }), discloseOn: '', note: '' };
  const f = useForm<typeof initial>(
    initial,
    (v) => {
      const e: Errors<typeof initial> = {};
      if (!targets.some((x) => x.id === v.id)) e.id = t('classify.pickRecord');
      if (v.level !== 'public' && !v.reason) e.reason = t('classify.needReason');
      if (v.level !== 'public' && v.discloseOn) {
        const d = check.day(v.discloseOn);
        if (d) e.discloseOn = t(d);
        else if (v.discloseOn <= todayIso()) e.discloseOn = t('classify.future');
      }
      if (v.note.length > 2000) e.note = t('classify.noteLong');
      return e;
    },
    { networkError: t('common.networkError') },
  );
  const chosenReaders = f.values.readers ? f.values.readers.split(',') : [];
  const toggleReader = (orgId: string, on: boolean) => f.set('readers', (on ? [...chosenReaders, orgId] : chosenReaders.filter((x) => x !== orgId)).join(','));
  // Choosing another record or field starts from the level in force on it.
  const pick = (id: string, field: string) => {
    f.set('id', id);
    f.set('field', field);
    if (id) {
      const s = startFor(id, field);
      f.set('level', s.level);
      f.set('reason', s.reason);
      f.set('readers', s.readers);
    }
  };
  // Every organization but the caller's own (its owners always read): the coalition's bodies first, then the Allies by name.
  const sorted = (orgs.data ?? [])
    .filter((o) => o.orgId !== session.me?.orgId)
    .sort((a, b) => ((a.role === 'ally') === (b.role === 'ally') ? orgName(a.orgId).localeCompare(orgName(b.orgId)) : a.role === 'ally' ? 1 : -1));
  const restricted = f.values.level === 'restricted';
  const readersError = f.errors.readers;

  return (
    <details className="panel action-panel" id={`classify-${kind}`}>
      <summary>{title}</summary>
      <p className="muted">{intro}</p>
      <form
        ref={f.formRef}
        className="form"
        noValidate
        onSubmit={f.onSubmit(async (v) => {
          const before = current(v.id, v.field).level;
          if (v.level === 'public' && before !== 'public') {
            const target = targets.find((x) => x.id === v.id)?.label ?? v.id;
            if (!(await confirm({ title: t('classify.publishTitle'), body: t('classify.publishBody', { what: `${target} · ${tMaybe('classifyField', v.field)}` }), confirmLabel: t('classify.publish') }))) return;
          }
          const level = v.level as Level;
          unwrap(
            await api.POST('/classifications', {
              body: {
                kind,
                id: v.id,
                field: v.field,
                level,
                ...(v.reason ? { reason: v.reason as Reason } : {}),
                ...(level === 'restricted' ? { readers: chosenReaders } : {}),
                ...(level !== 'public' && v.discloseOn ? { discloseOn: v.discloseOn } : {}),
                ...(v.note.trim() ? { note: v.note.trim() } : {}),
              },
              headers: writeHeaders(),
            }),
          );
          f.reset({ ...v, readers: level === 'restricted' ? v.readers : '', discloseOn: level === 'public' ? '' : v.discloseOn, note: '' });
          done();
        })}
      >
        <FormError message={f.formError} />
        {targets.length > 1 ? (
          <SelectField
            label={t(`classify.record.${kind}`)}
            name="id"
            value={f.values.id}
            onChange={(id) => pick(id, f.values.field)}
            error={f.errors.id}
            required
            options={[{ value: '', label: t('classify.choose') }, ...targets.map((x) => ({ value: x.id, label: x.label }))]}
          />
        ) : null}
        <div className="row">
          <SelectField label={t('classify.field')} name="field" value={f.values.field} onChange={(field) => pick(f.values.id, field)} error={f.errors.field} required options={fields.map((x) => ({ value: x, label: tMaybe('classifyField', x) }))} />
          <SelectField
            label={t('classify.level')}
            name="level"
            hint={f.values.id ? t('classify.now', { level: tMaybe('level', current(f.values.id, f.values.field).level) }) : undefined}
            value={f.values.level}
            onChange={(x) => f.set('level', x)}
            error={f.errors.level}
            required
            options={LEVELS.map((x) => ({ value: x, label: tMaybe('level', x) }))}
          />
        </div>
        <SelectField
          label={t('classify.reason')}
          name="reason"
          hint={f.values.level === 'public' ? t('classify.reasonOptional') : undefined}
          value={f.values.reason}
          onChange={(x) => f.set('reason', x)}
          error={f.errors.reason}
          required={f.values.level !== 'public'}
          options={[{ value: '', label: t('classify.choose') }, ...REASON_CODES.map((x) => ({ value: x, label: tMaybe('reason', x) }))]}
        />
        {restricted ? (
          <fieldset className={`field${readersError ? ' field-invalid' : ''}`} aria-describedby={`${uid}-readers-hint${readersError ? ` ${uid}-readers-error` : ''}`}>
            <legend>{t('classify.readers')}</legend>
            <p className="hint" id={`${uid}-readers-hint`}>
              {t('classify.readersHint')}
            </p>
            <div className="pillar-checks reader-checks">
              {sorted.map((o, n) => (
                <label key={o.orgId} className="pillar-check">
                  <input type="checkbox" name="readers" value={o.orgId} checked={chosenReaders.includes(o.orgId)} onChange={(e) => toggleReader(o.orgId, e.target.checked)} aria-invalid={readersError && n === 0 ? true : undefined} />{' '}
                  {orgName(o.orgId)}
                </label>
              ))}
            </div>
            {readersError ? (
              <p className="error" id={`${uid}-readers-error`}>
                {readersError}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        {f.values.level !== 'public' ? (
          <TextField label={t('classify.discloseOn')} name="discloseOn" type="date" hint={t('classify.discloseHint')} value={f.values.discloseOn} onChange={(x) => f.set('discloseOn', x)} error={f.errors.discloseOn} />
        ) : null}
        <TextArea label={t('classify.note')} name="note" rows={2} value={f.values.note} onChange={(x) => f.set('note', x)} error={f.errors.note} />
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={f.submitting}>
            {t('classify.submit')}
          </button>
        </div>
      </form>
    </details>
  );
}
