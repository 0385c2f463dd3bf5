/** contract-package: the US supplier contracts a funded package, giving the case (e.g. LOA) reference. */
import { z } from 'zod';
import { contract } from '../../domain/package.ts';
import { getPackage } from '../../store/repositories/packages.ts';
import { defineCommand } from '../command.ts';
import { idSchema } from '../schemas.ts';

export const contractPackage = defineCommand({
  name: 'contract-package',
  summary: 'Contract a funded package under a case (LOA) reference',
  input: z.object({
    packageId: idSchema,
    caseReference: z.string().trim().min(2, 'give the case or LOA reference').max(100),
  }),
  roles: ['supplier'],
  load: (tx, i) => getPackage(tx, i.packageId),
  decide: (pkg, i) => contract(pkg, i.caseReference),
});
