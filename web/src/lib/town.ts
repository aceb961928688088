import { useSyncExternalStore } from 'react';
import { authApi } from '../api/auth';
import { useAuth } from '../auth/auth-context';

/** The choice just made in this tab, shown at once while the server keeps it (per person). */
let pending: { userId: string; townId: string } | null = null;
const listeners = new Set<() => void>();
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const current = () => pending;
const notify = () => {
  for (const l of listeners) l();
};

interface TownChoice {
  /** The towns a person above the town level chooses among (empty for town and village staff). */
  towns: { id: string; name: string }[];
  /** Whether this person chooses a town (county, city, province staff). */
  chooses: boolean;
  /** The `orgId` to send to per-town pages and lists: the chosen town, or undefined (the server uses the person's own). */
  townId: string | undefined;
  /** The town the pages show: the chosen one, or the person's own. */
  townName: string | null;
  choose: (id: string) => Promise<void>;
}

/**
 * The town that every per-town page and list (review dashboard and ledgers, disclosure pages, 三务公开,
 * complaints, 公平竞争审查) shows. Town and village staff have theirs; staff above choose one in the
 * header. The choice is kept with the person on the server (`PUT /auth/me/town`), so it follows them to
 * any browser; until they choose, the server offers the town with the most recent activity.
 */
export function useTown(): TownChoice {
  const { user, refresh } = useAuth();
  const local = useSyncExternalStore(subscribe, current);
  const towns = user?.towns ?? [];
  const chooses = !user?.town && towns.length > 0;
  const wanted = local && local.userId === user?.id ? local.townId : user?.chosenTown?.id;
  const chosen = chooses ? (towns.find((t) => t.id === wanted) ?? towns[0]) : undefined;
  return {
    towns,
    chooses,
    townId: chosen?.id,
    townName: chosen?.name ?? user?.town?.name ?? null,
    choose: async (id) => {
      if (!user) return;
      pending = { userId: user.id, townId: id };
      notify();
      await authApi.chooseTown(id);
      await refresh();
    },
  };
}
