/** create-package: the coordinator groups whole priced requirement lines into a package (a draft). */
import { z } from 'zod';
import { conflict } from '../../domain/errors.ts';
import { formPackage } from '../../domain/package.ts';
import { candidateLines, packageExists } from '../../store/repositories/packages.ts';
import { defineCommand } from '../command.ts';
import { idSchema } from '../schemas.ts';

export const createPackageInput = z.object({
  packageId: idSchema.optional(),
  name: z.string().trim().min(2, 'name the package (at least 2 characters)').max(200),
  lines: z.array(idSchema).min(1, 'name at least one priced requirement line').max(500),
  /** Whether allocations may take the package's funding beyond its price. */
  allowOverFunding: z.boolean().default(false),
  /** True for invented demonstration packages, which views must label as such. */
  illustrative: z.boolean().default(false),
});

export const createPackage = defineCommand({
  name: 'create-package',
  summary: 'Form a draft package from whole priced requirement lines; its price is the sum of quantity x supplier unit price',
  input: createPackageInput,
  roles: ['coordinator'],
  async load(tx, i) {
    return {
      idTaken: i.packageId !== undefined && (await packageExists(tx, i.packageId)),
      lines: await candidateLines(tx, i.lines),
    };
  },
  decide(state, i, ctx) {
    if (state.idTaken) throw conflict(`package '${i.packageId}' already exists`);
    return formPackage(
      { packageId: i.packageId ?? ctx.newId('pkg'), name: i.name, lineIds: i.lines, allowOverFunding: i.allowOverFunding, illustrative: i.illustrative },
      state.lines,
    );
  },
});
