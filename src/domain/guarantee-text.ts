/** Commitment terms as people read them, exactly ("GBP 2.5bn for 2024/25", "0.25% of GDP per year, 2024-2026"). Pure. */
import type { CommitmentTerms } from './events.ts';
import { formatCompact } from './money-text.ts';
import { fromJson } from './money.ts';

const QUALIFIER_TEXT = { exact: '', about: 'about ', up_to: 'up to ', at_least: 'at least ' } as const;

export function describeTerms(t: CommitmentTerms): string {
  switch (t.kind) {
    case 'qualitative':
      return 'no figure (a statement)';
    case 'money':
      return `${QUALIFIER_TEXT[t.qualifier]}${formatCompact(fromJson(t.amount))}${t.basis === 'per_year' ? ' a year' : ''} (${t.period.text})`;
    case 'gdp_share':
      return `${QUALIFIER_TEXT[t.qualifier]}${t.percent}% of GDP${t.basis === 'per_year' ? ' a year' : ''} (${t.period.text})`;
    case 'quantity':
      return `${QUALIFIER_TEXT[t.qualifier]}${t.quantity} ${t.unit} of ${t.item} (${t.period.text})`;
  }
}
