/**
 * The verifiable log on the Log page: the latest signed checkpoint, and for any entry a
 * verification run in this browser from the published keys, the entry, its inclusion proof and the
 * signed checkpoint (src/web/lib/log-verify.ts). The server's word is not taken for any of it.
 */
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { api, unwrap } from '../api/client.ts';
import { useQuery } from '../api/use-query.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { verifyEntry, type Check } from '../lib/log-verify.ts';

interface Result {
  seq: number;
  checks: Check[] | null;
  treeSize?: number;
  error?: boolean;
}

const VerifyContext = createContext<((seq: number) => void) | null>(null);

export function useVerify(): ((seq: number) => void) | null {
  return useContext(VerifyContext);
}

const short = (b64: string) => `${b64.slice(0, 16)}…`;

export function LogProofs({ children }: { children: ReactNode }) {
  const i = useI18n();
  const { t } = i;
  const checkpoint = useQuery(async () => {
    const r = await api.GET('/log/checkpoint', { headers: { accept: 'application/json' } });
    // An empty log, or a server without the verifiable log, simply has no checkpoint to show.
    if (r.error || typeof r.data !== 'object') return null;
    return r.data;
  }, []);
  const [result, setResult] = useState<Result | null>(null);

  const verify = useCallback(async (seq: number) => {
    setResult({ seq, checks: null });
    try {
      const [entries, inclusion, keys] = await Promise.all([
        api.GET('/log/entries', { params: { query: { start: seq, end: seq } } }).then(unwrap),
        api.GET('/log/proof/inclusion', { params: { query: { seq } } }).then(unwrap),
        api.GET('/log/keys').then(unwrap),
      ]);
      const entry = entries.items[0];
      if (!entry) throw new Error('no entry');
      setResult({ seq, checks: await verifyEntry(entry, inclusion, keys.keys), treeSize: inclusion.treeSize });
    } catch {
      setResult({ seq, checks: null, error: true });
    }
  }, []);

  const cp = checkpoint.data;
  // A check this reader cannot make (ok null: withheld from it) neither passes nor fails.
  const allOk = result?.checks?.every((c) => c.ok !== false);
  return (
    <VerifyContext.Provider value={cp ? (seq) => void verify(seq) : null}>
      {cp ? (
        <section className="panel" aria-labelledby="checkpoint-title">
          <h2 id="checkpoint-title">{t('proof.checkpointTitle')}</h2>
          <p className="muted">{t('proof.intro')}</p>
          <dl className="facts">
            <dt>{t('proof.treeSize')}</dt>
            <dd>{i.number(cp.treeSize)}</dd>
            <dt>{t('proof.root')}</dt>
            <dd>
              <code>{short(cp.rootHash)}</code>
            </dd>
            <dt>{t('proof.origin')}</dt>
            <dd>
              <code>{cp.origin}</code>
            </dd>
            {cp.time ? (
              <>
                <dt>{t('proof.signedAt')}</dt>
                <dd>{i.dateTime(cp.time)}</dd>
              </>
            ) : null}
            <dt>{t('proof.cosignatures')}</dt>
            <dd>{i.number(cp.cosignatures.length)}</dd>
          </dl>
        </section>
      ) : null}
      <div aria-live="polite">
        {result ? (
          <section className={`panel verify ${result.checks ? (allOk ? 'verify-ok' : 'verify-bad') : ''}`} aria-labelledby="verify-title" data-testid="verify-result">
            <h2 id="verify-title">{t('proof.resultTitle', { seq: result.seq })}</h2>
            {result.error ? (
              <p className="alert alert-error">{t('proof.failedToLoad')}</p>
            ) : !result.checks ? (
              <p className="muted">{t('proof.running')}</p>
            ) : (
              <>
                <p>
                  <strong>{allOk ? t('proof.verified', { size: i.number(result.treeSize ?? 0) }) : t('proof.notVerified')}</strong>
                </p>
                <ul className="checks">
                  {result.checks.map((c) => (
                    <li key={c.name} className={c.ok === null ? 'na' : c.ok ? 'ok' : 'bad'}>
                      <span aria-hidden="true">{c.ok === null ? '–' : c.ok ? '✓' : '✗'}</span> {t(`proof.check.${c.name}`)}{' '}
                      {c.ok === null ? <span className="muted">({t('proof.withheld')})</span> : <span className="sr-only">{c.ok ? t('proof.passed') : t('proof.failed')}</span>}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        ) : null}
      </div>
      {children}
    </VerifyContext.Provider>
  );
}

export function VerifyButton({ seq }: { seq: number }) {
  const verify = useVerify();
  const { t } = useI18n();
  if (!verify) return null;
  return (
    <button type="button" className="btn btn-small" onClick={() => verify(seq)} aria-label={t('proof.verifyEntry', { seq })}>
      {t('proof.verify')}
    </button>
  );
}
