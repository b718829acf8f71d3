import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Register } from '../../children/schema.ts';

/** A child in the unit's register. */
export type Child = Register['children'][number];

/** The child in the register a notice or a withholding is about, by name and group. */
export function ChildSelect({ register, value, onChange, missing }: { register: Child[]; value: string; onChange: (id: string) => void; missing: boolean }) {
  const { t } = useTranslation('pupilTalks');
  const sorted = [...register].sort((a, b) => a.givenName.localeCompare(b.givenName) || a.familyName.localeCompare(b.familyName));
  return (
    <Field>
      <Label>{t('talk.child')}</Label>
      <Select width="auto" value={value} aria-invalid={missing || undefined} onChange={(event) => onChange(event.target.value)}>
        <Select.Option value="">{t('talk.chooseChild')}</Select.Option>
        {sorted.map((child) => (
          <Select.Option key={child.id} value={child.id}>
            {`${child.givenName} ${child.familyName} (${child.groupName})`}
          </Select.Option>
        ))}
      </Select>
      {missing && <ValidationMessage>{t('talk.childMissing')}</ValidationMessage>}
    </Field>
  );
}
