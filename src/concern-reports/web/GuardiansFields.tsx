import { Button, Fieldset } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ReportContent } from '../content-schema.ts';
import { ReportTextField, type Change } from './ReportTextField.tsx';
import { ToldFields } from './ToldFields.tsx';

/** The guardians (one or two): name, phone, and whether each was told. */
export function GuardiansFields({ guardians, change }: { guardians: ReportContent['guardians']; change: Change }) {
  const { t } = useTranslation('concerns');
  return (
    <Fieldset>
      <Fieldset.Legend>{t('assistant.guardians.legend')}</Fieldset.Legend>
      {guardians.map((guardian, i) => {
        const n = i + 1;
        const title = t('assistant.guardians.guardian', { n });
        return (
          <Fieldset key={i} className="concern-repeat">
            <Fieldset.Legend>{title}</Fieldset.Legend>
            <ReportTextField path={`guardians.${i}.name`} label={t('assistant.guardians.name')} value={guardian.name} set={(d, v) => void (d.guardians[i]!.name = v)} change={change} />
            <ReportTextField
              path={`guardians.${i}.phone`}
              label={t('assistant.guardians.phone')}
              value={guardian.phone}
              set={(d, v) => void (d.guardians[i]!.phone = v)}
              change={change}
              type="tel"
            />
            <ToldFields path={`guardians.${i}`} who={title} value={guardian} pick={(d) => d.guardians[i]!} change={change} />
            {guardians.length > 1 && (
              <Button variant="tertiary" data-size="sm" onClick={() => change((d) => void d.guardians.splice(i, 1))}>
                {t('assistant.guardians.remove', { n })}
              </Button>
            )}
          </Fieldset>
        );
      })}
      {guardians.length < 2 && (
        <Button variant="secondary" data-size="sm" onClick={() => change((d) => void d.guardians.push({ name: '', phone: '', told: null, notToldReason: '' }))}>
          {t('assistant.guardians.add')}
        </Button>
      )}
    </Fieldset>
  );
}
