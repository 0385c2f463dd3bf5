/**
 * One package: its lines (what was shipped and received), the pledges funding it (who paid for
 * what, with the FX rates used), the contract reference, shipments and their confirmation, and the
 * actions each role may take at this point of the package's life.
 */
import { Link, useParams } from 'wouter';
import { api, writeHeaders, unwrap } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import { useQuery } from '../api/use-query.ts';
import type { components } from '../api/schema';
import { ActionButton } from '../components/ActionButton.tsx';
import { DEFAULT_LEVEL, LevelBadge, LevelList, levelOf, loadClassifications, WithheldShort, type ClassificationRow, type LevelInForce } from '../components/Classification.tsx';
import { ClassifyForm } from '../components/classification-forms.tsx';
import { RELEASABLE_STATES, ReleaseAllocationForm } from '../components/allocation-forms.tsx';
import { AllocateForm, ConfirmReceiptForm, ContractForm, ShipForm } from '../components/package-forms.tsx';
import { useGroupName } from '../components/orgs.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { ReasonForm } from '../components/ReasonForm.tsx';
import { Badge, Empty, Loaded } from '../components/States.tsx';
import { Table } from '../components/Table.tsx';
import { Withheld } from '../components/Withheld.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { ratioBp } from '../lib/money.ts';

type Pkg = components['schemas']['Package'];
type Shipment = components['schemas']['Shipment'];

/** Who may set a shipment's level beside nobody else (src/domain/classification.ts, STEWARDS). */
const SHIPMENT_OWNERS: readonly string[] = ['coordinator', 'supplier', 'recipient'];
const scheduleWithheld = (s: Shipment) => s.withheld.find((w) => w.field === 'schedule') ?? s.withheld[0];

const packageLevel = (levels: readonly ClassificationRow[], p: Pkg, field: string) =>
  levelOf(levels, 'package', p.packageId, field, field === 'lines' ? p.classification.lines : p.classification.record, p.withheld);

/**
 * A shipment's level in force on a field, as far as this page can tell: the shipment carries no
 * levels of its own in the API, so what was set on it (GET /classifications), else what its
 * withheld notes say, else the default (coalition).
 */
function shipmentLevel(levels: readonly ClassificationRow[], s: Shipment, field: string): LevelInForce {
  const set = (f: string) => levels.find((r) => r.kind === 'shipment' && r.id === s.shipmentId && r.field === f);
  const rank = (l: string | undefined) => (l === 'restricted' ? 2 : l === 'coalition' ? 1 : l === 'public' ? 0 : -1);
  const note = s.withheld.find((w) => w.field === field);
  const candidates = [field === 'record' ? undefined : set(field), set('record'), note].filter((x) => x !== undefined);
  const strictest = candidates.sort((a, b) => rank(b.level) - rank(a.level))[0];
  return strictest ? { level: strictest.level, reason: strictest.reason, discloseOn: strictest.discloseOn } : { level: DEFAULT_LEVEL, reason: null, discloseOn: null };
}

function Facts({ p, levels }: { p: Pkg; levels: readonly ClassificationRow[] }) {
  const i = useI18n();
  const { t } = i;
  const dates: [string, string | null][] = [
    [t('packages.createdAt'), p.createdAt],
    [t('packages.fundedAt'), p.fundedAt],
    [t('packages.contractedAt'), p.contractedAt],
    [t('packages.deliveryStartedAt'), p.deliveryStartedAt],
    [t('packages.deliveredAt'), p.deliveredAt],
    [t('packages.closedAt'), p.closedAt],
    [t('packages.cancelledAt'), p.cancelledAt],
  ];
  return (
    <section className="panel">
      <div className="kpis">
        <div className="kpi">
          <p className="kpi-label">{t('packages.price')}</p>
          <p className="kpi-value">{i.money(p.price)}</p>
        </div>
        <div className="kpi">
          <p className="kpi-label">{t('packages.funded')}</p>
          <p className="kpi-value">{i.money(p.funded)}</p>
          <p className="kpi-note">{i.percentBp(ratioBp(p.funded.minor, p.price.minor))}</p>
        </div>
        <div className="kpi">
          <p className="kpi-label">{t('packages.gap')}</p>
          <p className="kpi-value">{i.money(p.gap)}</p>
        </div>
      </div>
      <dl className="facts">
        <dt>{t('packages.caseReference')}</dt>
        <dd>{p.caseReference ?? t('packages.noContract')}</dd>
        {dates
          .filter(([, d]) => d)
          .map(([label, d]) => (
            <div key={label} className="fact-pair">
              <dt>{label}</dt>
              <dd>{i.date(d!)}</dd>
            </div>
          ))}
        {p.stateReason ? (
          <>
            <dt>{t('common.reason')}</dt>
            <dd>{p.stateReason}</dd>
          </>
        ) : null}
        <dt>{t('classification.whoReads')}</dt>
        <dd>
          <LevelList
            items={[
              { field: 'record', label: t('classification.field.record'), inForce: packageLevel(levels, p, 'record') },
              { field: 'lines', label: t('classification.field.lines'), inForce: packageLevel(levels, p, 'lines') },
            ]}
          />
        </dd>
      </dl>
      {p.illustrative ? <p className="muted small">{t('common.illustrativeNote')}</p> : null}
    </section>
  );
}

