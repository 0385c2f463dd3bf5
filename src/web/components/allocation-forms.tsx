/**
 * Release an allocation (coordinator, before the package is contracted): pick one of the package's
 * live allocations, say why, confirm, and the money goes back to its pledge. Irreversible: a
 * released allocation stays in the record and counts nowhere.
 */
import { api, unwrap, writeHeaders } from '../api/client.ts';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n.tsx';
import * as check from '../lib/validate.ts';
import { useConfirm } from './Confirm.tsx';
import { ActionForm } from './ActionForm.tsx';
import { SelectField, TextArea } from './Field.tsx';
import { useForm, type Errors } from './form.ts';
import { useGroupName } from './orgs.tsx';

type Pkg = components['schemas']['Package'];

/** Package states whose allocations may still be released (the server's rule in src/domain/allocation.ts). */
export const RELEASABLE_STATES: readonly string[] = ['prioritised', 'funding', 'funded'];

export function ReleaseAllocationForm({ pkg, done }: { pkg: Pkg; done(): void }) {
  const i = useI18n();
  const { t } = i;
  const confirm = useConfirm();
  const groupName = useGroupName();
  const live = pkg.allocations.filter((a) => !a.released);
  const initial = { allocationId: live.length === 1 ? live[0]!.allocationId : '', reason: '' };
  const f = useForm<typeof initial>(
    initial,
    (v) => {
      const e: Errors<typeof initial> = {};
      if (!live.some((a) => a.allocationId === v.allocationId)) e.allocationId = t('release.pick');
      const r = check.reason(v.reason);
      if (r) e.reason = t(r);
      return e;
    },
    { networkError: t('common.networkError') },
  );
  const label = (a: (typeof live)[number]) => `${groupName(a.contributors)} · ${a.pledgeId} · ${i.money(a.amount)}`;
  return (
    <details className="panel action-panel danger-zone" id="release">
      <summary>{t('release.title')}</summary>
      <p className="muted">{t('release.intro')}</p>
      <ActionForm
        form={f}
        danger
        submitLabel={t('release.submit')}
        submit={async (v) => {
          const a = live.find((x) => x.allocationId === v.allocationId)!;
          if (!(await confirm({ title: t('release.confirmTitle'), body: t('release.confirmBody', { allocation: label(a), name: pkg.name }), confirmLabel: t('release.submit') }))) return;
          unwrap(
            await api.POST('/allocations/{allocationId}/release', {
              params: { path: { allocationId: v.allocationId } },
              body: { reason: v.reason.trim() },
              headers: writeHeaders(),
            }),
          );
          f.reset({ allocationId: '', reason: '' });
          done();
        }}
      >
        <SelectField
          label={t('release.allocation')}
          name="allocationId"
          value={f.values.allocationId}
          onChange={(v) => f.set('allocationId', v)}
          error={f.errors.allocationId}
          required
          options={[{ value: '', label: t('allocate.choose') }, ...live.map((a) => ({ value: a.allocationId, label: label(a) }))]}
        />
        <TextArea label={t('release.reason')} name="reason" value={f.values.reason} onChange={(v) => f.set('reason', v)} error={f.errors.reason} required />
      </ActionForm>
    </details>
  );
}
