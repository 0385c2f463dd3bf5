/** approve-list-version: Ukraine, NATO and the US each approve a version once; the third approval completes it. */
import { z } from 'zod';
import { checkApproval } from '../../domain/list-version.ts';
import { getListVersion } from '../../store/repositories/requirements.ts';
import { defineCommand } from '../command.ts';
import { idSchema } from '../schemas.ts';

export const approveListVersion = defineCommand({
  name: 'approve-list-version',
  summary: "Approve a monthly list version on behalf of your organization's role",
  input: z.object({ versionId: idSchema }),
  roles: ['recipient', 'coordinator', 'supplier'],
  load: (tx, i) => getListVersion(tx, i.versionId),
  decide(version, _i, ctx) {
    const { complete } = checkApproval(version, ctx.actor);
    return [
      {
        type: 'ListVersionApproved',
        stream: `list:${version.versionId}`,
        payload: { versionId: version.versionId, role: ctx.actor.role, orgId: ctx.actor.orgId, complete },
      },
    ];
  },
});
