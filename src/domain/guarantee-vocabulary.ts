/**
 * The vocabulary of the security-guarantees registry, as data: the pillars (BRIEF section 5, in its
 * order), the kinds of framework, how binding a framework is, and how firm a party's word is.
 * Views, schemas and the status rules all read these lists, so a new value is added here once.
 */

/** Pillars exactly as BRIEF section 5 lists them; a commitment carries one or more. */
export const PILLARS = [
  'sustained_funding',
  'weapons_supply',
  'air_defence',
  'maritime_security',
  'air_policing',
  'training',
  'intelligence',
  'defence_industry',
  'reconstruction',
  'sanctions',
  'diplomatic_support',
  'forces',
  'cyber',
  'demining',
  'other',
] as const;
export type Pillar = (typeof PILLARS)[number];

export const PILLAR_LABEL: Record<Pillar, string> = {
  sustained_funding: 'sustained funding for the armed forces',
  weapons_supply: 'weapons and ammunition supply',
  air_defence: 'air defence',
  maritime_security: 'maritime security',
  air_policing: 'air policing',
  training: 'training',
  intelligence: 'intelligence',
  defence_industry: 'defence-industrial cooperation',
  reconstruction: 'reconstruction',
  sanctions: 'sanctions',
  diplomatic_support: 'diplomatic support',
  forces: 'forces on the ground or in reserve',
  cyber: 'cyber',
  demining: 'demining',
  other: 'other',
};

export const isPillar = (v: string): v is Pillar => (PILLARS as readonly string[]).includes(v);

export const FRAMEWORK_KINDS = ['bilateral_agreement', 'multilateral_declaration', 'coalition_arrangement', 'guarantee_under_negotiation'] as const;
export type FrameworkKind = (typeof FRAMEWORK_KINDS)[number];

/**
 * How binding a framework's text is. `strength` orders levels for "the most binding" in a view
 * (null: not known); `ratification` says whether the legal-status track passes through
 * `ratified` (true), skips it (false), or may do either because nobody has said (null).
 */
export const BINDING_LEVELS = {
  none: { strength: 0, ratification: false, label: 'no text agreed yet: nothing binding' },
  political_declaration: { strength: 1, ratification: false, label: 'political declaration, not legally binding' },
  memorandum_of_understanding: { strength: 1, ratification: false, label: 'memorandum of understanding' },
  executive_agreement: { strength: 2, ratification: false, label: 'executive agreement: binds the government, no parliamentary approval' },
  treaty: { strength: 3, ratification: true, label: 'treaty: binding once ratified' },
  ratified_law: { strength: 4, ratification: true, label: 'ratified and enacted in law' },
  unknown: { strength: null, ratification: null, label: 'not stated in the sources found' },
} as const satisfies Record<string, { strength: number | null; ratification: boolean | null; label: string }>;
export type BindingLevel = keyof typeof BINDING_LEVELS;
export const BINDING_LEVEL_NAMES = Object.keys(BINDING_LEVELS) as BindingLevel[];

/** A party's role in a framework: it guarantees, it is guaranteed (Ukraine), or it takes part otherwise. */
export const PARTY_ROLES = ['guarantor', 'beneficiary', 'participant'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/**
 * How firm a party's word is: a commitment made in a framework, an offer or proposal made in talks,
 * a position stated (often reported by another party), or something explicitly ruled out.
 */
export const STANCES = ['committed', 'offered', 'proposed', 'stated', 'ruled_out'] as const;
export type Stance = (typeof STANCES)[number];

/** How an amount was stated, as for pledges. */
export const QUALIFIERS = ['exact', 'about', 'up_to', 'at_least'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Kinds of dated entry in a negotiation record. */
export const MILESTONE_KINDS = ['meeting', 'summit', 'statement', 'proposal', 'offer', 'planning', 'negotiation_round', 'signature', 'background'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
