/**
 * Announce a pledge as it was stated: who, how much in which currency (or why no amount), how
 * precise, when, earmarked for what, and where it was published. An Ally announces its own; the
 * coordinator records pledges of the public record for any Ally.
 */
import { useLocation } from 'wouter';
import { api, writeHeaders, unwrap } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import { FormError, SelectField, TextField } from '../components/Field.tsx';
import { useForm, type Errors } from '../components/form.ts';
import { useOrganizations, useOrgName } from '../components/orgs.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import * as check from '../lib/validate.ts';
import { CAPABILITY_AREAS, CURRENCIES, QUALIFIERS, todayIso } from '../lib/vocab.ts';

const FUZZY_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export default function AnnouncePledge() {
  const { t, tMaybe } = useI18n();
  const session = useSession();
  const orgs = useOrganizations();
  const orgName = useOrgName();
  const [, navigate] = useLocation();
  const ally = session.me?.role === 'ally' ? session.me.orgId : '';
  const initial = { contributor: ally, amount: '', currency: 'EUR', qualifier: 'exact', announcedOn: todayIso(), earmark: '', sourceUrl: '', sourcePublisher: '', pledgeId: '' };
  type V = typeof initial;
  const f = useForm<V>(
    initial,
    (v) => {
      const e: Errors<V> = {};
      if (!v.contributor) e.contributor = t('validation.required');
      const a = check.amount(v.amount, v.currency);
      if (a) e.amount = t(a);
      if (!FUZZY_DATE.test(v.announcedOn) || (v.announcedOn.length === 10 && check.day(v.announcedOn))) e.announcedOn = t('validation.fuzzyDate');
      if (v.sourceUrl && check.url(v.sourceUrl)) e.sourceUrl = t('validation.url');
      const id = check.optionalId(v.pledgeId);
      if (id) e.pledgeId = t(id);
      return e;
    },
    { networkError: t('common.networkError'), aliases: { contributors: 'contributor', 'contributors.0.orgId': 'contributor', 'sources.0.url': 'sourceUrl' } },
  );
  if (!session.can('announcePledge')) return <p className="alert alert-error">{t('common.notYourRole')}</p>;
  const allies = (orgs.data ?? []).filter((o) => o.role === 'ally');

  return (
    <>
      <PageTitle title={t('announce.title')} />
      <form
        ref={f.formRef}
        className="form"
        noValidate
        onSubmit={f.onSubmit(async (v) => {
          const body = {
            ...(v.pledgeId ? { pledgeId: v.pledgeId } : {}),
            contributors: [{ orgId: v.contributor }],
            amount: { minor: check.minorOf(v.amount, v.currency), currency: v.currency as (typeof CURRENCIES)[number] },
            qualifier: v.qualifier as (typeof QUALIFIERS)[number],
            announcedOn: v.announcedOn,
            earmark: v.earmark ? { kind: 'capability' as const, capabilityArea: v.earmark } : { kind: 'none' as const },
            sources: v.sourceUrl ? [{ url: v.sourceUrl.trim(), ...(v.sourcePublisher.trim() ? { publisher: v.sourcePublisher.trim() } : {}) }] : [],
          };
          const r = unwrap(await api.POST('/pledges', { body, headers: writeHeaders() }));
          const id = (r.result as { pledgeId?: string } | null)?.pledgeId;
          navigate(id ? `/pledges/${id}` : '/pledges');
        })}
      >
        <FormError message={f.formError} />
        {ally ? (
          <p>
            {t('announce.as', { org: orgName(ally) })}
          </p>
        ) : (
          <SelectField
            label={t('pledges.ally')}
            name="contributor"
            value={f.values.contributor}
            onChange={(v) => f.set('contributor', v)}
            error={f.errors.contributor}
            required
            options={[{ value: '', label: t('allocate.choose') }, ...allies.map((o) => ({ value: o.orgId, label: orgName(o.orgId) }))]}
          />
        )}
        <div className="row">
          <TextField label={t('pledges.amount')} name="amount" inputMode="decimal" hint={t('hint.amount')} value={f.values.amount} onChange={(v) => f.set('amount', v)} error={f.errors.amount} required />
          <SelectField label={t('announce.currency')} name="currency" value={f.values.currency} onChange={(v) => f.set('currency', v)} options={CURRENCIES.map((c) => ({ value: c, label: c }))} required />
        </div>
        <SelectField label={t('announce.qualifier')} name="qualifier" value={f.values.qualifier} onChange={(v) => f.set('qualifier', v)} options={QUALIFIERS.map((q) => ({ value: q, label: tMaybe('qualifier', q) }))} />
        <TextField label={t('pledges.announcedOn')} name="announcedOn" hint={t('hint.fuzzyDate')} value={f.values.announcedOn} onChange={(v) => f.set('announcedOn', v)} error={f.errors.announcedOn} required />
        <SelectField
          label={t('announce.earmark')}
          name="earmark"
          value={f.values.earmark}
          onChange={(v) => f.set('earmark', v)}
          options={[{ value: '', label: t('announce.noEarmark') }, ...CAPABILITY_AREAS.map((a) => ({ value: a, label: tMaybe('area', a) }))]}
        />
        <TextField label={t('announce.sourceUrl')} name="sourceUrl" type="url" inputMode="url" hint={t('announce.sourceHint')} value={f.values.sourceUrl} onChange={(v) => f.set('sourceUrl', v)} error={f.errors.sourceUrl} />
        <TextField label={t('announce.sourcePublisher')} name="sourcePublisher" value={f.values.sourcePublisher} onChange={(v) => f.set('sourcePublisher', v)} />
        <TextField label={t('announce.pledgeId')} name="pledgeId" hint={t('hint.id')} value={f.values.pledgeId} onChange={(v) => f.set('pledgeId', v)} error={f.errors.pledgeId} />
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={f.submitting}>
            {t('announce.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
