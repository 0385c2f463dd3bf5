/** An irreversible step that needs a reason (reject, withdraw, cancel): the reason is checked, then confirmed, then sent. */
import { useI18n } from '../i18n/i18n.tsx';
import * as check from '../lib/validate.ts';
import { useConfirm } from './Confirm.tsx';
import { ActionForm } from './ActionForm.tsx';
import { TextArea } from './Field.tsx';
import { useForm } from './form.ts';

/** `className` replaces the panel's look, e.g. for a form in a table's row. */
export function ReasonForm(p: { id?: string; className?: string; title: string; label: string; submitLabel: string; confirmTitle: string; confirmBody: string; onSubmit(reason: string): Promise<void> }) {
  return (
    <details className={p.className ?? 'panel action-panel danger-zone'} id={p.id} open={p.id !== undefined && location.hash === `#${p.id}` ? true : undefined}>
      <summary>{p.title}</summary>
      <ReasonFormBody {...p} />
    </details>
  );
}

function ReasonFormBody(p: { title: string; label: string; submitLabel: string; confirmTitle: string; confirmBody: string; onSubmit(reason: string): Promise<void> }) {
  const { t } = useI18n();
  const confirm = useConfirm();
  const f = useForm(
    { reason: '' },
    (v) => {
      const k = check.reason(v.reason);
      return k ? { reason: t(k) } : {};
    },
    { networkError: t('common.networkError') },
  );
  return (
    <ActionForm
      form={f}
      danger
      submitLabel={p.submitLabel}
      submit={async (v) => {
        if (!(await confirm({ title: p.confirmTitle, body: p.confirmBody, confirmLabel: p.submitLabel }))) return;
        await p.onSubmit(v.reason.trim());
        f.reset();
      }}
    >
      <TextArea label={p.label} name="reason" value={f.values.reason} onChange={(v) => f.set('reason', v)} error={f.errors.reason} required />
    </ActionForm>
  );
}
