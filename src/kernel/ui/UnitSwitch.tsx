import { Button, Select } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../auth/web/paths.ts';
import { ApiRequestError, errorMessageKey, sendJson } from './api.ts';
import { useSession, type SessionUser } from './session.tsx';
import { ShellField } from './ShellField.tsx';

/**
 * For someone with roles at several units: which one they act for now. Like the language
 * switch, a native select and an explicit button, so arrowing through the options in a
 * closed select never switches anything by itself (WCAG 3.2.2).
 */
export function UnitSwitch({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const current = user.currentUnit?.id ?? user.memberships[0]?.unitId ?? '';
  const [choice, setChoice] = useState(current);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || choice === current) return;
    setBusy(true);
    try {
      await sendJson('PUT', api.currentUnit, { unitId: choice });
      await refresh();
      const unit = user.memberships.find((m) => m.unitId === choice)?.unitName ?? '';
      setMessage(t('session.unitSwitch.switched', { unit }));
    } catch (error) {
      const code = error instanceof ApiRequestError ? error.code : 'unknown';
      setMessage(t('session.failed', { reason: t(errorMessageKey(code)) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="unit-switch" onSubmit={(event) => void submit(event)}>
      <ShellField label={t('session.unitSwitch.label')}>
        {(id) => (
          <Select id={id} width="auto" value={choice} onChange={(event) => setChoice(event.target.value)}>
            {user.memberships.map((membership) => (
              <Select.Option key={membership.unitId} value={membership.unitId}>
                {t('session.unitSwitch.option', { role: t(`role.${membership.role}`), unit: membership.unitName })}
              </Select.Option>
            ))}
          </Select>
        )}
      </ShellField>
      <Button type="submit" variant="secondary" data-size="sm" aria-disabled={busy || undefined}>
        {t('session.unitSwitch.apply')}
      </Button>
      <p role="status" className="unit-switch__status">
        {message}
      </p>
    </form>
  );
}
