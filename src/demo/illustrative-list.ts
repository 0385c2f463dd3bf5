/**
 * The demo's monthly list versions and re-rankings. ILLUSTRATIVE: the public record says Ukraine,
 * NATO and the US approve the priorities jointly each month (BRIEF section 3) but publishes neither
 * the lists nor their dates; these are invented, in the rhythm the record describes.
 */
import type { Role } from '../domain/actors.ts';

/** One re-ranking: lines moved in turn (each to its new rank), recorded as one new full order. */
export interface IllustrativeRerank {
  on: string;
  moves: readonly { lineId: string; toRank: number }[];
  reason: string;
}

export interface IllustrativeVersion {
  versionId: string;
  month: string;
  proposedOn: string;
  approvedOn: Readonly<Record<Extract<Role, 'recipient' | 'coordinator' | 'supplier'>, string>>;
}

export const ILLUSTRATIVE_RERANKS: readonly IllustrativeRerank[] = [
  {
    on: '2025-08-29',
    moves: [
      { lineId: 'ill-apkws-a', toRank: 3 },
      { lineId: 'ill-amraam-a', toRank: 5 },
    ],
    reason: 'illustrative: after the mass drone and missile strikes of late August, counter-drone rockets and NASAMS missiles move up',
  },
  {
    on: '2025-09-29',
    moves: [{ lineId: 'ill-155-er-a', toRank: 6 }],
    reason: 'illustrative: extended-range 155 mm shells move up before the autumn fighting season',
  },
  {
    on: '2025-10-30',
    moves: [
      { lineId: 'ill-pac3-mse-d', toRank: 4 },
      { lineId: 'ill-aim9x-a', toRank: 8 },
    ],
    reason: 'illustrative: interceptors move up ahead of the winter strikes on energy infrastructure',
  },
];

export const ILLUSTRATIVE_VERSIONS: readonly IllustrativeVersion[] = [
  { versionId: 'list-2025-08', month: '2025-08', proposedOn: '2025-08-01', approvedOn: { recipient: '2025-08-01', coordinator: '2025-08-04', supplier: '2025-08-05' } },
  { versionId: 'list-2025-09', month: '2025-09', proposedOn: '2025-09-01', approvedOn: { recipient: '2025-09-01', coordinator: '2025-09-03', supplier: '2025-09-05' } },
  { versionId: 'list-2025-10', month: '2025-10', proposedOn: '2025-10-01', approvedOn: { recipient: '2025-10-01', coordinator: '2025-10-03', supplier: '2025-10-06' } },
  { versionId: 'list-2025-11', month: '2025-11', proposedOn: '2025-11-03', approvedOn: { recipient: '2025-11-03', coordinator: '2025-11-05', supplier: '2025-11-07' } },
];
