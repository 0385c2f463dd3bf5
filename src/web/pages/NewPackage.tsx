/** The coordinator forms a draft package from whole priced lines; its price is the sum of their priced totals. */
import { useLocation } from 'wouter';
import { api, writeHeaders, unwrap } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import { useQuery } from '../api/use-query.ts';
import { CheckboxField, FormError, TextField } from '../components/Field.tsx';
import { useForm, type Errors } from '../components/form.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { Empty, Loaded } from '../components/States.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { sumMinor } from '../lib/money.ts';
import * as check from '../lib/validate.ts';

const initial = { packageId: '', name: '', lines: '', allowOverFunding: false };
type V = typeof initial;

export default function NewPackage() {
  const i = useI18n();
  const { t, tMaybe } = i;
  const session = useSession();
  const [, navigate] = useLocation();
  const priced = useQuery(async () => unwrap(await api.GET('/requirements', { params: { query: { status: 'priced', limit: 500 } } })).items, []);
  const f = useForm<V>(
    initial,
    (v) => {
      const e: Errors<V> = {};
      const id = check.optionalId(v.packageId);
      if (id) e.packageId = t(id);
      const n = check.requiredText(v.name, 2);
      if (n) e.name = t(n, { min: 2 });
      if (v.lines === '') e.lines = t('newPackage.pickLines');
      return e;
    },
    { networkError: t('common.networkError') },
  );
  if (!session.can('createPackage')) return <p className="alert alert-error">{t('common.notYourRole')}</p>;
  const chosen = f.values.lines ? f.values.lines.split(',') : [];
  const toggle = (id: string, on: boolean) => f.set('lines', (on ? [...chosen, id] : chosen.filter((x) => x !== id)).join(','));
  const total = sumMinor((priced.data ?? []).filter((l) => chosen.includes(l.lineId)).map((l) => l.pricedTotal?.minor ?? '0'));

  return (
    <>
      <PageTitle title={t('newPackage.title')} />
      <form
        ref={f.formRef}
        className="form form-wide"
        noValidate
        onSubmit={f.onSubmit(async (v) => {
          const body = { ...(v.packageId ? { packageId: v.packageId } : {}), name: v.name.trim(), lines: chosen, allowOverFunding: v.allowOverFunding };
          const r = unwrap(await api.POST('/packages', { body, headers: writeHeaders() }));
          const id = (r.result as { packageId?: string } | null)?.packageId;
          navigate(id ? `/packages/${id}` : '/packages');
        })}
      >
        <FormError message={f.formError} />
        <TextField label={t('newPackage.name')} name="name" value={f.values.name} onChange={(v) => f.set('name', v)} error={f.errors.name} required />
        <TextField label={t('newPackage.packageId')} name="packageId" hint={t('hint.id')} value={f.values.packageId} onChange={(v) => f.set('packageId', v)} error={f.errors.packageId} />
        <fieldset className={`field${f.errors.lines ? ' field-invalid' : ''}`} aria-describedby={f.errors.lines ? 'lines-error' : undefined}>
          <legend>{t('newPackage.lines')}</legend>
          <Loaded q={priced}>
            {(lines) =>
              lines.length === 0 ? (
                <Empty>{t('newPackage.noPriced')}</Empty>
              ) : (
                <ul className="checklist">
                  {lines.map((l) => (
                    <li key={l.lineId}>
                      <label>
                        <input type="checkbox" name="lines" value={l.lineId} checked={chosen.includes(l.lineId)} onChange={(e) => toggle(l.lineId, e.target.checked)} aria-invalid={f.errors.lines ? true : undefined} />
                        <span>
                          <strong>#{l.rank}</strong> {l.item} <span className="muted">({tMaybe('area', l.capabilityArea)})</span>
                        </span>
                        <span className="num">{i.money(l.pricedTotal)}</span>
                      </label>
                    </li>
                  ))}
                </ul>
              )
            }
          </Loaded>
          {f.errors.lines ? (
            <p className="error" id="lines-error">
              {f.errors.lines}
            </p>
          ) : null}
          <p className="total">
            {t('newPackage.total')}: <strong>{i.money({ minor: total, currency: 'USD' })}</strong>
          </p>
        </fieldset>
        <CheckboxField label={t('newPackage.allowOverFunding')} name="allowOverFunding" checked={f.values.allowOverFunding} onChange={(v) => f.set('allowOverFunding', v)} />
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={f.submitting}>
            {t('newPackage.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
