/**
 * Illustrative classification in the demo: the record itself says package contents are withheld
 * "for security reasons" (BRIEF section 4), so the demo restricts one package's lines and one
 * shipment's schedule, through the classify command like any owner would, to show what a reader
 * who is not cleared sees (the fields withheld, and why) and what the public never sees. Invented,
 * like every illustrative package; see README.md beside this file.
 */
import { COMMANDS } from '../commands/index.ts';
import { dispatch } from '../commands/dispatch.ts';
import type { Actor } from '../domain/actors.ts';
import type { Database } from '../store/db.ts';

const CLASSIFIED_AT = new Date('2025-11-30T12:00:00Z');
const NATO: Actor = { orgId: 'nato', role: 'coordinator', userId: 'demo-illustrative' };
const US: Actor = { orgId: 'us-dod', role: 'supplier', userId: 'demo-illustrative' };

export const DEMO_CLASSIFICATIONS = [
  {
    actor: NATO,
    input: { kind: 'package', id: 'pkg-ca-air-defence', field: 'lines', level: 'restricted', reason: 'operational-security', readers: ['ua-mod', 'us-dod'], note: 'illustrative: what this package holds is shared with Ukraine and the US supplier only' },
  },
  {
    actor: US,
    input: { kind: 'shipment', id: 'ship-de-2', field: 'schedule', level: 'restricted', reason: 'operational-security', note: 'illustrative: delivery dates and quantities stay with the coordinator, supplier and recipient' },
  },
] as const;

/** Sets the demo's levels; records that are not there (the illustrative record was not loaded) are skipped. */
export async function loadIllustrativeClassification(db: Database): Promise<number> {
  let n = 0;
  for (const c of DEMO_CLASSIFICATIONS) {
    const table = c.input.kind === 'package' ? 'SELECT 1 FROM packages WHERE package_id = $1' : 'SELECT 1 FROM shipments WHERE shipment_id = $1';
    if ((await db.query(table, [c.input.id])).length === 0) continue;
    // Dated at the end of the illustrative history (July-November 2025), like the rest of it.
    await dispatch(db, COMMANDS.classify, { actor: c.actor, input: { ...c.input, readers: 'readers' in c.input ? [...c.input.readers] : undefined } }, { now: () => CLASSIFIED_AT });
    n += 1;
  }
  return n;
}
