import { Fieldset } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ReportContent } from '../content-schema.ts';
import { AddressFields } from './AddressFields.tsx';
import { ReportTextField, type Change } from './ReportTextField.tsx';

/** The reporter: who, in which role, how to reach them, and the workplace with its address. */
export function ReporterFields({ reporter, change }: { reporter: ReportContent['reporter']; change: Change }) {
  const { t } = useTranslation('concerns');
  return (
    <Fieldset>
      <Fieldset.Legend>{t('assistant.reporter.legend')}</Fieldset.Legend>
      <ReportTextField path="reporter.name" label={t('assistant.reporter.name')} value={reporter.name} set={(d, v) => void (d.reporter.name = v)} change={change} />
      <ReportTextField path="reporter.role" label={t('assistant.reporter.role')} value={reporter.role} set={(d, v) => void (d.reporter.role = v)} change={change} />
      <ReportTextField path="reporter.phone" label={t('assistant.reporter.phone')} value={reporter.phone} set={(d, v) => void (d.reporter.phone = v)} change={change} type="tel" />
      <ReportTextField path="reporter.email" label={t('assistant.reporter.email')} value={reporter.email} set={(d, v) => void (d.reporter.email = v)} change={change} type="email" />
      <ReportTextField path="reporter.workplace" label={t('assistant.reporter.workplace')} value={reporter.workplace} set={(d, v) => void (d.reporter.workplace = v)} change={change} />
      <ReportTextField path="reporter.orgNumber" label={t('assistant.reporter.orgNumber')} value={reporter.orgNumber} set={(d, v) => void (d.reporter.orgNumber = v)} change={change} />
      <AddressFields
        path="reporter.workplaceAddress"
        value={reporter.workplaceAddress}
        pick={(d) => d.reporter.workplaceAddress}
        label={t('assistant.reporter.address')}
        change={change}
      />
    </Fieldset>
  );
}
