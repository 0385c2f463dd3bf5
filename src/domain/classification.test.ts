/**
 * Proves the classification rules: who may read at each level (the public only public; any
 * participant coalition; only owners and named readers restricted), that a disclosure date makes a
 * level public from that day, that a field is never less protected than its record, who may
 * classify, and the shape rules (reasons, readers, future disclosure dates).
 */
import { describe, expect, it } from 'vitest';
import {
  COALITION_DEFAULT,
  PUBLIC,
  PUBLIC_VIEWER,
  assertMayClassify,
  combine,
  defaultClassification,
  mayRead,
  normalizeClassification,
  type Classification,
  type Viewer,
} from './classification.ts';

const today = '2025-09-01';
const nl: Viewer = { kind: 'org', orgId: 'nl', role: 'ally' };
const de: Viewer = { kind: 'org', orgId: 'de', role: 'ally' };
const nato: Viewer = { kind: 'org', orgId: 'nato', role: 'coordinator' };
const restricted = (readers: string[] = [], discloseOn: string | null = null): Classification => ({ level: 'restricted', reason: 'donor-confidentiality', readers, discloseOn });

describe('mayRead', () => {
  it('lets the public read only public things, and any participant coalition things', () => {
    expect(mayRead(PUBLIC_VIEWER, PUBLIC, ['nl'], today)).toBe(true);
    expect(mayRead(PUBLIC_VIEWER, COALITION_DEFAULT, ['nl'], today)).toBe(false);
    for (const v of [nl, de, nato]) expect(mayRead(v, COALITION_DEFAULT, ['nl'], today)).toBe(true);
  });
  it('lets only owners and named readers read restricted things', () => {
    expect(mayRead(nl, restricted(), ['nl'], today)).toBe(true);
    expect(mayRead(de, restricted(), ['nl'], today)).toBe(false);
    expect(mayRead(nato, restricted(), ['nl'], today)).toBe(false);
    expect(mayRead(nato, restricted(['nato']), ['nl'], today)).toBe(true);
    expect(mayRead(PUBLIC_VIEWER, restricted(['nato']), ['nl'], today)).toBe(false);
  });
  it('makes a level public from its disclosure date, not before', () => {
    expect(mayRead(PUBLIC_VIEWER, restricted([], '2025-09-02'), ['nl'], today)).toBe(false);
    expect(mayRead(PUBLIC_VIEWER, restricted([], '2025-09-01'), ['nl'], today)).toBe(true);
    expect(mayRead(de, { ...COALITION_DEFAULT, reason: 'ongoing-negotiation', discloseOn: '2025-08-31' }, [], today)).toBe(true);
  });
});

describe('combine', () => {
  it('never leaves a field less protected than its record', () => {
    expect(combine(restricted(['de']), PUBLIC, today).level).toBe('restricted');
    expect(combine(COALITION_DEFAULT, PUBLIC, today).level).toBe('coalition');
    expect(combine(PUBLIC, restricted(), today).level).toBe('restricted');
    // Restricted twice: only readers of both.
    expect(combine(restricted(['de', 'nato']), restricted(['nato']), today).readers).toEqual(['nato']);
    // A record disclosed already does not protect the field any more.
    expect(combine(restricted([], '2025-01-01'), PUBLIC, today).level).toBe('public');
  });
});

describe('who may classify, and how', () => {
  it('allows owners (stewards included) and refuses others', () => {
    expect(() => assertMayClassify({ orgId: 'nl', role: 'ally', userId: 'u' }, 'pledge', ['nl'])).not.toThrow();
    expect(() => assertMayClassify({ orgId: 'nato', role: 'coordinator', userId: 'u' }, 'pledge', ['nl'])).toThrow(/only the pledge's contributors/);
    expect(() => assertMayClassify({ orgId: 'de', role: 'ally', userId: 'u' }, 'package', ['nato'])).toThrow(/only the coordinator/);
  });
  const orgs = new Set(['nl', 'de', 'nato']);
  it.each([
    [{ level: 'restricted' as const }, /reason/],
    [{ level: 'public' as const, readers: ['de'] }, /public level has no readers/],
    [{ level: 'coalition' as const, reason: 'operational-security' as const, readers: ['de'] }, /only a restricted level names readers/],
    [{ level: 'restricted' as const, reason: 'donor-confidentiality' as const, discloseOn: '2025-09-01' }, /must be in the future/],
    [{ level: 'restricted' as const, reason: 'donor-confidentiality' as const, readers: ['xx'] }, /unknown organization 'xx'/],
  ])('refuses %o', (input, message) => {
    expect(() => normalizeClassification(input, today, orgs)).toThrow(message);
  });
  it('normalizes readers (sorted, once each)', () => {
    expect(normalizeClassification({ level: 'restricted', reason: 'donor-confidentiality', readers: ['nato', 'de', 'nato'] }, today, orgs)).toEqual({
      level: 'restricted',
      reason: 'donor-confidentiality',
      readers: ['de', 'nato'],
      discloseOn: null,
    });
  });
  it('defaults: a sourced pledge is public; everything else coalition', () => {
    expect(defaultClassification('pledge', { hasSources: true })).toEqual(PUBLIC);
    expect(defaultClassification('pledge', { hasSources: false })).toEqual(COALITION_DEFAULT);
    expect(defaultClassification('package', {})).toEqual(COALITION_DEFAULT);
  });
});
