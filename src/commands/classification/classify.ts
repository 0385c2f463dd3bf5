/**
 * classify: set who may read a record, or one sensitive field of it: public, coalition, or
 * restricted to its owners and named readers; with a reason code and an optional disclosure date.
 * Raising and lowering are the same act, allowed to the same people (src/domain/classification.ts).
 */
import { z } from 'zod';
import {
  CLASSIFIED_FIELDS,
  CLASSIFIED_KINDS,
  LEVELS,
  REASON_CODES,
  assertMayClassify,
  normalizeClassification,
  type Classification,
  type ClassifiedKind,
} from '../../domain/classification.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { classificationOf, classifiedRecordExists, loadClassificationState, ownersOf } from '../../store/repositories/classifications.ts';
import { defineCommand } from '../command.ts';
import { idSchema, isoDay } from '../schemas.ts';

interface State {
  exists: boolean;
  owners: string[];
  current: Classification;
  knownOrgs: Set<string>;
}

export const classify = defineCommand({
  name: 'classify',
  summary: 'Set who may read a record or one of its sensitive fields (public, coalition, restricted), with a reason code and an optional disclosure date',
  input: z.object({
    kind: z.enum(CLASSIFIED_KINDS),
    id: idSchema,
    field: z.string().min(1).max(40).default('record'),
    level: z.enum(LEVELS),
    reason: z.enum(REASON_CODES).optional(),
    readers: z.array(idSchema).max(50).optional(),
    discloseOn: isoDay.optional(),
    note: z.string().trim().max(2000).optional(),
  }),
  roles: ['ally', 'recipient', 'coordinator', 'supplier'],
  async load(tx, i): Promise<State> {
    const state = await loadClassificationState(tx);
    return {
      exists: await classifiedRecordExists(tx, i.kind, i.id),
      owners: ownersOf(state, i.kind, i.id),
      current: classificationOf(state, i.kind, i.id, i.field),
      knownOrgs: new Set([...state.orgsByRole.values()].flat()),
    };
  },
  decide(s, i, ctx) {
    const kind: ClassifiedKind = i.kind;
    const fields: readonly string[] = CLASSIFIED_FIELDS[kind];
    if (!fields.includes(i.field)) throw invalid('field', `a ${kind} has the classified fields ${fields.join(', ')}`);
    if (!s.exists) throw notFound(kind, i.id);
    assertMayClassify(ctx.actor, kind, s.owners);
    const next = normalizeClassification(i, ctx.now.slice(0, 10), s.knownOrgs);
    const same = next.level === s.current.level && next.reason === s.current.reason && next.discloseOn === s.current.discloseOn && next.readers.join() === s.current.readers.join();
    if (same) throw conflict(`${kind} '${i.id}' ${i.field} is already so classified`, { level: next.level });
    return [
      {
        type: 'ClassificationSet',
        stream: `classification:${kind}:${i.id}`,
        payload: { kind, id: i.id, field: i.field, ...next, previous: s.current.level, ...(i.note ? { note: i.note } : {}) },
      },
    ];
  },
});
