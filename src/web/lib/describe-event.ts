/** A log entry in words: its kind, and for a change of state the states it went between. */
import type { components } from '../api/schema';
import type { I18n } from '../i18n/i18n.tsx';

type Event = components['schemas']['Event'];

const STATE_VOCAB: Record<string, string> = {
  PledgeStateChanged: 'pledgeState',
  PackageStateChanged: 'pkgState',
  RequirementStatusChanged: 'reqStatus',
};

/** "CommitmentRecorded" -> "Commitment recorded", for event types added after this app's strings. */
const humanize = (type: string): string => {
  const words = type.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export function describeEvent(e: Event, i: Pick<I18n, 't' | 'tMaybe'>): string {
  const known = i.tMaybe('event', e.type);
  const what = known === e.type ? humanize(e.type) : known;
  const vocab = STATE_VOCAB[e.type];
  const { from, to } = e.payload as { from?: unknown; to?: unknown };
  if (vocab && typeof from === 'string' && typeof to === 'string') return i.t('log.change', { what, from: i.tMaybe(vocab, from), to: i.tMaybe(vocab, to) });
  return what;
}
