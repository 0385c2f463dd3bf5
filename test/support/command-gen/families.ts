/** Every command family's generator. A command added to the registry needs a builder in one of them. */
import fc from 'fast-check';
import { allocationFamily } from './allocations.ts';
import { classificationFamily } from './classification.ts';
import { deliveryFamily } from './deliveries.ts';
import { guaranteeFamily } from './guarantees.ts';
import { packageFamily } from './packages.ts';
import { pledgeFamily } from './pledges.ts';
import { referenceFamily } from './reference.ts';
import { requirementFamily } from './requirements.ts';
import { userFamily } from './users.ts';
import { familySteps, type Builder, type CommandKey, type Family, type Step } from './world.ts';

export const FAMILIES: Family[] = [referenceFamily, pledgeFamily, requirementFamily, packageFamily, allocationFamily, deliveryFamily, userFamily, guaranteeFamily, classificationFamily];

export const BUILDERS: Map<CommandKey, Builder> = new Map(
  FAMILIES.flatMap((f) => Object.entries(f.builders).map(([cmd, b]) => [cmd as CommandKey, b.build] as const)),
);

/** One step: a family (by its weight), then one of its commands (by theirs). */
export const anyStep: fc.Arbitrary<Step> = fc.oneof(...FAMILIES.map((f) => ({ arbitrary: familySteps(f), weight: f.weight })));
