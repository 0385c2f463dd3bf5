/**
 * The coordinator's plain moves of a package, one command each: prioritise (draft -> prioritised),
 * open funding (prioritised -> funding), close (delivered -> closed) and cancel (with a reason; it
 * releases every live allocation and returns the lines to priced). They share one shape.
 */
import { z } from 'zod';
import type { NewEvent } from '../../domain/events.ts';
import { cancel, close, openFunding, prioritise, type Package } from '../../domain/package.ts';
import { getPackage } from '../../store/repositories/packages.ts';
import { defineCommand } from '../command.ts';
import { idSchema, reasonSchema } from '../schemas.ts';

function packageMove(opts: { name: string; summary: string; reasonRequired: boolean; decide: (p: Package, reason: string | undefined) => NewEvent[] }) {
  return defineCommand({
    name: opts.name,
    summary: opts.summary,
    input: z.object({ packageId: idSchema, reason: opts.reasonRequired ? reasonSchema : reasonSchema.optional() }),
    roles: ['coordinator'],
    load: (tx, i) => getPackage(tx, i.packageId),
    decide: (pkg, i) => opts.decide(pkg, i.reason),
  });
}

export const prioritisePackage = packageMove({
  name: 'prioritise-package',
  summary: 'A draft package is prioritised: agreed as one of the packages to fund next',
  reasonRequired: false,
  decide: (p) => prioritise(p),
});

export const openPackageFunding = packageMove({
  name: 'open-package-funding',
  summary: 'A prioritised package opens for funding: allocations from pledges are sought',
  reasonRequired: false,
  decide: (p) => openFunding(p),
});

export const closePackage = packageMove({
  name: 'close-package',
  summary: 'A delivered package is closed',
  reasonRequired: false,
  decide: (p, reason) => close(p, reason),
});

export const cancelPackage = packageMove({
  name: 'cancel-package',
  summary: 'Cancel a package before anything ships (reason required): its allocations are released and its lines return to priced',
  reasonRequired: true,
  decide: (p, reason) => cancel(p, reason!),
});
