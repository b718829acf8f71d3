import { ErrorSummary, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CompletenessProblem } from '../content-schema.ts';
import { fieldId } from './ReportForm.tsx';

/** The completeness check before submission: each missing, vague or invalid field, linked to its input. */
export function CompletenessCheck({ problems }: { problems: CompletenessProblem[] }) {
  const { t } = useTranslation('concerns');
  if (problems.length === 0) {
    return (
      <section aria-labelledby="concern-check" className="concern-check">
        <Heading level={2} data-size="sm" id="concern-check">
          {t('assistant.check.title')}
        </Heading>
        <Paragraph>{t('assistant.check.complete')}</Paragraph>
      </section>
    );
  }
  return (
    <ErrorSummary data-color={problems.some((p) => p.blocking) ? 'danger' : 'warning'} className="concern-check">
      <ErrorSummary.Heading>{t('assistant.check.title')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {problems.map((problem) => (
          <ErrorSummary.Item key={`${problem.field} ${problem.kind}`}>
            <ErrorSummary.Link href={`#${targetOf(problem.field)}`}>
              {t(`assistant.check.${problem.kind}`, { field: fieldLabel(t, problem.field) })}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
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
