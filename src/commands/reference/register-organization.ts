/** register-organization: the coordinator (or `purl init`) adds a participating organization. */
import { z } from 'zod';
import { ROLES } from '../../domain/actors.ts';
import { conflict } from '../../domain/errors.ts';
import { organizationExists } from '../../store/repositories/pledges.ts';
import { defineCommand } from '../command.ts';
import { idSchema } from '../schemas.ts';

export const registerOrganization = defineCommand({
  name: 'register-organization',
  summary: 'Register a participating organization with its role',
  input: z.object({
    orgId: idSchema,
    name: z.string().trim().min(2).max(200),
    role: z.enum(ROLES),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as NL')
      .optional(),
  }),
  roles: ['coordinator'],
  load: (tx, i) => organizationExists(tx, i.orgId),
  decide(exists, i) {
    if (exists) throw conflict(`organization '${i.orgId}' already exists`);
    return [{ type: 'OrganizationRegistered', stream: `org:${i.orgId}`, payload: i }];
  },
});
