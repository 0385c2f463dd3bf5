/** Response schemas shared across routes: problems, money, events, command results, pages. */
import { z } from 'zod';
import { LEVELS } from '../domain/classification.ts';
import { CURRENCIES, type Currency } from '../domain/money.ts';

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    code: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .loose()
  .meta({ id: 'Problem', description: 'RFC 9457 problem details; `errors` names each offending field' });

export const moneyOut = z
  .object({ minor: z.string(), currency: z.enum(CURRENCIES as [Currency, ...Currency[]]) })
  .meta({ id: 'Money', description: 'An exact amount: integer minor units as a string, with its ISO 4217 code' });

export const sourceOut = z
  .object({
    url: z.string(),
    publisher: z.string().optional(),
    date: z.string().optional(),
    quote: z.string().optional(),
    tier: z.enum(['A', 'B']).optional(),
  })
  .meta({ id: 'Source', description: 'Where a claim was made: URL, publisher, date, quote; tier A is official or quoting officials directly' });

export const levelOut = z.enum(LEVELS).meta({ id: 'Level', description: 'public: anyone; coalition: every participating organization; restricted: its owners and named readers' });

export const withheldOut = z
  .object({ field: z.string(), level: levelOut, reason: z.string().nullable(), discloseOn: z.string().nullable() })
  .meta({ id: 'Withheld', description: 'A field this caller may not read: its level, the reason code, and the day it becomes public, if set' });

export const eventOut = z
  .object({
    seq: z.number().int(),
    type: z.string(),
    stream: z.string(),
    actorOrg: z.string(),
    actorUser: z.string(),
    recordedAt: z.string(),
    command: z.string(),
    idempotencyKey: z.string().nullable(),
    payload: z.record(z.string(), z.unknown()),
    withheld: z.array(withheldOut).optional().describe('Fields of the payload withheld from you (set to null), and why'),
  })
  .meta({ id: 'Event' });

/** Errors every write route may answer with. */
export const writeErrors = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
  429: problemSchema,
};

export const readErrors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const commandResultOut = <T extends z.ZodType>(entity: T) =>
  z.object({
    replayed: z.boolean().describe('true when this Idempotency-Key was seen before: the first result, nothing new recorded'),
    dryRun: z.boolean(),
    events: z.array(eventOut),
    wouldRecord: z.array(z.record(z.string(), z.unknown())),
    result: entity.nullable(),
  });
