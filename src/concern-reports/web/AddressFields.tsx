import { useTranslation } from 'react-i18next';
import type { Address, ReportContent } from '../content-schema.ts';
import { ReportTextField, type Change } from './ReportTextField.tsx';

/** An address of the report (the child's, the reporter's workplace): street, postal code and town. */
export function AddressFields({
  path,
  value,
  pick,
  label,
  change,
}: {
  path: string;
  value: Address;
  pick: (draft: ReportContent) => Address;
  label: string;
  change: Change;
}) {
  const { t } = useTranslation('concerns');
  return (
    <>
      <ReportTextField path={`${path}.line1`} label={label} value={value.line1} set={(d, v) => void (pick(d).line1 = v)} change={change} />
      <ReportTextField path={`${path}.postalCode`} label={t('assistant.child.postalCode')} value={value.postalCode} set={(d, v) => void (pick(d).postalCode = v)} change={change} />
      <ReportTextField path={`${path}.postalTown`} label={t('assistant.child.postalTown')} value={value.postalTown} set={(d, v) => void (pick(d).postalTown = v)} change={change} />
    </>
  );
}
