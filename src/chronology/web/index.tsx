import { lazyPage } from '../../kernel/ui/lazy-page.ts';

const pages = () => import('./pages.ts');

/** The child's chronology (a section for children's child page). */
export const ChildChronology = lazyPage(pages, 'ChildChronology');
