/** Pledges by Ally and by state, each with its published sources; filters are kept in the address. */
import { Link, useLocation, useSearch } from 'wouter';
import { api, unwrap } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import { useQuery } from '../api/use-query.ts';
import type { components } from '../api/schema';
import { WithheldShort } from '../components/Classification.tsx';
import { useGroupName, useOrganizations, useOrgName } from '../components/orgs.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Sources } from '../components/Sources.tsx';
import { Badge, Empty, Loaded } from '../components/States.tsx';
import { Table } from '../components/Table.tsx';
import type { WithheldNote } from '../components/Withheld.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { PLEDGE_STATES } from '../lib/vocab.ts';

type Pledge = components['schemas']['Pledge'];

/** The note saying why a pledge's amount (and so its payments, shares and allocated sum) is withheld, if it is. */
export const amountWithheld = (p: { withheld?: readonly WithheldNote[] }): WithheldNote | undefined => p.withheld?.find((w) => w.field === 'amount');

/** The amount as announced; "withheld" (and why) where the caller may not read it, rather than "no amount". */
export function PledgeAmount({ p }: { p: Pick<Pledge, 'amount' | 'qualifier'> & { amountMissingReason?: string | null; withheld?: readonly WithheldNote[] } }) {
  const i = useI18n();
  const hidden = amountWithheld(p);
  if (hidden) return <WithheldShort note={hidden} />;
  if (!p.amount) return <span className="muted">{p.amountMissingReason ?? i.t('pledges.noAmount')}</span>;
  const q = p.qualifier !== 'exact' ? `${i.tMaybe('qualifier', p.qualifier)} ` : '';
  return (
    <span>
      {q}
      {i.money(p.amount)}
    </span>
  );
}

export default function Pledges() {
  const i = useI18n();
  const { t, tMaybe } = i;
  const session = useSession();
  const orgs = useOrganizations();
  const orgName = useOrgName();
  const groupName = useGroupName();
  const search = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const state = search.get('state') ?? '';
  const contributor = search.get('contributor') ?? '';
  const q = useQuery(
    async () => unwrap(await api.GET('/pledges', { params: { query: { limit: 500, ...(state ? { state: state as never } : {}), ...(contributor ? { contributor } : {}) } } })),
    [state, contributor],
  );
  const go = (s: string, c: string) => navigate(`/pledges?${new URLSearchParams({ ...(s ? { state: s } : {}), ...(c ? { contributor: c } : {}) }).toString()}`);
  const allies = (orgs.data ?? []).filter((o) => o.role === 'ally').sort((a, b) => orgName(a.orgId).localeCompare(orgName(b.orgId)));

  return (
    <>
      <PageTitle title={t('pledges.title')}>
        {session.can('announcePledge') ? (
          <Link href="/pledges/new" className="btn btn-primary">
            {t('pledges.announce')}
          </Link>
        ) : null}
      </PageTitle>
      <p className="lead">{t('pledges.intro')}</p>
      <form className="filters" role="search" aria-label={t('list.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('pledges.ally')}
          <select value={contributor} onChange={(e) => go(state, e.target.value)}>
            <option value="">{t('common.all')}</option>
            {allies.map((o) => (
              <option key={o.orgId} value={o.orgId}>
                {orgName(o.orgId)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('pledges.state')}
          <select value={state} onChange={(e) => go(e.target.value, contributor)}>
            <option value="">{t('common.all')}</option>
            {PLEDGE_STATES.map((s) => (
              <option key={s} value={s}>
                {tMaybe('pledgeState', s)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <Loaded q={q}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t('pledges.empty')}</Empty>
          ) : (
            <>
              <p className="chips" aria-label={t('pledges.byState')}>
                {PLEDGE_STATES.map((s) => ({ s, n: page.items.filter((p) => p.state === s).length }))
                  .filter((x) => x.n > 0)
                  .map((x) => (
                    <span key={x.s} className="chip">
                      {tMaybe('pledgeState', x.s)}: {i.number(x.n)}
                    </span>
                  ))}
              </p>
              <Table
                caption={t('pledges.caption', { n: page.total })}
                captionHidden
                rows={page.items}
                rowKey={(p) => p.pledgeId}
                columns={[
                  { header: t('pledges.pledge'), cell: (p) => <Link href={`/pledges/${p.pledgeId}`}>{p.pledgeId}</Link> },
                  { header: t('pledges.contributors'), cell: (p) => groupName(p.contributors.map((c) => c.orgId)) },
                  { header: t('pledges.amount'), cell: (p) => <PledgeAmount p={p} />, num: true },
                  { header: t('pledges.announcedOn'), cell: (p) => i.date(p.announcedOn.value) },
                  { header: t('pledges.state'), cell: (p) => <Badge kind="pledgeState" value={p.state} /> },
                  {
                    header: t('pledges.counts'),
                    cell: (p) => (p.duplicateOf ? t('pledges.duplicateOf', { id: p.duplicateOf }) : p.counts ? t('common.yes') : t('common.no')),
                  },
                  { header: t('pledges.paid'), cell: (p) => (p.paid === null && amountWithheld(p) ? <WithheldShort note={amountWithheld(p)} /> : i.money(p.paid)), num: true },
                  { header: t('pledges.sources'), cell: (p) => <Sources sources={p.sources} /> },
                ]}
              />
            </>
          )
        }
      </Loaded>
    </>
  );
}
