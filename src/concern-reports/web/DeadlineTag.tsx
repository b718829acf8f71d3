import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import type { ApiDeadline } from '../schema.ts';

const colour = { met: 'success', met_late: 'warning', open: 'neutral', near: 'warning', past: 'danger' } as const;

/** One legal deadline in words and colour: "Review by 27 November 2026: Near"; one counted in hours with its time. */
export function DeadlineTag({ deadline }: { deadline: ApiDeadline }) {
  const { t } = useTranslation('concerns');
  const format = useDateFormat();
  const kind = t(`deadline.kind.${deadline.kind}`) + (deadline.extended ? ` (${t('deadline.extended')})` : '');
  return (
    <Tag data-color={colour[deadline.status]} data-size="sm">
      {t('deadline.line', { kind, date: deadline.timed ? format.dateTime(deadline.dueAt) : format.date(deadline.dueDate), status: t(`deadline.status.${deadline.status}`) })}
    </Tag>
  );
}
