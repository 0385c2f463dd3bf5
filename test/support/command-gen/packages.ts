/** Generators for packages: forming them from priced lines, and their moves from draft to closed or cancelled. */
import { pick, type Attempt, type CommandKey, type Family, type Step, type World } from './world.ts';

const ANY = 'SELECT package_id AS id FROM packages ORDER BY package_id';
const IN_STATE = 'SELECT package_id AS id FROM packages WHERE state = ANY($1) ORDER BY package_id';

function packageMove(cmd: CommandKey, states: string[], weight: number, reason: boolean, prerequisite: CommandKey) {
  return {
    weight,
    async build(w: World, s: Step): Promise<Attempt> {
      const packageId = await w.target(s, IN_STATE, ANY, [states]);
      if (packageId === null) return w.delegate(prerequisite, s);
      return { cmd, actor: await w.actor('coordinator'), input: { packageId, ...(reason || s.flag ? { reason: `generated ${cmd}` } : {}) } };
    },
  };
}

export const packageFamily: Family = {
  name: 'packages',
  weight: 4,
  builders: {
    createPackage: {
      weight: 6,
      async build(w, s) {
        const priced = await w.ids(`SELECT line_id AS id FROM requirements WHERE status = 'priced' ORDER BY line_id`);
        const all = await w.ids('SELECT line_id AS id FROM requirements ORDER BY line_id');
        if (s.percent <= 85 && priced.length === 0) return w.delegate('priceRequirement', s);
        const from = s.percent <= 85 ? priced : all;
        const count = 1 + (s.picks[1] % 3);
        const lines = [...new Set(Array.from({ length: count }, (_, i) => pick(from, s.picks[0] + i) ?? 'missing-record'))];
        return {
          cmd: 'createPackage',
          actor: await w.actor('coordinator'),
          input: { packageId: w.fresh('pkg'), name: `Package ${s.picks[2] % 1000}`, lines, allowOverFunding: s.percent % 5 === 0 },
        };
      },
    },
    prioritisePackage: packageMove('prioritisePackage', ['draft'], 5, false, 'createPackage'),
    openPackageFunding: packageMove('openPackageFunding', ['prioritised'], 5, false, 'prioritisePackage'),
    contractPackage: {
      weight: 5,
      async build(w, s) {
        const packageId = await w.target(s, IN_STATE, ANY, [['funded']]);
        if (packageId === null) return w.delegate('allocateFunds', s);
        return { cmd: 'contractPackage', actor: await w.actor('supplier'), input: { packageId, caseReference: `LOA-${s.picks[1] % 10_000}` } };
      },
    },
    closePackage: packageMove('closePackage', ['delivered'], 3, false, 'confirmReceipt'),
    cancelPackage: packageMove('cancelPackage', ['draft', 'prioritised', 'funding', 'funded', 'contracted'], 1, true, 'createPackage'),
  },
};
