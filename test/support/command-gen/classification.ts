/** Generators for classification: owners (and stewards) setting levels on pledges, packages and shipments; sometimes a stranger (refused). */
import type { Actor, Role } from '../../../src/domain/actors.ts';
import { LEVELS, REASON_CODES } from '../../../src/domain/classification.ts';
import { pick, type Family, type Step, type World } from './world.ts';

const KINDS = [
  { kind: 'pledge', field: ['record', 'amount'], ids: 'SELECT pledge_id AS id FROM pledges ORDER BY pledge_id', create: 'announcePledge' },
  { kind: 'package', field: ['record', 'lines'], ids: 'SELECT package_id AS id FROM packages ORDER BY package_id', create: 'createPackage' },
  { kind: 'shipment', field: ['record', 'schedule'], ids: 'SELECT shipment_id AS id FROM shipments ORDER BY shipment_id', create: 'recordShipment' },
] as const;

async function classifierOf(w: World, kind: string, id: string, s: Step): Promise<Actor> {
  if (s.percent > 95) return w.actor('auditor');
  if (kind === 'pledge') {
    const owners = await w.ids('SELECT org_id AS id FROM pledge_contributors WHERE pledge_id = $1 ORDER BY position', [id]);
    const orgId = s.percent > 90 ? 'nato' : (pick(owners, s.picks[2]) ?? 'nl');
    const role = (await w.db.query<{ role: Role }>('SELECT role FROM organizations WHERE org_id = $1', [orgId]))[0]?.role ?? 'ally';
    return { orgId, role, userId: 'generator' };
  }
  if (s.percent > 90) return w.actor('ally');
  return w.actor(kind === 'package' ? 'coordinator' : (['coordinator', 'supplier', 'recipient'] as const)[s.picks[2] % 3]!);
}

export const classificationFamily: Family = {
  name: 'classification',
  weight: 2,
  builders: {
    classify: {
      weight: 1,
      async build(w, s) {
        const k = KINDS[s.picks[1] % KINDS.length]!;
        // Like w.target: above 85 percent it acts on what there is, a missing id when nothing.
        const id = pick(await w.ids(k.ids), s.picks[0]) ?? (s.percent > 85 ? 'missing-record' : undefined);
        if (!id) return w.delegate(k.create, s);
        const level = LEVELS[s.picks[3] % LEVELS.length]!;
        const orgs = await w.ids("SELECT org_id AS id FROM organizations WHERE role <> 'coordinator' ORDER BY org_id");
        const input: Record<string, unknown> = { kind: k.kind, id, field: k.field[s.flag ? 1 : 0], level };
        if (level !== 'public') input.reason = REASON_CODES[s.picks[2] % REASON_CODES.length];
        if (level === 'restricted' && s.percent % 2 === 0) input.readers = [pick(orgs, s.picks[3]) ?? 'nl'];
        if (level !== 'public' && s.percent % 3 === 0) input.discloseOn = new Date(w.now().getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
        return { cmd: 'classify', actor: await classifierOf(w, k.kind, id, s), input };
      },
    },
  },
};