export default function PackagePage() {
  const i = useI18n();
  const { t, tMaybe } = i;
  const { packageId } = useParams<{ packageId: string }>();
  const session = useSession();
  const groupName = useGroupName();
  const q = useQuery(async () => {
    const [pkg, levels] = await Promise.all([api.GET('/packages/{packageId}', { params: { path: { packageId } } }).then(unwrap), loadClassifications()]);
    return { pkg, levels };
  }, [packageId]);
  const path = { params: { path: { packageId } } };

  return (
    <Loaded q={q}>
      {({ pkg: p, levels }) => (
        <>
          <PageTitle title={p.name}>
            <Badge kind="pkgState" value={p.state} />
          </PageTitle>
          <p>
            <Link href="/packages">{t('packages.back')}</Link>
          </p>
          <Facts p={p} levels={levels} />

          <section className="panel" aria-labelledby="lines-title">
            <h2 id="lines-title">{t('packages.lines')}</h2>
            {p.lines === null ? <Withheld notes={p.withheld} /> : <Table
              caption={t('packages.lines')}
              captionHidden
              rows={p.lines}
              rowKey={(l) => l.lineId}
              columns={[
                { header: t('list.item'), cell: (l) => <Link href={`/list/${l.lineId}`}>{l.item}</Link> },
                { header: t('list.area'), cell: (l) => tMaybe('area', l.capabilityArea ?? 'other') },
                { header: t('list.quantity'), cell: (l) => `${i.number(l.quantity)} ${l.unit}`, num: true },
                { header: t('line.unitPrice'), cell: (l) => i.money(l.unitPrice), num: true },
                { header: t('list.total'), cell: (l) => i.money(l.total), num: true },
                { header: t('packages.shipped'), cell: (l) => i.number(l.shipped), num: true },
                { header: t('packages.received'), cell: (l) => i.number(l.received), num: true },
                { header: t('packages.lost'), cell: (l) => i.number(l.lost), num: true },
              ]}
            />}
          </section>

          <section className="panel" aria-labelledby="alloc-title">
            <h2 id="alloc-title">{t('packages.funding')}</h2>
            {p.allocations.length === 0 ? (
              <Empty>{t('packages.noFunding')}</Empty>
            ) : (
              <Table
                caption={t('packages.funding')}
                captionHidden
                rows={p.allocations}
                rowKey={(a) => a.allocationId}
                columns={[
                  { header: t('pledges.contributors'), cell: (a) => groupName(a.contributors) },
                  { header: t('pledges.pledge'), cell: (a) => <Link href={`/pledges/${a.pledgeId}`}>{a.pledgeId}</Link> },
                  { header: t('packages.amount'), cell: (a) => i.money(a.amount), num: true },
                  { header: t('packages.usdValue'), cell: (a) => i.money(a.usdValue), num: true },
                  { header: t('packages.fx'), cell: (a) => a.fx.map((r) => `${r.base}/${r.quote} ${r.rate} (${i.date(r.date)})`).join('; ') || t('common.none') },
                  { header: t('packages.allocatedAt'), cell: (a) => i.date(a.allocatedAt) },
                  { header: t('packages.status'), cell: (a) => (a.released ? t('packages.released') : t('packages.live')) },
                ]}
              />
            )}
          </section>

          <section className="panel" aria-labelledby="ship-title">
            <h2 id="ship-title">{t('packages.shipments')}</h2>
            {p.shipments.length === 0 ? (
              <Empty>{t('packages.noShipments')}</Empty>
            ) : (
              <Table
                caption={t('packages.shipments')}
                captionHidden
                rows={p.shipments}
                rowKey={(s) => s.shipmentId}
                columns={[
                  { header: t('packages.shipment'), cell: (s) => s.shipmentId },
                  { header: t('list.item'), cell: (s) => s.item },
                  { header: t('list.quantity'), cell: (s) => (s.quantity === null ? t('classification.withheldShort') : i.number(s.quantity)), num: true },
                  { header: t('packages.shippedOn'), cell: (s) => (s.shippedOn === null ? t('classification.withheldShort') : i.date(s.shippedOn)) },
                  {
                    header: t('packages.received'),
                    cell: (s) => (s.receivedQuantity !== null ? i.number(s.receivedQuantity) : scheduleWithheld(s) ? <WithheldShort note={scheduleWithheld(s)} /> : t('packages.awaiting')),
                    num: true,
                  },
                  { header: t('packages.receivedOn'), cell: (s) => (s.receivedOn ? i.date(s.receivedOn) : scheduleWithheld(s) ? <WithheldShort note={scheduleWithheld(s)} /> : t('common.none')) },
                  { header: t('classification.whoReads'), cell: (s) => <LevelBadge level={shipmentLevel(levels, s, 'schedule').level} /> },
                ]}
              />
            )}
            {session.can('confirmReceipt')
              ? p.shipments.filter((s) => s.receivedQuantity === null && s.quantity !== null).map((s) => <ConfirmReceiptForm key={s.shipmentId} shipment={s} done={q.reload} />)
              : null}
            {session.me && SHIPMENT_OWNERS.includes(session.me.role) && p.shipments.length > 0 ? (
              <ClassifyForm
                kind="shipment"
                targets={p.shipments.map((s) => ({ id: s.shipmentId, label: [s.shipmentId, s.item, s.shippedOn ? i.date(s.shippedOn) : null].filter(Boolean).join(' · ') }))}
                current={(id, field) => {
                  const s = p.shipments.find((x) => x.shipmentId === id);
                  return s ? shipmentLevel(levels, s, field) : { level: DEFAULT_LEVEL, reason: null, discloseOn: null };
                }}
                title={t('classify.shipmentTitle')}
                intro={t('classify.shipmentIntro')}
                done={q.reload}
              />
            ) : null}
          </section>

          {session.can('changePackageState') && ['draft', 'prioritised', 'delivered'].includes(p.state) ? (
            <section className="panel action-panel" aria-labelledby="steps-title">
              <h2 id="steps-title">{t('packages.nextStep')}</h2>
              <div className="actions">
                {p.state === 'draft' ? <ActionButton primary label={t('packages.prioritise')} run={async () => unwrap(await api.POST('/packages/{packageId}/prioritise', { ...path, body: {}, headers: writeHeaders() }))} done={q.reload} /> : null}
                {p.state === 'prioritised' ? (
                  <ActionButton primary label={t('packages.openFunding')} run={async () => unwrap(await api.POST('/packages/{packageId}/open-funding', { ...path, body: {}, headers: writeHeaders() }))} done={q.reload} />
                ) : null}
                {p.state === 'delivered' ? (
                  <ActionButton
                    primary
                    label={t('packages.close')}
                    confirm={{ title: t('packages.closeConfirmTitle'), body: t('packages.closeConfirmBody') }}
                    run={async () => unwrap(await api.POST('/packages/{packageId}/close', { ...path, body: {}, headers: writeHeaders() }))}
                    done={q.reload}
                  />
                ) : null}
              </div>
            </section>
          ) : null}
          {session.can('allocate') && ['funding', 'funded'].includes(p.state) ? <AllocateForm pkg={p} done={q.reload} /> : null}
          {session.can('releaseAllocation') && RELEASABLE_STATES.includes(p.state) && p.allocations.some((a) => !a.released) ? <ReleaseAllocationForm pkg={p} done={q.reload} /> : null}
          {session.can('contractPackage') && p.state === 'funded' ? <ContractForm packageId={p.packageId} done={q.reload} /> : null}
          {session.can('recordShipment') && ['contracted', 'delivering'].includes(p.state) && p.lines !== null ? <ShipForm pkg={p} done={q.reload} /> : null}
          {session.me?.role === 'coordinator' ? (
            <ClassifyForm
              kind="package"
              targets={[{ id: p.packageId, label: p.name }]}
              current={(_id, field) => packageLevel(levels, p, field)}
              title={t('classify.packageTitle')}
              intro={t('classify.packageIntro')}
              done={q.reload}
            />
          ) : null}
          {session.can('changePackageState') && ['draft', 'prioritised', 'funding', 'funded', 'contracted'].includes(p.state) ? (
            <ReasonForm
              id="cancel"
              title={t('packages.cancelTitle')}
              label={t('packages.cancelReason')}
              submitLabel={t('packages.cancel')}
              confirmTitle={t('packages.cancelConfirmTitle')}
              confirmBody={t('packages.cancelConfirmBody', { name: p.name })}
              onSubmit={async (reason) => {
                unwrap(await api.POST('/packages/{packageId}/cancel', { ...path, body: { reason }, headers: writeHeaders() }));
                q.reload();
              }}
            />
          ) : null}
        </>
      )}
    </Loaded>
  );
}
