import { Checkbox, Fieldset } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ReportContent } from '../content-schema.ts';
import { AddressFields } from './AddressFields.tsx';
import { fieldId, ReportTextField, type Change } from './ReportTextField.tsx';
import { ToldFields } from './ToldFields.tsx';

/** The child: unborn or named (with the national id), the address, and whether the child was told. */
export function ChildFields({ child, change }: { child: ReportContent['child']; change: Change }) {
  const { t } = useTranslation('concerns');
  return (
    <Fieldset>
      <Fieldset.Legend>{t('assistant.child.legend')}</Fieldset.Legend>
      <Checkbox
        id={fieldId('child.unborn')}
        label={t('assistant.child.unborn')}
        checked={child.unborn}
        onChange={(event) => {
          const unborn = event.target.checked;
          change((d) => void (d.child.unborn = unborn));
        }}
      />
      {!child.unborn && (
        <>
          <ReportTextField path="child.givenName" label={t('assistant.child.givenName')} value={child.givenName} set={(d, v) => void (d.child.givenName = v)} change={change} />
          <ReportTextField path="child.familyName" label={t('assistant.child.familyName')} value={child.familyName} set={(d, v) => void (d.child.familyName = v)} change={change} />
          <ReportTextField
            path="child.nationalId"
            label={t('assistant.child.nationalId')}
            value={child.nationalId}
            set={(d, v) => void (d.child.nationalId = v)}
            change={change}
            description={t('assistant.child.nationalIdHint')}
          />
        </>
      )}
      <AddressFields path="child.address" value={child.address} pick={(d) => d.child.address} label={t('assistant.child.address')} change={change} />
      <ToldFields path="child" who={t('assistant.told.theChild')} value={child} pick={(d) => d.child} change={change} />
    </Fieldset>
  );
}
