import type { RouteObject } from 'react-router';
import { lazyPage } from '../../kernel/ui/lazy-page.ts';
import type { StartSection } from '../../kernel/ui/StartPage.tsx';

const pages = () => import('./pages.ts');
const ChildPage = lazyPage(pages, 'ChildPage');
const FindChildPage = lazyPage(pages, 'FindChildPage');
const FindChildShortcut = lazyPage(pages, 'FindChildShortcut');

/** The children pages: finding a child by identity number, and a child's record. */
export const childrenRoutes: RouteObject[] = [
  { path: 'children/find', element: <FindChildPage /> },
  { path: 'children/:childId', element: <ChildPage /> },
];

/** Children on the start page: the on-call worker's way to find a child. */
export const childrenStartSections: StartSection[] = [{ key: 'find-child', roles: ['on_call_worker'], Component: FindChildShortcut }];

export { childSections, type ChildSectionProps } from './slots.ts';

/** The unit page's register of children (a section for organisation's unit page). */
export const UnitRegister = lazyPage(pages, 'UnitRegister');
