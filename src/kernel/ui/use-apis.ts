import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { ApiRequestError, getJson } from './api.ts';
import type { ApiState } from './use-api.ts';

/**
 * Loads the same kind of resource from several addresses at once (a network contact's units),
 * ready when all have answered, failed when any has. For a start page section that sums up
 * across units; one page per unit keeps using useApi.
 */
export function useApis<S extends z.ZodType>(paths: readonly string[], schema: S): ApiState<z.output<S>[]> {
  const key = paths.join('\n');
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<{ key: string; attempt: number; state: ApiState<z.output<S>[]> } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    Promise.all(key === '' ? [] : key.split('\n').map((path) => getJson(path, schema, controller.signal))).then(
      (data) => setSettled({ key, attempt, state: { status: 'ready', data } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const code = error instanceof ApiRequestError ? error.code : 'unknown';
        setSettled({ key, attempt, state: { status: 'failed', code, retry: () => setAttempt((n) => n + 1) } });
      },
    );
    return () => controller.abort();
  }, [key, schema, attempt]);

  return settled?.key === key && settled.attempt === attempt ? settled.state : { status: 'loading' };
}
