import { Suspense, type ComponentType } from 'react';

/**
 * A place on one capability's page where other capabilities show a section of their own: the
 * unit page shows the consultation hours, the child page the consents. The page's capability
 * declares the slot and what each section is given; the composition root (src/app/web/) says
 * which sections fill it, in order. So neither capability imports the other.
 */
export interface Slot<Props extends object> {
  fill(sections: readonly ComponentType<Props>[]): void;
  /** Every section, each loading on its own: a slow one holds up none of the others or the page. */
  Sections: ComponentType<Props>;
}

export function defineSlot<Props extends object>(): Slot<Props> {
  let filled: readonly ComponentType<Props>[] = [];
  return {
    fill(sections) {
      filled = sections;
    },
    Sections(props) {
      return (
        <>
          {filled.map((Section, index) => (
            <Suspense key={index} fallback={null}>
              <Section {...props} />
            </Suspense>
          ))}
        </>
      );
    },
  };
}
