import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../api.ts';

/** What a screen knows of one GET: its answer, the server's refusal, or that it is still coming. */
export interface Fetched<T> {
  data: T | undefined;
  error: ApiError | null;
  isLoading: boolean;
  reload: () => void;
}

/**
 * GETs `path` when the screen opens and again whenever `path` changes or `reload()` is
 * called; a `null` path fetches nothing. An answer that arrives after the screen moved on is
 * dropped, so a slow reply never overwrites a newer one.
 */
export function useFetched<T>(path: string | null): Fetched<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [isLoading, setLoading] = useState(path !== null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (path === null) return;

    const controller = new AbortController();
    setLoading(true);
    api<T>(path, { signal: controller.signal })
      .then((answer) => {
        setData(answer);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(failure instanceof ApiError ? failure : new ApiError(0, undefined));
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });

    return () => controller.abort();
  }, [path, round]);

  const reload = useCallback(() => setRound((value) => value + 1), []);

  return { data, error, isLoading, reload };
}
