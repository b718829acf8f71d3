import { Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { RouterLink } from './RouterLink.tsx';
import type { ApiState } from './use-api.ts';

/**
 * A start page section: a card with a level-2 heading, its content, and a link to the whole
 * page it summarises. While its data loads it says so; when loading fails it says so in one
 * line, so one capability's trouble leaves the rest of the start page usable.
 */
export function StartCard<T>({
  title,
  state,
  failed,
  more,
  children,
}: {
  title: string;
  state: ApiState<T>;
  /** What to say when the data did not load. */
  failed: string;
  more?: { to: string; label: string };
  children: (data: T) => ReactNode;
}) {
  const id = useId();
  return (
    <section className="start-section" aria-labelledby={id}>
      <Heading level={2} data-size="sm" id={id}>
        {title}
      </Heading>
      {state.status === 'loading' && <Spinner data-size="sm" aria-label={title} />}
      {state.status === 'failed' && <Paragraph>{failed}</Paragraph>}
      {state.status === 'ready' && children(state.data)}
      {more && (
        <Paragraph>
          <RouterLink to={more.to}>{more.label}</RouterLink>
        </Paragraph>
      )}
    </section>
  );
}
