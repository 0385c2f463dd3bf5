/** The closed vocabularies of the record, as the server defines them (src/domain), for filters and forms. */
export const REQUIREMENT_STATUSES = ['proposed', 'validated', 'priced', 'packaged', 'funded', 'delivered', 'rejected', 'withdrawn'] as const;
export const CAPABILITY_AREAS = ['air_defence', 'long_range_fires', 'artillery', 'armour', 'aviation', 'drones', 'counter_drone', 'ew', 'engineering', 'logistics', 'other'] as const;
export const PACKAGE_STATES = ['draft', 'prioritised', 'funding', 'funded', 'contracted', 'delivering', 'delivered', 'closed', 'cancelled'] as const;
export const PLEDGE_STATES = ['announced', 'pledged', 'committed', 'paid', 'withdrawn', 'lapsed', 'cancelled'] as const;
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'NOK', 'SEK', 'DKK', 'PLN', 'CHF', 'CZK', 'ISK', 'JPY', 'AUD', 'UAH'] as const;
export const QUALIFIERS = ['exact', 'about', 'up_to', 'at_least'] as const;

/** Validation rules shared with the server (src/commands/schemas.ts). */
export const ID_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
export const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
export const QUANTITY_RE = /^\d{1,15}$/;

export function isRealDay(s: string): boolean {
  if (!DAY_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** The security-guarantee registry's vocabulary (src/domain/guarantee-vocabulary.ts). */
export const GUARANTEE_PILLARS = [
  'sustained_funding', 'weapons_supply', 'air_defence', 'maritime_security', 'air_policing', 'training', 'intelligence', 'defence_industry',
  'reconstruction', 'sanctions', 'diplomatic_support', 'forces', 'cyber', 'demining', 'other',
] as const;
export const STANCES = ['committed', 'offered', 'proposed', 'stated', 'ruled_out'] as const;
export const TERM_KINDS = ['qualitative', 'money', 'gdp_share', 'quantity'] as const;
export const FUZZY_DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/;
export const PERCENT_RE = /^\d{1,3}(\.\d{1,4})?$/;
export const FRAMEWORK_KINDS = ['bilateral_agreement', 'multilateral_declaration', 'coalition_arrangement', 'guarantee_under_negotiation'] as const;
export const LEGAL_STATUSES = ['discussed', 'proposed', 'agreed', 'signed', 'ratified', 'in_force', 'suspended', 'expired', 'withdrawn'] as const;
export const BINDING_LEVELS = ['unknown', 'none', 'political_declaration', 'memorandum_of_understanding', 'executive_agreement', 'treaty', 'ratified_law'] as const;
export const PARTY_ROLES = ['guarantor', 'beneficiary', 'participant'] as const;
export const MILESTONE_KINDS = ['meeting', 'summit', 'statement', 'proposal', 'offer', 'planning', 'negotiation_round', 'signature', 'background'] as const;
export const EVIDENCE_KINDS = ['pledge', 'payment', 'delivery'] as const;
