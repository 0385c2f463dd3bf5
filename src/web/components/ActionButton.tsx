/** A one-click action (validate, commit, open funding...): busy while it runs, its refusal shown beside it, confirmed first when irreversible. */
import { useState } from 'react';
import { ApiProblem } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useConfirm } from './Confirm.tsx';

export function ActionButton(p: { label: string; run(): Promise<unknown>; done?(): void; confirm?: { title: string; body: string }; primary?: boolean; danger?: boolean }) {
  const { t } = useI18n();
  const confirm = useConfirm();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onClick = async () => {
    if (p.confirm && !(await confirm({ ...p.confirm, confirmLabel: p.label }))) return;
    setBusy(true);
    setError(null);
    try {
      await p.run();
      p.done?.();
    } catch (e) {
      setError(e instanceof ApiProblem ? `${e.problem.title}: ${e.problem.detail}` : t('common.networkError'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="action">
      <button type="button" className={`btn${p.primary ? ' btn-primary' : ''}${p.danger ? ' btn-danger' : ''}`} disabled={busy} onClick={() => void onClick()}>
        {p.label}
      </button>
      {error ? (
        <span className="error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
