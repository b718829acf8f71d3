import type { RouteObject } from 'react-router';
import { lazyPage } from '../../kernel/ui/lazy-page.ts';

const pages = () => import('./pages.ts');
const EvaluationPage = lazyPage(pages, 'EvaluationPage');

/** The leader's evaluation of a pilot. */
export const evaluationRoutes: RouteObject[] = [{ path: 'evaluation', element: <EvaluationPage /> }];
