import type { RouteObject } from 'react-router';
import { lazyPage } from '../../kernel/ui/lazy-page.ts';

const pages = () => import('./pages.ts');
const EvaluationPage = lazyPage(pages, 'EvaluationPage');
const ImportCountsPage = lazyPage(pages, 'ImportCountsPage');

/** The leader's evaluation of a pilot, and importing the counts from before Tidlig. */
export const evaluationRoutes: RouteObject[] = [
  { path: 'evaluation', element: <EvaluationPage /> },
  { path: 'evaluation/import', element: <ImportCountsPage /> },
];
