import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { loadAllMessages } from '../i18n/i18n.ts';

/**
 * One page of a capability, loaded with the capability's other pages the first time any of
 * them is shown. `load` is the capability's `import('./pages.ts')`: every page of it shares
 * that one file, so a capability is one download and the login page carries none of them.
 * The capabilities' messages and the rest of the design system's styles come at the same time.
 */
export function lazyPage<Pages, Name extends keyof Pages>(
  load: () => Promise<Pages>,
  name: Name,
): LazyExoticComponent<Pages[Name] & ComponentType> {
  return lazy(async () => {
    const [pages] = await Promise.all([load(), loadAllMessages(), import('./page-styles.ts')]);
    return { default: pages[name] as Pages[Name] & ComponentType };
  });
}
