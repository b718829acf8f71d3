import { Alert, Heading, Link, List, Paragraph } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompletenessProblem } from '../content-schema.ts';
import { fieldId } from './ReportTextField.tsx';

/**
 * The check before submission, following what is typed: what blocks sending, and advice that
 * does not. It is a quiet list while the report is written; only once the writer tried to send
 * do the blocking items become an error summary, with focus on the first (`attempt` counts the
 * tries, so each one moves focus there again).
 */
export function CompletenessCheck({ problems, attempt }: { problems: CompletenessProblem[]; attempt: number }) {
  const { t } = useTranslation('concerns');
  const blocking = problems.filter((p) => p.blocking);
  const advice = problems.filter((p) => !p.blocking);
  const summary = useRef<HTMLDivElement>(null);
  const showErrors = attempt > 0 && blocking.length > 0;
  useEffect(() => {
    if (attempt > 0) summary.current?.querySelector('a')?.focus();
  }, [attempt]);

  const item = (problem: CompletenessProblem) => (
    <Link href={`#${targetOf(problem.field)}`}>{t(`assistant.check.${problem.kind}`, { field: fieldLabel(t, problem.field) })}</Link>
  );
  return (
    <section aria-labelledby="concern-check" className="concern-check">
      <Heading level={2} data-size="sm" id="concern-check">
        {t('assistant.check.title')}
      </Heading>
      {problems.length === 0 && <Paragraph>{t('assistant.check.complete')}</Paragraph>}
      {showErrors ? (
        // Not the design system's error summary: that one takes focus itself when it appears, and here focus goes to the first item.
        <div ref={summary} role="group" aria-labelledby="concern-check-fix" className="concern-check__errors">
          <Alert data-color="danger">
            <Heading level={3} data-size="xs" id="concern-check-fix">
              {t('assistant.check.fix')}
            </Heading>
            <List.Unordered>
              {blocking.map((problem) => (
                <List.Item key={`${problem.field} ${problem.kind}`}>{item(problem)}</List.Item>
              ))}
            </List.Unordered>
          </Alert>
        </div>
      ) : (
        blocking.length > 0 && (
          <>
            <Heading level={3} data-size="xs" id="concern-check-blocks">
              {t('assistant.check.blocks')}
            </Heading>
            <List.Unordered aria-labelledby="concern-check-blocks" className="concern-check__blocks">
              {blocking.map((problem) => (
                <List.Item key={`${problem.field} ${problem.kind}`}>{item(problem)}</List.Item>
              ))}
            </List.Unordered>
          </>
        )
      )}
      {advice.length > 0 && (
        <>
          <Heading level={3} data-size="xs" id="concern-check-advice">
            {t('assistant.check.advice')}
          </Heading>
          <List.Unordered aria-labelledby="concern-check-advice" className="concern-check__advice">
            {advice.map((problem) => (
              <List.Item key={`${problem.field} ${problem.kind}`}>{item(problem)}</List.Item>
            ))}
          </List.Unordered>
        </>
      )}
    </section>
  );
}

/** A missing list (no guardian at all) points at the section's first field. */
function targetOf(field: string): string {
  return fieldId(field === 'guardians' ? 'guardians.0.name' : field);
}

/** The words a person sees next to the field the server names by path. */
function fieldLabel(t: TFunction<'concerns'>, field: string): string {
  const [section, second, third] = field.split('.');
  const n = Number(second) + 1;
  switch (section) {
    case 'child':
      if (second === 'address') return `${t('assistant.child.legend')}: ${t(third === 'line1' ? 'assistant.child.address' : third === 'postalCode' ? 'assistant.child.postalCode' : 'assistant.child.postalTown')}`;
      if (second === 'told' || second === 'notToldReason') return `${t('assistant.child.legend')}: ${t(second === 'told' ? 'assistant.told.question' : 'assistant.told.why', { who: t('assistant.told.theChild') })}`;
      return `${t('assistant.child.legend')}: ${t(second === 'givenName' ? 'assistant.child.givenName' : second === 'familyName' ? 'assistant.child.familyName' : 'assistant.child.nationalId')}`;
    case 'guardians': {
      if (second === undefined) return t('assistant.guardians.legend');
      const who = t('assistant.guardians.guardian', { n });
      if (third === 'told' || third === 'notToldReason') return `${who}: ${t(third === 'told' ? 'assistant.told.question' : 'assistant.told.why', { who })}`;
      return `${who}: ${t(third === 'phone' ? 'assistant.guardians.phone' : 'assistant.guardians.name')}`;
    }
    case 'observations':
      return `${t('assistant.observations.observation', { n })}: ${t(third === 'date' ? 'assistant.observations.date' : 'assistant.observations.what')}`;
    case 'duration':
      return t('assistant.duration');
    case 'actionsTaken':
      return t('assistant.actionsTaken');
    case 'reporter':
      if (second === 'workplaceAddress') return t('assistant.reporter.address');
      return `${t('assistant.reporter.legend')}: ${t(reporterKey(second))}`;
    default:
      return field;
  }
}

function reporterKey(field: string | undefined) {
  switch (field) {
    case 'role':
      return 'assistant.reporter.role' as const;
    case 'phone':
      return 'assistant.reporter.phone' as const;
    case 'email':
      return 'assistant.reporter.email' as const;
    case 'workplace':
      return 'assistant.reporter.workplace' as const;
    default:
      return 'assistant.reporter.name' as const;
  }
}
