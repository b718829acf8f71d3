import { Button, Select } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../i18n/i18n.ts';
import { isUiLanguage, languageNames, uiLanguages, type UiLanguage } from '../i18n/languages.ts';
import { ShellField } from './ShellField.tsx';

/**
 * A native select and an explicit button. Arrow keys on a closed select fire `change` in
 * some browsers; switching the whole page then would surprise keyboard users (WCAG 3.2.2),
 * so the language changes only when the user confirms.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = isUiLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : uiLanguages[0];
  const [choice, setChoice] = useState<UiLanguage>(current);

  function submit(event: FormEvent) {
    event.preventDefault();
    void chooseLanguage(choice);
  }

  return (
    <form className="language-switch" onSubmit={submit}>
      <ShellField label={t('language.label')}>
        {(id) => (
          <Select
            id={id}
            width="auto"
            value={choice}
            onChange={(event) => {
              if (isUiLanguage(event.target.value)) setChoice(event.target.value);
            }}
          >
            {uiLanguages.map((language) => (
              <Select.Option key={language} value={language} lang={language}>
                {languageNames[language]}
              </Select.Option>
            ))}
          </Select>
        )}
      </ShellField>
      <Button type="submit" variant="secondary" data-size="sm">
        {t('language.apply')}
      </Button>
    </form>
  );
}
