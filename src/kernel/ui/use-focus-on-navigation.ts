import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving to another page inside the app, puts focus on the main content and scrolls to
 * the top, as a full page load would; otherwise keyboard and screen reader users are left on
 * the link they followed, in content that is gone. The first page load is left alone.
 */
export function useFocusOnNavigation<T extends HTMLElement>() {
  const target = useRef<T>(null);
  const { pathname } = useLocation();
  const shown = useRef(pathname);

  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    window.scrollTo(0, 0);
    target.current?.focus({ preventScroll: true });
  }, [pathname]);

  return target;
}
