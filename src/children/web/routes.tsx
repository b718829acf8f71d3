import './children.css';
import type { RouteObject } from 'react-router';
import { ChildPage } from './ChildPage.tsx';
import { FindChildPage } from './FindChildPage.tsx';

/** The children pages: finding a child by identity number, and a child's record. */
export const childrenRoutes: RouteObject[] = [
  { path: 'children/find', element: <FindChildPage /> },
  { path: 'children/:childId', element: <ChildPage /> },
];
