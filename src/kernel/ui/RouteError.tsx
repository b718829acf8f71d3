import { PageError } from './PageStatus.tsx';

/** Shown inside the layout when a page fails to render, instead of React Router's own screen. */
export function RouteError() {
  return <PageError code="unknown" retry={() => window.location.reload()} />;
}
