/**
 * Organization names for display: an Ally is named by its country in the chosen language (Intl
 * DisplayNames: "Denmark" / "Данія"); others by their registered name. Joint pledges list members.
 */
import { useMemo } from 'react';
import { api, unwrap } from '../api/client.ts';
import { useQuery } from '../api/use-query.ts';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n.tsx';

export type Organization = components['schemas']['Organization'];

export function useOrganizations() {
  return useQuery(async () => unwrap(await api.GET('/organizations')).items, []);
}

export function useOrgName(): (orgId: string) => string {
  const i18n = useI18n();
  const { locale } = i18n;
  const orgs = useOrganizations();
  return useMemo(() => {
    const regions = new Intl.DisplayNames([locale === 'uk' ? 'uk' : 'en'], { type: 'region' });
    const byId = new Map((orgs.data ?? []).map((o) => [o.orgId, o]));
    return (orgId: string) => {
      const o = byId.get(orgId);
      if (o?.role === 'ally' && o.country) return regions.of(o.country) ?? o.name;
      // The demo's non-Ally organizations have names in both languages; any other keeps its registered name.
      const known = i18n.tMaybe('org', orgId);
      return known !== orgId ? known : (o?.name ?? orgId);
    };
  }, [orgs.data, locale, i18n]);
}

/** "Denmark, Norway, Sweden" for a joint group of contributors. */
export function useGroupName(): (orgIds: readonly string[]) => string {
  const name = useOrgName();
  const { locale } = useI18n();
  return useMemo(() => {
    const list = new Intl.ListFormat(locale === 'uk' ? 'uk' : 'en', { style: 'short', type: 'unit' });
    return (ids: readonly string[]) => list.format(ids.map(name));
  }, [name, locale]);
}
