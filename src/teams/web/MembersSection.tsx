import { Button, Checkbox, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { roleInTeamSchema, teamCandidatesSchema, teamMemberSchema, type RoleInTeam, type Team, type TeamMember } from '../schema.ts';
import { z } from 'zod';
import { api } from './paths.ts';
import { teamRefusal } from './team-issues.ts';

const ROLES = roleInTeamSchema.options;
const membersAnswerSchema = z.object({ members: z.array(teamMemberSchema) });
const memberKey = (member: { staffId: string; roleInTeam: RoleInTeam }) => `${member.roleInTeam} ${member.staffId}`;
const fullName = (person: { givenName: string; familyName: string }) => `${person.givenName} ${person.familyName}`;

/** The team's members by role, and for those who run the team a form to choose them. */
export function MembersSection({ team, onMembers }: { team: Team; onMembers: (members: TeamMember[]) => void }) {
  const { t } = useTranslation('teams');
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const openButton = useRef<HTMLButtonElement>(null);
  return (
    <section className="page-section" aria-labelledby="team-members">
      <Heading level={2} data-size="md" id="team-members">
        {t('members')}
      </Heading>
      <p role="status" className="team-status">
        {status}
      </p>
      {team.members.length === 0 ? (
        <Paragraph>{t('noMembers')}</Paragraph>
      ) : (
        <ul>
          {team.members.map((member) => (
            <li key={memberKey({ staffId: member.staff.id, roleInTeam: member.roleInTeam })}>
              {fullName(member.staff)} – {t(`role.${member.roleInTeam}`)}
            </li>
          ))}
        </ul>
      )}
      {team.canManage &&
        (editing ? (
          <MembersForm
            team={team}
            onDone={(members) => {
              setEditing(false);
              if (members) {
                onMembers(members);
                setStatus(t('membersForm.saved'));
              }
              requestAnimationFrame(() => openButton.current?.focus());
            }}
          />
        ) : (
          <Button
            ref={openButton}
            variant="secondary"
            onClick={() => {
              setStatus('');
              setEditing(true);
            }}
          >
            {t('membersForm.open')}
          </Button>
        ))}
    </section>
  );
}

function MembersForm({ team, onDone }: { team: Team; onDone: (members: TeamMember[] | null) => void }) {
  const { t } = useTranslation('teams');
  const candidates = useApi(api.candidates(team.unitId), teamCandidatesSchema);
  const [chosen, setChosen] = useState(
    () => new Set(team.members.map((m) => memberKey({ staffId: m.staff.id, roleInTeam: m.roleInTeam }))),
  );
  const save = useSubmit({
    send: async () => {
      const members = [...chosen].map((key) => {
        const [roleInTeam, staffId] = key.split(' ') as [RoleInTeam, string];
        return { staffId, roleInTeam };
      });
      const answer = await sendJson('PUT', api.members(team.unitId), { members }, membersAnswerSchema);
      onDone(answer.members);
    },
    ns: 'teams',
    failed: (reason) => t('failed', { reason }),
    refused: (error, errorText) => teamRefusal(error.code, error.body, t, errorText).message,
  });

  function toggle(key: string, on: boolean) {
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }

  return (
    <Loaded state={candidates} loadingLabel={t('membersForm.loading')}>
      {({ candidates: list }) => (
        <form ref={save.formRef} className="team-form" onSubmit={save.handle()} noValidate>
          <Paragraph>{t('membersForm.intro')}</Paragraph>
          {ROLES.map((role) => {
            const inRole = list.filter((c) => c.roleInTeam === role);
            return (
              <Fieldset key={role}>
                <Fieldset.Legend>{t(`role.${role}`)}</Fieldset.Legend>
                {inRole.length === 0 && <Paragraph data-size="sm">{t('membersForm.none')}</Paragraph>}
                <div className="team-choices">
                  {inRole.map((candidate) => {
                    const key = memberKey({ staffId: candidate.staff.id, roleInTeam: role });
                    return (
                      <Checkbox
                        key={key}
                        label={fullName(candidate.staff)}
                        value={key}
                        checked={chosen.has(key)}
                        onChange={(event) => toggle(key, event.target.checked)}
                      />
                    );
                  })}
                </div>
              </Fieldset>
            );
          })}
          <FormAlert submit={save} />
          <div className="team-actions">
            <Button type="submit">{t('membersForm.save')}</Button>
            <Button type="button" variant="secondary" onClick={() => onDone(null)}>
              {t('cancel')}
            </Button>
          </div>
        </form>
      )}
    </Loaded>
  );
}
