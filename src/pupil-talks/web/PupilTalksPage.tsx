import { Alert, Button, Field, Heading, Label, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useCan, useUser, type SessionUser } from '../../kernel/ui/session.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { unitDetailSchema } from '../../organisation/schema.ts';
import { api as organisationApi } from '../../organisation/web/paths.ts';
import { pupilModeSchema, pupilModeStateSchema, referralListSchema, unitTalksSchema } from '../schema.ts';
import { api, pupilModePath, recordTalkPath, talkPath } from './paths.ts';
import { RegisterRequestForm } from './RegisterRequestForm.tsx';

/**
 * The pupil talks page: what each person may do with pupils' requests, in one place. Staff
 * switch the device into pupil mode or register a request; the network contact sees each of
 * their units' open requests and talks; intake sees the talks referred to child welfare.
 */
export function PupilTalksPage() {
  const { t } = useTranslation('pupilTalks');
  const user = useUser();
  const canRequest = useCan('pupil_request.create');
  const canManage = useCan('pupil_talk.manage');
  const canReadReferrals = useCan('pupil_referral.read');
  usePageTitle(t('title'));
  if (!user) return null;
  const unit = user.currentUnit;
  // Pupils ask at school: the pupil-mode and registration forms belong to a school the person works for.
  const school = unit?.kind === 'school' ? unit : null;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <PupilModeOnThisDevice />
      {canRequest && !school && <Paragraph>{t('pupilMode.noUnit')}</Paragraph>}
      {canRequest && school && (
        <>
          <OpenPupilMode unit={school} />
          <RegisterRequestForm unit={school} />
        </>
      )}
      {canManage && <ContactOverview user={user} />}
      {canReadReferrals && unit && <Referrals unitId={unit.id} />}
    </>
  );
}

/** After a staff member logged in again on a device in pupil mode: the way to turn it off. */
function PupilModeOnThisDevice() {
  const { t } = useTranslation('pupilTalks');
  const state = useApi(api.pupilMode, pupilModeStateSchema);
  const [ended, setEnded] = useState(false);
  const end = useSubmit({
    send: async () => {
      await sendJson('DELETE', api.pupilMode);
      setEnded(true);
    },
    ns: 'pupilTalks',
    failed: (reason) => t('failed', { reason }),
  });
  if (ended) {
    return (
      <Alert data-color="success" role="status">
        <Paragraph>{t('pupilMode.ended')}</Paragraph>
      </Alert>
    );
  }
  const mode = state.status === 'ready' ? state.data.mode : null;
  if (mode === null) return null;
  return (
    <Alert data-color="warning">
      <Paragraph>{t('pupilMode.activeHere', { unit: mode.unit.name })}</Paragraph>
      <Button variant="secondary" onClick={() => void end.submit(undefined)}>
        {t('pupilMode.end')}
      </Button>
      {end.failure && <Paragraph role="alert">{end.failure}</Paragraph>}
    </Alert>
  );
}

function OpenPupilMode({ unit }: { unit: NonNullable<SessionUser['currentUnit']> }) {
  const { t } = useTranslation('pupilTalks');
  const open = useSubmit({
    send: async () => {
      await sendJson('POST', api.openPupilMode(unit.id), {}, pupilModeSchema);
      // A full page load: nothing of the staff member's pages stays in the app's memory. It
      // replaces this page in the history, so Back cannot lead a pupil to a staff page.
      window.location.replace(pupilModePath);
    },
    ns: 'pupilTalks',
    failed: (reason) => t('failed', { reason }),
  });
  return (
    <section aria-labelledby="pupil-mode-heading" className="pupil-talks__section">
      <Heading level={2} data-size="md" id="pupil-mode-heading">
        {t('pupilMode.heading')}
      </Heading>
      <Paragraph>{t('pupilMode.intro')}</Paragraph>
      <Button onClick={() => void open.submit(undefined)}>{t('pupilMode.open', { unit: unit.name })}</Button>
      <FormAlert submit={open} />
    </section>
  );
}

