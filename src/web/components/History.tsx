/** The events that made a record what it is, oldest first, each with who, when and the log entry number. */
import { Link } from 'wouter';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n.tsx';
import { describeEvent } from '../lib/describe-event.ts';
import { useOrgName } from './orgs.tsx';
import { Table } from './Table.tsx';

type Event = components['schemas']['Event'];

export function History({ events, title }: { events: Event[]; title: string }) {
  const i = useI18n();
  const { t } = i;
  const orgName = useOrgName();
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">{title}</h2>
      <Table
        caption={title}
        captionHidden
        rows={events}
        rowKey={(e) => String(e.seq)}
        columns={[
          { header: t('log.entry'), cell: (e) => <Link href={`/log?stream=${encodeURIComponent(e.stream)}`}>#{e.seq}</Link>, num: true },
          { header: t('log.when'), cell: (e) => i.dateTime(e.recordedAt) },
          { header: t('log.what'), cell: (e) => describeEvent(e, i) },
          { header: t('log.who'), cell: (e) => orgName(e.actorOrg) },
        ]}
      />
    </section>
  );
}
