/**
 * Confirmation before anything irreversible: one modal <dialog> (focus is trapped and Escape
 * cancels, natively), asked through `useConfirm()` from any handler: `if (!(await confirm(...))) return;`.
 */
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

interface Ask {
  title: string;
  body: string;
  confirmLabel: string;
}

type ConfirmFn = (ask: Ask) => Promise<boolean>;
const ConfirmContext = createContext<ConfirmFn | null>(null);

export function ConfirmProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement | null>(null);
  const resolver = useRef<((ok: boolean) => void) | null>(null);
  const [ask, setAsk] = useState<Ask | null>(null);

  const confirm = useCallback<ConfirmFn>((a) => {
    setAsk(a);
    requestAnimationFrame(() => dialog.current?.showModal());
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve;
    });
  }, []);

  const close = (ok: boolean) => {
    dialog.current?.close();
    resolver.current?.(ok);
    resolver.current = null;
  };

  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      <dialog ref={dialog} className="confirm" aria-labelledby="confirm-title" aria-describedby="confirm-body" onCancel={() => close(false)}>
        <h2 id="confirm-title">{ask?.title}</h2>
        <p id="confirm-body">{ask?.body}</p>
        <div className="actions">
          <button type="button" className="btn" onClick={() => close(false)} autoFocus>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-danger" onClick={() => close(true)}>
            {ask?.confirmLabel}
          </button>
        </div>
      </dialog>
    </ConfirmContext.Provider>
  );
}

export function useConfirm(): ConfirmFn {
  const c = useContext(ConfirmContext);
  if (!c) throw new Error('useConfirm outside ConfirmProvider');
  return c;
}
