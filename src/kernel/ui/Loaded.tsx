import type { ReactNode } from 'react';
import { NotFound } from './NotFound.tsx';
import { PageError, PageLoading } from './PageStatus.tsx';
import type { ApiState } from './use-api.ts';

/**
 * Renders a page's data once it is there, and the shared loading, not-found and error states
 * until then, so every page treats them alike.
 */
export function Loaded<T>({
  state,
  loadingLabel,
  children,
}: {
  state: ApiState<T>;
  loadingLabel: string;
  children: (data: T) => ReactNode;
}) {
  if (state.status === 'loading') return <PageLoading label={loadingLabel} />;
  if (state.status === 'failed') {
    return state.code === 'not_found' ? <NotFound /> : <PageError code={state.code} retry={state.retry} />;
  }
  return <>{children(state.data)}</>;
}
