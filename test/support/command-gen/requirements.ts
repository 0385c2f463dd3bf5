/** Generators for the requirements list: lines and their life, the ranking, monthly versions and approvals. */
import { APPROVER_ROLES } from '../../../src/domain/list-version.ts';
import { CAPABILITY_AREAS } from '../../../src/domain/requirement.ts';
import { activeRanking } from '../../../src/store/repositories/requirements.ts';
import { pick, type Attempt, type CommandKey, type Family, type Step, type World } from './world.ts';

const ANY = 'SELECT line_id AS id FROM requirements ORDER BY line_id';
const IN_STATUS = 'SELECT line_id AS id FROM requirements WHERE status = ANY($1) ORDER BY line_id';
const OPEN = ['proposed', 'validated', 'priced'];

/** A line in one of `statuses`, acted on by `role`, with a reason when asked. */
function lineMove(cmd: CommandKey, role: 'coordinator' | 'recipient', statuses: string[], weight: number, reason: boolean, prerequisite: CommandKey) {
  return {
    weight,
    async build(w: World, s: Step): Promise<Attempt> {
      const lineId = await w.target(s, IN_STATUS, ANY, [statuses]);
      if (lineId === null) return w.delegate(prerequisite, s);
      return { cmd, actor: await w.actor(role), input: { lineId, ...(reason ? { reason: `generated ${cmd}` } : {}) } };
    },
  };
}

/** A permutation of `list` driven by the random picks (a Fisher-Yates shuffle). */
function shuffle<T>(list: readonly T[], s: Step): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (s.picks[i % 4]! + i * 31) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export const requirementFamily: Family = {
  name: 'requirements',
  weight: 4,
  builders: {
    proposeRequirement: {
      weight: 4,
      async build(w, s) {
        return {
          cmd: 'proposeRequirement',
          actor: await w.actor('recipient'),
          input: {
            lineId: w.fresh('r'),
            capabilityArea: pick(CAPABILITY_AREAS, s.picks[0])!,
            item: `Item ${s.picks[1] % 100}`,
            quantity: String(1 + (s.picks[2] % 40)),
            unit: 'unit',
            estimatedUnitPrice: { minor: String(10_000n + (s.amount % 100_000_000n)), currency: 'USD' },
            neededBy: `2025-${String(7 + (s.picks[3] % 6)).padStart(2, '0')}`,
            partialAllowed: s.flag,
          },
        };
      },
    },
    validateRequirement: lineMove('validateRequirement', 'coordinator', ['proposed'], 4, false, 'proposeRequirement'),
    priceRequirement: {
      weight: 4,
      async build(w, s) {
        const lineId = await w.target(s, IN_STATUS, ANY, [['validated', 'validated', 'priced']]);
        if (lineId === null) return w.delegate('validateRequirement', s);
        return {
          cmd: 'priceRequirement',
          actor: await w.actor('supplier'),
          input: { lineId, unitPrice: { minor: String(10_000n + (s.amount % 50_000_000n)), currency: 'USD' }, availability: s.flag ? 'from US stocks' : 'new production, 6 months' },
        };
      },
    },
    rejectRequirement: lineMove('rejectRequirement', 'coordinator', OPEN, 1, true, 'proposeRequirement'),
    withdrawRequirement: lineMove('withdrawRequirement', 'recipient', OPEN, 1, true, 'proposeRequirement'),
    rerankRequirements: {
      weight: 2,
      async build(w, s) {
        const ranking = await activeRanking(w.db);
        const input =
          s.flag && ranking.length > 0
            ? { lineId: pick(ranking, s.picks[0])!, toRank: 1 + (s.picks[1] % ranking.length) }
            : { order: ranking.length > 0 ? shuffle(ranking, s) : ['missing-record'] };
        return { cmd: 'rerankRequirements', actor: await w.actor('recipient'), input: { ...input, reason: 'new priorities' } };
      },
    },
    proposeListVersion: {
      weight: 1,
      async build(w, s) {
        const month = s.flag ? w.month() : `2025-${String(7 + (s.picks[0] % 6)).padStart(2, '0')}`;
        return { cmd: 'proposeListVersion', actor: await w.actor('recipient'), input: { month, versionId: w.fresh('v') } };
      },
    },
    approveListVersion: {
      weight: 2,
      async build(w, s) {
        const versionId = await w.target(s, `SELECT version_id AS id FROM list_versions WHERE status = 'pending' ORDER BY version_id`, 'SELECT version_id AS id FROM list_versions ORDER BY version_id');
        if (versionId === null) return w.delegate('proposeListVersion', s);
        return { cmd: 'approveListVersion', actor: await w.actor(pick(APPROVER_ROLES, s.picks[1])!), input: { versionId } };
      },
    },
  },
};