/** The network contact's units (where they hold the role), one shown at a time. */
function ContactOverview({ user }: { user: SessionUser }) {
  const { t } = useTranslation('pupilTalks');
  const units = user.memberships.filter((m) => m.role === 'network_contact');
  // The unit they act for when it is one of theirs with pupils, else their first school.
  const current = user.currentUnit?.kind === 'school' ? units.find((m) => m.unitId === user.currentUnit?.id) : undefined;
  const first = current ?? units.find((m) => m.unitId !== user.currentUnit?.id) ?? units[0];
  const [choice, setChoice] = useState(first?.unitId ?? '');
  const [shown, setShown] = useState(first?.unitId ?? '');
  if (!first) return null;
  function submit(event: FormEvent) {
    event.preventDefault();
    setShown(choice);
  }
  return (
    <section aria-labelledby="contact-heading" className="pupil-talks__section">
      <Heading level={2} data-size="md" id="contact-heading">
        {t('contact.heading')}
      </Heading>
      {units.length > 1 && (
        <form className="pupil-talks__unit-choice" onSubmit={submit}>
          <Field>
            <Label>{t('contact.unit')}</Label>
            <Select width="auto" value={choice} onChange={(event) => setChoice(event.target.value)}>
              {units.map((m) => (
                <Select.Option key={m.unitId} value={m.unitId}>
                  {m.unitName}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Button type="submit" variant="secondary">
            {t('contact.show')}
          </Button>
        </form>
      )}
      <UnitTalks key={shown} unitId={shown} />
    </section>
  );
}

function UnitTalks({ unitId }: { unitId: string }) {
  const { t } = useTranslation('pupilTalks');
  const format = useDateFormat();
  const talks = useApi(api.unitTalks(unitId), unitTalksSchema);
  return (
    <Loaded state={talks} loadingLabel={t('loading')}>
      {(data) => (
        <>
          <Heading level={3} data-size="sm">
            {t('contact.openRequests')} – {data.unit.name}
          </Heading>
          {data.openRequests.length === 0 ? (
            <Paragraph>{t('contact.noOpen')}</Paragraph>
          ) : (
            <Table className="pupil-talks__table">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('contact.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('contact.group')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('contact.when')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('contact.about')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('contact.requestedAt')}</Table.HeaderCell>
                  <Table.HeaderCell>
                    <span className="ds-sr-only">{t('contact.record')}</span>
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.openRequests.map((r) => (
                  <Table.Row key={r.id}>
                    <Table.Cell>{r.firstName}</Table.Cell>
                    <Table.Cell>{r.classGroup}</Table.Cell>
                    <Table.Cell>{r.freeWhen ? t(`freeWhen.${r.freeWhen}`) : t('notSaid')}</Table.Cell>
                    <Table.Cell>{r.about ? t(`topic.${r.about}`) : t('notSaid')}</Table.Cell>
                    <Table.Cell>{format.dateTime(r.requestedAt)}</Table.Cell>
                    <Table.Cell>
                      <RouterLink to={recordTalkPath(unitId, r.id)} aria-label={t('contact.recordLabel', { name: r.firstName, group: r.classGroup })}>
                        {t('contact.record')}
                      </RouterLink>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
          <Heading level={3} data-size="sm">
            {t('contact.talks')} – {data.unit.name}
          </Heading>
          {data.talks.length === 0 ? (
            <Paragraph>{t('contact.noTalks')}</Paragraph>
          ) : (
            <Table className="pupil-talks__table">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('contact.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('contact.group')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('contact.heldOn')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('contact.about')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('contact.notice')}</Table.HeaderCell>
                  <Table.HeaderCell>
                    <span className="ds-sr-only">{t('contact.openTalk')}</span>
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.talks.map((talk) => (
                  <Table.Row key={talk.id}>
                    <Table.Cell>{talk.firstName}</Table.Cell>
                    <Table.Cell>{talk.classGroup}</Table.Cell>
                    <Table.Cell>{format.date(talk.heldOn)}</Table.Cell>
                    <Table.Cell>{t(`topic.${talk.topic}`)}</Table.Cell>
                    <Table.Cell>{t(`contact.noticeStatus.${talk.noticeStatus}`)}</Table.Cell>
                    <Table.Cell>
                      <RouterLink to={talkPath(talk.id)} aria-label={t('contact.openTalkLabel', { name: talk.firstName, group: talk.classGroup })}>
                        {t('contact.openTalk')}
                      </RouterLink>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
        </>
      )}
    </Loaded>
  );
}

/** Intake's list for the municipality of the unit they act for. */
function Referrals({ unitId }: { unitId: string }) {
  const unit = useApi(organisationApi.unit(unitId), unitDetailSchema);
  const { t } = useTranslation('pupilTalks');
  return (
    <Loaded state={unit} loadingLabel={t('loading')}>
      {(detail) => <ReferralList municipalityId={detail.unit.municipality.id} />}
    </Loaded>
  );
}

function ReferralList({ municipalityId }: { municipalityId: string }) {
  const { t } = useTranslation('pupilTalks');
  const format = useDateFormat();
  const list = useApi(api.referrals(municipalityId), referralListSchema);
  return (
    <section aria-labelledby="referrals-heading" className="pupil-talks__section">
      <Heading level={2} data-size="md" id="referrals-heading">
        {t('referrals.heading')}
      </Heading>
      <Loaded state={list} loadingLabel={t('loading')}>
        {({ referrals }) =>
          referrals.length === 0 ? (
            <Paragraph>{t('referrals.none')}</Paragraph>
          ) : (
            <Table className="pupil-talks__table">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('referrals.referredOn')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('referrals.child')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('referrals.unit')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('referrals.by')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('referrals.reason')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {referrals.map((r) => (
                  <Table.Row key={r.id}>
                    <Table.Cell>{format.date(r.referredOn)}</Table.Cell>
                    <Table.Cell>{`${r.child.givenName} ${r.child.familyName}`}</Table.Cell>
                    <Table.Cell>{r.unit.name}</Table.Cell>
                    <Table.Cell>{r.referredBy ? `${r.referredBy.givenName} ${r.referredBy.familyName}` : '–'}</Table.Cell>
                    <Table.Cell>{r.reason}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )
        }
      </Loaded>
    </section>
  );
}
