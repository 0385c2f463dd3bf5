/** Input schemas shared by the guarantee commands: parties, pillars, periods, terms, evidence. */
import { z } from 'zod';
import { LEGAL_STATUSES } from '../../domain/guarantee-status.ts';
import {
  BINDING_LEVEL_NAMES,
  MILESTONE_KINDS,
  PARTY_ROLES,
  PILLARS,
  QUALIFIERS,
  STANCES,
  type BindingLevel,
} from '../../domain/guarantee-vocabulary.ts';
import { fuzzyDateSchema, idSchema, isoDay, positiveMoneySchema, quantitySchema, sourceSchema } from '../schemas.ts';

export const pillarSchema = z.enum(PILLARS, { error: (i) => `'${String(i.input)}' is not a pillar (${PILLARS.join(', ')})` });
export const bindingLevelSchema = z.enum(BINDING_LEVEL_NAMES as [BindingLevel, ...BindingLevel[]], {
  error: (i) => `'${String(i.input)}' is not a binding level (${BINDING_LEVEL_NAMES.join(', ')})`,
});
export const legalStatusSchema = z.enum(LEGAL_STATUSES, { error: (i) => `'${String(i.input)}' is not a legal status (${LEGAL_STATUSES.join(', ')})` });
export const stanceSchema = z.enum(STANCES);
export const milestoneKindSchema = z.enum(MILESTONE_KINDS);

export const sourcesSchema = z.array(sourceSchema).max(20).default([]);
export const textSchema = (max: number) => z.string().trim().min(3, 'give at least 3 characters').max(max);

export const partySchema = z.object({ orgId: idSchema, role: z.enum(PARTY_ROLES), lead: z.boolean().optional() });

/** A period as the source states it: from and to where given (YYYY, YYYY-MM or YYYY-MM-DD), and its words. */
export const periodSchema = z.object({
  from: fuzzyDateSchema.nullable().default(null),
  to: fuzzyDateSchema.nullable().default(null),
  text: textSchema(300),
});

const qualifier = z.enum(QUALIFIERS).default('exact');

export const termsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('money'), amount: positiveMoneySchema, qualifier, basis: z.enum(['total', 'per_year']), period: periodSchema }),
  z.object({
    kind: z.literal('gdp_share'),
    percent: z.string().regex(/^\d{1,3}(\.\d{1,4})?$/, 'must be a percentage such as "0.25"'),
    qualifier,
    basis: z.enum(['total', 'per_year']),
    period: periodSchema,
  }),
  z.object({
    kind: z.literal('quantity'),
    quantity: quantitySchema,
    unit: z.string().trim().min(1).max(100),
    item: z.string().trim().min(2).max(300),
    qualifier,
    period: periodSchema,
  }),
  z.object({ kind: z.literal('qualitative') }),
]);

export const obligationSchema = z.object({
  obligationId: idSchema,
  label: z.string().trim().min(1).max(200).optional(),
  dueBy: fuzzyDateSchema,
  amount: positiveMoneySchema.nullable().default(null),
  quantity: quantitySchema.nullable().default(null),
  note: z.string().max(2000).optional(),
});

export const evidenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pledge'), pledgeId: idSchema, amount: positiveMoneySchema }),
  z.object({ kind: z.literal('payment'), paymentId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a payment id'), amount: positiveMoneySchema }),
  z
    .object({
      kind: z.literal('delivery'),
      description: textSchema(1000),
      amount: positiveMoneySchema.optional(),
      quantity: quantitySchema.optional(),
      deliveredOn: isoDay,
      sources: z.array(sourceSchema).min(1, 'cite at least one source for a delivery').max(20),
    })
    .refine((d) => d.amount !== undefined || d.quantity !== undefined, { message: 'give the amount or the quantity delivered', path: ['amount'] }),
]);
