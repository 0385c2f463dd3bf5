/** propose-list-version: the recipient puts the current ranking up for the month's joint approval. */
import { z } from 'zod';
import { conflict } from '../../domain/errors.ts';
import { assertMayProposeFor, snapshotRanking } from '../../domain/list-version.ts';
import { activeRanking, findListVersion, pendingVersionFor } from '../../store/repositories/requirements.ts';
import { defineCommand } from '../command.ts';
import { idSchema, isoMonth } from '../schemas.ts';

export const proposeListVersion = defineCommand({
  name: 'propose-list-version',
  summary: "Propose the month's version of the list: a snapshot of the current ranking, for joint approval",
  input: z.object({
    month: isoMonth,
    // `ranking` is refused because the re-rank events live in the stream `list:ranking`.
    versionId: idSchema.refine((s) => s !== 'ranking', "'ranking' is reserved").optional(),
  }),
  roles: ['recipient'],
  async load(tx, i) {
    return {
      ranking: await activeRanking(tx),
      pending: await pendingVersionFor(tx, i.month),
      idTaken: i.versionId ? (await findListVersion(tx, i.versionId)) !== undefined : false,
    };
  },
  decide(state, i, ctx) {
    if (state.idTaken) throw conflict(`list version '${i.versionId}' already exists`);
    assertMayProposeFor(i.month, state.pending);
    const lines = snapshotRanking(state.ranking);
    const versionId = i.versionId ?? ctx.newId(`list-${i.month}`);
    return [{ type: 'ListVersionProposed', stream: `list:${versionId}`, payload: { versionId, month: i.month, lines } }];
  },
});
