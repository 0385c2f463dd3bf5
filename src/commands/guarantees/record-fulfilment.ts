/**
 * record-fulfilment: links evidence to a commitment: part of a PURL pledge, part of one of its
 * payments, or a delivery recorded with its sources. A pledge's money counts toward commitments at
 * most once in total (checkPledgeEvidence); evidence is valued in the commitment's currency at the
 * dated FX table (directly, or through EUR or USD), naming the rates; evidence that would take the
 * commitment past its schedule (or stated total) is refused unless `acceptExcess` says the recorder
 * sees it, and the views then show the excess as such. A judgement, not something the public record
 * says, is marked `illustrative`.
 */
import { z } from 'zod';
import { latestDay, type FuzzyDate } from '../../domain/dates.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import type { FulfilmentEvidence } from '../../domain/events.ts';
import { convertVia, type FxRate } from '../../domain/fx.ts';
import { assertMayKeepCommitment, commitmentCurrency, commitmentTotal, type Commitment } from '../../domain/guarantee-commitment.ts';
import { checkPledgeEvidence, type LinkedPart, type PaymentFacts } from '../../domain/guarantee-fulfilment.ts';
import { format, fromJson, toJson, type Money } from '../../domain/money.ts';
import type { Pledge } from '../../domain/pledge.ts';
import type { Queryable } from '../../store/db.ts';
import {
  findPayment,
  getCommitment,
  idTaken,
  linkedParts,
  linkedValue,
  obligationIds,
  pledgeAnnouncedOn,
  ratesAmong,
  scheduledTotal,
} from '../../store/repositories/guarantees.ts';
import { findPledge } from '../../store/repositories/pledges.ts';
import type { DecideContext } from '../command.ts';
import { defineCommand } from '../command.ts';
import { idSchema } from '../schemas.ts';
import { evidenceSchema, textSchema } from './inputs.ts';

const input = z.object({
  fulfilmentId: idSchema.optional(),
  commitmentId: idSchema,
  obligationId: idSchema.optional(),
  evidence: evidenceSchema,
  illustrative: z.boolean().default(false),
  basis: textSchema(2000),
  acceptExcess: z.boolean().default(false),
});
type Input = z.infer<typeof input>;

interface State {
  commitment: Commitment;
  taken: boolean;
  obligations: string[];
  pledge: (Pledge & { announcedOn: FuzzyDate | null }) | undefined;
  payment: (PaymentFacts & { paidOn: string }) | undefined;
  linked: LinkedPart[];
  rates: FxRate[];
  already: { value: bigint; quantity: bigint };
  scheduled: { money: bigint | null; quantity: bigint | null } | null;
}

async function load(tx: Queryable, i: Input): Promise<State> {
  const commitment = await getCommitment(tx, i.commitmentId);
  const payment = i.evidence.kind === 'payment' ? await findPayment(tx, i.evidence.paymentId) : undefined;
  const pledgeId = i.evidence.kind === 'pledge' ? i.evidence.pledgeId : payment?.pledgeId;
  const found = pledgeId ? await findPledge(tx, pledgeId) : undefined;
  const pledge = found ? { ...found, announcedOn: await pledgeAnnouncedOn(tx, found.pledgeId) } : undefined;
  const currencies = [i.evidence.amount?.currency, commitmentCurrency(commitment.terms), 'EUR', 'USD'].filter((c): c is Money['currency'] => c !== undefined && c !== null);
  return {
    commitment,
    taken: i.fulfilmentId !== undefined && (await idTaken(tx, 'fulfilment', i.fulfilmentId)),
    obligations: await obligationIds(tx, i.commitmentId),
    pledge,
    payment,
    linked: pledge ? await linkedParts(tx, pledge.pledgeId) : [],
    rates: await ratesAmong(tx, currencies),
    already: await linkedValue(tx, i.commitmentId),
    scheduled: await scheduledTotal(tx, i.commitmentId),
  };
}

