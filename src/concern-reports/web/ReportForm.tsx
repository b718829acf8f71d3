import { useTranslation } from 'react-i18next';
import type { ReportContent } from '../content-schema.ts';
import { ChildFields } from './ChildFields.tsx';
import { GuardiansFields } from './GuardiansFields.tsx';
import { ObservationsFields } from './ObservationsFields.tsx';
import { ReporterFields } from './ReporterFields.tsx';
import { ReportTextField, type Change } from './ReportTextField.tsx';

/** The report's sections as one form; every change goes to `change`, which saves it. */
export function ReportForm({ content, change }: { content: ReportContent; change: Change }) {
  const { t } = useTranslation('concerns');
  return (
    <div className="concern-form">
      <ChildFields child={content.child} change={change} />
      <GuardiansFields guardians={content.guardians} change={change} />
      <ObservationsFields observations={content.observations} change={change} />
      <ReportTextField path="duration" label={t('assistant.duration')} value={content.duration} set={(d, v) => void (d.duration = v)} change={change} multiline />
      <ReportTextField path="actionsTaken" label={t('assistant.actionsTaken')} value={content.actionsTaken} set={(d, v) => void (d.actionsTaken = v)} change={change} multiline />
      <ReportTextField path="interpreter" label={t('assistant.interpreter')} value={content.interpreter} set={(d, v) => void (d.interpreter = v)} change={change} />
      <ReportTextField path="otherAgencies" label={t('assistant.otherAgencies')} value={content.otherAgencies} set={(d, v) => void (d.otherAgencies = v)} change={change} />
      <ReporterFields reporter={content.reporter} change={change} />
    </div>
  );
}
