import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { ApiRequestError, getJson } from './api.ts';

export type ApiState<T> =
  | { status: 'loading' }
  | { status: 'failed'; code: string; retry: () => void }
  | { status: 'ready'; data: T };

type Settled<T> = { path: string; attempt: number } & ({ ok: true; data: T } | { ok: false; code: string });

/**
 * Loads one API resource for a page. A null path loads nothing and stays loading (the page
 * has already decided what to show). Answers for a path the page has since left are dropped.
 */
export function useApi<S extends z.ZodType>(path: string | null, schema: S): ApiState<z.output<S>> {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<z.output<S>> | null>(null);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    getJson(path, schema, controller.signal).then(
      (data) => setSettled({ path, attempt, ok: true, data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const code = error instanceof ApiRequestError ? error.code : 'unknown';
        setSettled({ path, attempt, ok: false, code });
      },
    );
    return () => controller.abort();
  }, [path, schema, attempt]);

  if (settled === null || settled.path !== path || settled.attempt !== attempt) return { status: 'loading' };
  if (!settled.ok) return { status: 'failed', code: settled.code, retry };
  return { status: 'ready', data: settled.data };
}
