import { Link } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RoutedLink, type LinkProps as RoutedLinkProps } from 'react-router';

/** A Designsystemet link that navigates inside the app without reloading the page. */
export function RouterLink({ children, ...props }: RoutedLinkProps & { children: ReactNode }) {
  return (
    <Link asChild>
      <RoutedLink {...props}>{children}</RoutedLink>
    </Link>
  );
}
