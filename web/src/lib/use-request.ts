import { useCallback, useEffect, useRef, useState } from 'react';

export interface RequestState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs `load` whenever `deps` change and keeps the last answer. A slower, older answer never
 * overwrites a newer one (filters typed quickly fire several requests).
 */
export function useRequest<T>(
  load: () => Promise<T>,
  deps: readonly unknown[],
  enabled = true,
): RequestState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(enabled);
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  // `load` is a fresh closure each render; `deps` say when it really changed.
  const loadRef = useRef(load);
  loadRef.current = load;
  const version = useChangeCount(deps);

  useEffect(() => {
    if (!enabled) {
      setLoading(false);
      return;
    }
    const id = ++latest.current;
    setLoading(true);
    loadRef.current().then(
      (value) => {
        if (id !== latest.current) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (id !== latest.current) return;
        setError(e);
        setLoading(false);
      },
    );
  }, [version, tick, enabled]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload };
}

/** A count that grows whenever an entry of `deps` changes (by `Object.is`, as React compares them). */
function useChangeCount(deps: readonly unknown[]): number {
  const seen = useRef({ deps, count: 0 });
  const prev = seen.current.deps;
  if (prev.length !== deps.length || deps.some((d, i) => !Object.is(d, prev[i])))
    seen.current = { deps, count: seen.current.count + 1 };
  return seen.current.count;
}
