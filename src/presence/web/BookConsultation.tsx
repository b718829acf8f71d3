import { Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StartCard } from '../../kernel/ui/StartCard.tsx';
import { useUser } from '../../kernel/ui/session.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { consultationHoursSchema } from '../schema.ts';
import { FreeSlotList } from './ConsultationHoursSection.tsx';
import { api } from './paths.ts';

const SHOWN = 3;

/**
 * "Book a consultation" on the start page: the next free times at the school the person acts
 * for, each a link straight to the booking form, and the way to all of them. One step from
 * the start page, where it used to take the organisation chart and a unit page.
 */
export function BookConsultation() {
  const { t } = useTranslation('presence');
  const { t: tc } = useTranslation();
  const user = useUser();
  const listId = useId();
  const unit = user?.currentUnit?.role === 'staff' || user?.currentUnit?.role === 'unit_leader' ? user.currentUnit : null;
  const state = useApi(unit ? api.consultationHours(unit.id, SHOWN) : null, consultationHoursSchema);
  if (!unit) return null;
  return (
    <StartCard
      title={t('start.book')}
      state={state}
      failed={tc('startPage.failed')}
      more={{ to: `/units/${unit.id}/book`, label: t('start.allTimes', { unit: unit.name }) }}
    >
      {({ freeSlots }) =>
        freeSlots.length === 0 ? (
          <Paragraph>{t('start.noTimes', { unit: unit.name })}</Paragraph>
        ) : (
          <>
            <Paragraph id={listId}>{t('start.bookAt', { unit: unit.name })}</Paragraph>
            <FreeSlotList unitId={unit.id} slots={freeSlots.slice(0, SHOWN)} labelledBy={listId} />
          </>
        )
      }
    </StartCard>
  );
}
