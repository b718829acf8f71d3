import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { registerSchema } from '../../children/schema.ts';
import { api as childrenApi } from '../../children/web/paths.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { PageBreadcrumbs } from '../../kernel/ui/PageBreadcrumbs.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { talkSchema, type Talk } from '../schema.ts';
import { DraftNoticeForm } from './DraftNoticeForm.tsx';
import { NoticeGivenForm } from './NoticeGivenForm.tsx';
import { WithholdForm } from './WithholdForm.tsx';
import { api, pupilTalksPath, talkPath } from './paths.ts';

/** One talk: what was recorded, and the parent notice — drafted with the pupil and given, or withheld and referred. */
export function TalkPage() {
  const { t } = useTranslation('pupilTalks');
  const { talkId = '' } = useParams();
  const loaded = useApi(api.talk(talkId), talkSchema);
  usePageTitle(t('title'));
  return (
    <Loaded state={loaded} loadingLabel={t('loading')}>
      {(talk) => <TalkView key={talk.id} initial={talk} />}
    </Loaded>
  );
}

function TalkView({ initial }: { initial: Talk }) {
  const { t } = useTranslation('pupilTalks');
  const format = useDateFormat();
  const [talk, setTalk] = useState(initial);
  const register = useApi(talk.notice.status === 'given' || talk.notice.status === 'withheld' ? null : childrenApi.register(talk.unit.id), registerSchema);
  const title = t('talk.title', { name: talk.request.firstName, group: talk.request.classGroup });
  usePageTitle(title);
  const trail = [
    { label: t('title'), to: pupilTalksPath },
    { label: title, to: talkPath(talk.id) },
  ];
  return (
    <>
      <PageBreadcrumbs trail={trail} />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <dl className="facts facts--summary">
        <dt>{t('talk.contact')}</dt>
        <dd>{`${talk.contact.givenName} ${talk.contact.familyName}`}</dd>
        <dt>{t('talk.heldOn')}</dt>
        <dd>{format.date(talk.heldOn)}</dd>
        <dt>{t('talk.duration')}</dt>
        <dd>{t('minutes', { minutes: talk.durationMinutes })}</dd>
        <dt>{t('talk.topic')}</dt>
        <dd>{t(`topic.${talk.topic}`)}</dd>
        <dt>{t('talk.followUp')}</dt>
        <dd>{talk.followUp ? t('yes') : t('no')}</dd>
        <dt>{t('talk.note')}</dt>
        <dd>{talk.note ?? t('talk.noNote')}</dd>
        {talk.child && (
          <>
            <dt>{t('talk.child')}</dt>
            <dd>{`${talk.child.givenName} ${talk.child.familyName}`}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="notice-heading" className="pupil-talks__section">
        <Heading level={2} data-size="md" id="notice-heading">
          {t('talk.notice.heading')}
        </Heading>
        <NoticeState talk={talk} />
        {(talk.notice.status === 'none' || talk.notice.status === 'drafted') && (
          <Loaded state={register} loadingLabel={t('loading')}>
            {({ children }) => (
              <>
                <DraftNoticeForm talk={talk} register={children} onSaved={setTalk} />
                {talk.notice.status === 'drafted' && <NoticeGivenForm talk={talk} onSaved={setTalk} />}
                <WithholdForm talk={talk} register={children} onSaved={setTalk} />
              </>
            )}
          </Loaded>
        )}
      </section>
    </>
  );
}

function NoticeState({ talk }: { talk: Talk }) {
  const { t } = useTranslation('pupilTalks');
  const format = useDateFormat();
  const { notice } = talk;
  if (notice.status === 'given' && notice.givenAt && notice.how) {
    return (
      <Alert data-color="success">
        <Paragraph>
          {t('talk.notice.given', {
            when: format.dateTime(notice.givenAt),
            how: t(`talk.notice.howValue.${notice.how}`),
            by: notice.givenBy ? `${notice.givenBy.givenName} ${notice.givenBy.familyName}` : '–',
          })}{' '}
          {notice.pupilPresent ? t('talk.notice.pupilWas') : t('talk.notice.pupilWasNot')}
        </Paragraph>
        {notice.text && <p className="pupil-talks__notice-text">{notice.text}</p>}
      </Alert>
    );
  }
  if (notice.status === 'withheld' && talk.referredOn) {
    return (
      <Alert data-color="warning">
        <Paragraph>{t('talk.withhold.done', { date: format.date(talk.referredOn) })}</Paragraph>
      </Alert>
    );
  }
  return <Paragraph>{t('talk.notice.intro')}</Paragraph>;
}
