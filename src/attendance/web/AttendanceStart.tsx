import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { unitWhere } from '../../kernel/ui/menu.ts';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useUser } from '../../kernel/ui/session.tsx';
import { attendancePath } from './paths.ts';

/** The start page's way to the school's attendance: the menu carries no entry, so the login page stays as small as it is. */
export function AttendanceStart() {
  const { t } = useTranslation('attendance');
  const user = useUser();
  const unit = user && unitWhere(user, ['unit_leader', 'staff']);
  if (!unit) return null;
  return (
    <Paragraph>
      <RouterLink to={attendancePath(unit)}>{t('link')}</RouterLink>
    </Paragraph>
  );
}