/** Checks the evidence itself; returns its amount (if money), quantity and the date that values it. */
function checkEvidence(s: State, ev: Input['evidence']): { amount: Money | null; quantity: bigint | null; valuedOn: string; stored: FulfilmentEvidence } {
  const c = s.commitment;
  if (ev.kind === 'delivery') {
    if (c.terms.kind === 'quantity' && ev.quantity === undefined) throw invalid('evidence.quantity', `commitment '${c.commitmentId}' is measured in ${c.terms.unit}: give the quantity delivered`);
    if (c.terms.kind === 'money' && ev.amount === undefined) throw invalid('evidence.amount', `commitment '${c.commitmentId}' is measured in money: give the delivery's value`);
    return { amount: ev.amount ? fromJson(ev.amount, 'evidence.amount') : null, quantity: ev.quantity ? BigInt(ev.quantity) : null, valuedOn: ev.deliveredOn, stored: ev };
  }
  if (c.terms.kind === 'quantity') throw invalid('evidence.kind', `commitment '${c.commitmentId}' is measured in ${c.terms.unit}: it is fulfilled by deliveries, not by money`);
  if (ev.kind === 'payment' && !s.payment) throw notFound('payment', ev.paymentId);
  if (!s.pledge) throw notFound('pledge', ev.kind === 'pledge' ? ev.pledgeId : s.payment!.pledgeId);
  const amount = fromJson(ev.amount, 'evidence.amount');
  checkPledgeEvidence({ ...s.pledge, contributors: s.pledge.contributors.map((x) => x.orgId) }, c.guarantors, s.linked, amount, s.payment);
  const valuedOn = ev.kind === 'payment' ? s.payment!.paidOn : s.pledge.announcedOn ? latestDay(s.pledge.announcedOn) : s.payment?.paidOn ?? '1970-01-01';
  const stored: FulfilmentEvidence = ev.kind === 'payment' ? { ...ev, pledgeId: s.pledge.pledgeId } : ev;
  return { amount, quantity: null, valuedOn, stored };
}

function decide(s: State, i: Input, ctx: DecideContext) {
  const c = s.commitment;
  assertMayKeepCommitment(ctx.actor, c, 'record its fulfilment');
  if (s.taken) throw conflict(`fulfilment '${i.fulfilmentId}' already exists`);
  if (c.stance === 'ruled_out') throw conflict(`commitment '${c.commitmentId}' records something ruled out; there is nothing to fulfil`);
  if (i.obligationId !== undefined && !s.obligations.includes(i.obligationId)) throw notFound('obligation', `${c.commitmentId}/${i.obligationId}`);
  const ev = checkEvidence(s, i.evidence);
  const currency = commitmentCurrency(c.terms);
  let value: Money | null = null;
  let fx: FxRate[] = [];
  if (currency !== null && ev.amount !== null) {
    const converted = convertVia(s.rates, ev.amount, currency, ev.valuedOn, ['EUR', 'USD']);
    if (!converted) throw conflict(`no FX rate in the table values ${ev.amount.currency} in ${currency}; record one first`, { from: ev.amount.currency, to: currency });
    value = converted.money;
    fx = converted.rates;
  }
  const total = s.scheduled ? (s.scheduled.money ?? s.scheduled.quantity) : (() => {
    const t = commitmentTotal(c.terms);
    return t === null ? null : t.unit === 'money' ? t.money.minor : t.quantity;
  })();
  const adding = value?.minor ?? ev.quantity;
  const before = value !== null ? s.already.value : s.already.quantity;
  if (total !== null && adding !== null && before + adding > total && !i.acceptExcess) {
    const unit = (n: bigint) => (value !== null ? format({ minor: n, currency: value.currency }) : `${n}`);
    throw conflict(
      `this evidence (${unit(adding)}) takes commitment '${c.commitmentId}' past its ${s.scheduled ? 'schedule' : 'stated figure'} (${unit(before)} of ${unit(total)} already linked); ` +
        'record it with acceptExcess: true to show the excess as such',
      { scheduledMinor: total.toString(), linkedMinor: before.toString(), addingMinor: adding.toString() },
    );
  }
  const fulfilmentId = i.fulfilmentId ?? ctx.newId('fulfilment');
  return [
    {
      type: 'FulfilmentRecorded' as const,
      stream: `commitment:${c.commitmentId}`,
      payload: {
        fulfilmentId,
        commitmentId: c.commitmentId,
        obligationId: i.obligationId,
        evidence: ev.stored,
        value: value ? toJson(value) : null,
        valuedOn: ev.valuedOn,
        fx: fx.map((r) => ({ date: r.date, base: r.base, quote: r.quote, rate: r.rate })),
        illustrative: i.illustrative,
        basis: i.basis,
        acceptExcess: i.acceptExcess,
      },
    },
  ];
}

export const recordFulfilment = defineCommand({
  name: 'record-fulfilment',
  summary: 'Link evidence to a commitment: part of a PURL pledge or payment (counted once in total), or a sourced delivery',
  input,
  roles: ['ally', 'coordinator'],
  load,
  decide,
});
