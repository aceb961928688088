import { useSyncExternalStore } from 'react';
import { useAuth } from '../auth/auth-context';

const KEY = 'fazhi.town';
const listeners = new Set<() => void>();
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const stored = () => localStorage.getItem(KEY);

interface TownChoice {
  /** The towns a person above the town level chooses among (empty for town and village staff). */
  towns: { id: string; name: string }[];
  /** Whether this person chooses a town (county, city, province staff). */
  chooses: boolean;
  /** The `orgId` to send to per-town endpoints: the chosen town, or undefined (the server uses the person's own). */
  townId: string | undefined;
  /** The town the pages show: the chosen one, or the person's own. */
  townName: string | null;
  choose: (id: string) => void;
}

/**
 * The town that per-town pages (the guide, the annual report, village-affairs rules, review settings)
 * show. Town and village staff have theirs; staff above choose one in the header, remembered in this
 * browser, first town by division code until they do.
 */
export function useTown(): TownChoice {
  const { user } = useAuth();
  const saved = useSyncExternalStore(subscribe, stored);
  const towns = user?.towns ?? [];
  const chooses = !user?.town && towns.length > 0;
  const chosen = chooses ? (towns.find((t) => t.id === saved) ?? towns[0]) : undefined;
  return {
    towns,
    chooses,
    townId: chosen?.id,
    townName: chosen?.name ?? user?.town?.name ?? null,
    choose: (id) => {
      localStorage.setItem(KEY, id);
      for (const l of listeners) l();
    },
  };
}
