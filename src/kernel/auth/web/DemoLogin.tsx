import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { roleSchema } from '../../db/register-kinds.ts';
import { ApiRequestError, errorMessageKey, sendJson } from '../../ui/api.ts';
import { useSession } from '../../ui/session.tsx';
import { useApi } from '../../ui/use-api.ts';
import { demoPeopleSchema } from '../session-schema.ts';
import { api } from './paths.ts';

type DemoPerson = z.infer<typeof demoPeopleSchema>['people'][number];

/**
 * Demo mode only: the synthetic people, one per role and municipality, each a button that
 * logs in as them without a password. Grouped by municipality, roles in the usual order.
 * The login page moves on by itself once the session has a user.
 */
export function DemoLogin() {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation();
  const { refresh } = useSession();
  const headingId = useId();
  const state = useApi(api.demoPeople, demoPeopleSchema);
  const [pending, setPending] = useState<string | null>(null);
  const [failure, setFailure] = useState('');

  async function logIn(staffId: string) {
    if (pending !== null) return;
    setPending(staffId);
    setFailure('');
    try {
      await sendJson('POST', api.demoLogin, { staffId });
      await refresh();
    } catch (error) {
      const code = error instanceof ApiRequestError ? error.code : 'unknown';
      setFailure(t('demo.failed', { reason: tc(errorMessageKey(code)) }));
      setPending(null);
    }
  }

  return (
    <section aria-labelledby={headingId} className="page-section demo-login">
      <Heading level={2} data-size="md" id={headingId}>
        {t('demo.heading')}
      </Heading>
      <Paragraph>{t('demo.text')}</Paragraph>
      <div role="alert" className="demo-login__failure">
        {failure && (
          <Alert data-color="danger">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>
      {state.status === 'loading' && <p role="status">{t('demo.loading')}</p>}
      {state.status === 'failed' && (
        <Alert data-color="danger">
          <Paragraph>{tc(errorMessageKey(state.code))}</Paragraph>
          <Button variant="secondary" data-size="sm" onClick={state.retry}>
            {tc('errors.retry')}
          </Button>
        </Alert>
      )}
      {state.status === 'ready' &&
        (state.data.people.length === 0 ? (
          <Paragraph>{t('demo.empty')}</Paragraph>
        ) : (
          byMunicipality(state.data.people).map(([municipality, people]) => (
            <MunicipalityPeople
              key={municipality}
              municipality={municipality}
              people={people}
              pending={pending}
              onLogIn={(staffId) => void logIn(staffId)}
            />
          ))
        ))}
    </section>
  );
}

function MunicipalityPeople({
  municipality,
  people,
  pending,
  onLogIn,
}: {
  municipality: string;
  people: DemoPerson[];
  pending: string | null;
  onLogIn: (staffId: string) => void;
}) {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="demo-login__municipality">
      <Heading level={3} data-size="sm" id={headingId}>
        {municipality}
      </Heading>
      <ul className="demo-login__people">
        {people.map((person) => (
          <li key={person.staffId}>
            <Button
              type="button"
              variant="secondary"
              className="demo-login__person"
              aria-disabled={pending !== null || undefined}
              aria-busy={pending === person.staffId || undefined}
              onClick={() => onLogIn(person.staffId)}
            >
              {t('demo.login', {
                name: `${person.givenName} ${person.familyName}`,
                role: tc(`role.${person.role}`),
                unit: person.unitName,
              })}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** People by municipality in the server's order of municipalities; roles as listed everywhere else. */
function byMunicipality(people: DemoPerson[]): [string, DemoPerson[]][] {
  const groups = new Map<string, DemoPerson[]>();
  for (const person of people) groups.set(person.municipalityName, [...(groups.get(person.municipalityName) ?? []), person]);
  const roleOrder = roleSchema.options;
  for (const group of groups.values()) group.sort((a, b) => roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role));
  return [...groups];
}
