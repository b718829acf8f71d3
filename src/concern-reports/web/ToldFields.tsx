import { Fieldset, Radio } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ReportContent } from '../content-schema.ts';
import { fieldId, ReportTextField, type Change } from './ReportTextField.tsx';

/** Whether someone was told of the report. */
type Told = { told: boolean | null; notToldReason: string };

/** Whether the child or a guardian was told of the report, and if not, why. */
export function ToldFields({ path, who, value, pick, change }: { path: string; who: string; value: Told; pick: (draft: ReportContent) => Told; change: Change }) {
  const { t } = useTranslation('concerns');
  return (
    <Fieldset id={fieldId(`${path}.told`)}>
      <Fieldset.Legend>{t('assistant.told.question', { who })}</Fieldset.Legend>
      <Radio name={`${path}-told`} value="yes" label={t('assistant.told.yes')} checked={value.told === true} onChange={() => change((d) => void (pick(d).told = true))} />
      <Radio name={`${path}-told`} value="no" label={t('assistant.told.no')} checked={value.told === false} onChange={() => change((d) => void (pick(d).told = false))} />
      {value.told === false && (
        <ReportTextField path={`${path}.notToldReason`} label={t('assistant.told.why')} value={value.notToldReason} set={(d, v) => void (pick(d).notToldReason = v)} change={change} />
      )}
    </Fieldset>
  );
}
