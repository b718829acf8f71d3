import { Button, Fieldset } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ReportContent } from '../content-schema.ts';
import { ReportTextField, type Change } from './ReportTextField.tsx';

/** What was observed, one dated observation at a time (up to 20), with the child's own words. */
export function ObservationsFields({ observations, change }: { observations: ReportContent['observations']; change: Change }) {
  const { t } = useTranslation('concerns');
  return (
    <Fieldset>
      <Fieldset.Legend>{t('assistant.observations.legend')}</Fieldset.Legend>
      <Fieldset.Description>{t('assistant.observations.hint')}</Fieldset.Description>
      {observations.map((observation, i) => {
        const n = i + 1;
        return (
          <Fieldset key={i} className="concern-repeat">
            <Fieldset.Legend>{t('assistant.observations.observation', { n })}</Fieldset.Legend>
            <ReportTextField
              path={`observations.${i}.date`}
              label={t('assistant.observations.date')}
              value={observation.date}
              set={(d, v) => void (d.observations[i]!.date = v)}
              change={change}
              type="date"
            />
            <ReportTextField
              path={`observations.${i}.what`}
              label={t('assistant.observations.what')}
              value={observation.what}
              set={(d, v) => void (d.observations[i]!.what = v)}
              change={change}
              multiline
            />
            <ReportTextField
              path={`observations.${i}.childsWords`}
              label={t('assistant.observations.childsWords')}
              value={observation.childsWords}
              set={(d, v) => void (d.observations[i]!.childsWords = v)}
              change={change}
              multiline
            />
            {observations.length > 1 && (
              <Button variant="tertiary" data-size="sm" onClick={() => change((d) => void d.observations.splice(i, 1))}>
                {t('assistant.observations.remove', { n })}
              </Button>
            )}
          </Fieldset>
        );
      })}
      {observations.length < 20 && (
        <Button variant="secondary" data-size="sm" onClick={() => change((d) => void d.observations.push({ date: '', what: '', childsWords: '' }))}>
          {t('assistant.observations.add')}
        </Button>
      )}
    </Fieldset>
  );
}
