/** record-fx-rate: a dated exchange rate with its source, used for analysis and conversions. */
import { z } from 'zod';
import { invalid } from '../../domain/errors.ts';
import { parseRate } from '../../domain/fx.ts';
import { defineCommand } from '../command.ts';
import { currencySchema, isoDay } from '../schemas.ts';

export const recordFxRate = defineCommand({
  name: 'record-fx-rate',
  summary: 'Record a dated exchange rate (1 base = rate quote) with its source',
  input: z.object({
    date: isoDay,
    base: currencySchema,
    quote: currencySchema,
    rate: z.string().regex(/^\d+(\.\d{1,12})?$/, 'must be a positive decimal such as "1.1565"'),
    source: z.string().trim().min(3).max(1000),
    note: z.string().max(1000).optional(),
  }),
  roles: ['coordinator'],
  load: async () => null,
  decide(_s, i) {
    if (i.base === i.quote) throw invalid('quote', 'base and quote must differ');
    parseRate(i.rate, 'rate');
    return [{ type: 'FxRateRecorded', stream: `fx:${i.base}${i.quote}`, payload: i }];
  },
});
