/** An irreversible step that needs a reason (reject, withdraw, cancel): the reason is checked, then confirmed, then sent. */
import { useI18n } from '../i18n/i18n.tsx';
import * as check from '../lib/validate.ts';
import { useConfirm } from './Confirm.tsx';
import { FormError, TextArea } from './Field.tsx';
import { useForm } from './form.ts';

export function ReasonForm(p: { id?: string; title: string; label: string; submitLabel: string; confirmTitle: string; confirmBody: string; onSubmit(reason: string): Promise<void> }) {
  return (
    <details className="panel action-panel danger-zone" id={p.id} open={p.id !== undefined && location.hash === `#${p.id}` ? true : undefined}>
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
    <>
      <form
        ref={f.formRef}
        className="form"
        noValidate
        onSubmit={f.onSubmit(async (v) => {
          if (!(await confirm({ title: p.confirmTitle, body: p.confirmBody, confirmLabel: p.submitLabel }))) return;
          await p.onSubmit(v.reason.trim());
          f.reset();
        })}
      >
        <FormError message={f.formError} />
        <TextArea label={p.label} name="reason" value={f.values.reason} onChange={(v) => f.set('reason', v)} error={f.errors.reason} required />
        <div className="actions">
          <button type="submit" className="btn btn-danger" disabled={f.submitting}>
            {p.submitLabel}
          </button>
        </div>
      </form>
    </>
  );
}
