import { Alert, Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../kernel/ui/api.ts';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useCan } from '../../kernel/ui/session.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useNameOrder } from '../../kernel/ui/use-name-order.ts';
import { useGradeLabels } from '../../kernel/ui/use-grade-labels.ts';
import { registerSchema } from '../schema.ts';
import { api, childPath } from './paths.ts';
import { filterRegister, type RegisterChild } from './register-filter.ts';

/**
 * The children of a unit by name, for someone whose roles may read them. The server answers
 * 404 for a unit outside the person's reach (by design, so it reveals nothing); that is not an
 * error here, just a short note. Other failures stay inside the section, never the whole page.
 */
/** The unit page's register of children, at units that keep one, for those who may read it. */
export function UnitRegister({ unitId, enrols }: { unitId: string; enrols: boolean }) {
  const mayRead = useCan('child.read');
  return enrols && mayRead ? <RegisterSection unitId={unitId} /> : null;
}

function RegisterSection({ unitId }: { unitId: string }) {
  const { t } = useTranslation('children');
  const { t: tc } = useTranslation();
  const headingId = useId();
  const state = useApi(api.register(unitId), registerSchema);

  return (
    <section aria-labelledby={headingId} className="page-section register">
      <Heading level={2} data-size="md" id={headingId}>
        {t('register.heading')}
      </Heading>
      {state.status === 'loading' && (
        <p role="status" className="register__status">
          {t('register.loading')}
        </p>
      )}
      {state.status === 'failed' &&
        (state.code === 'not_found' || state.code === 'forbidden' ? (
          <Paragraph className="register__status">{t('register.outOfScope')}</Paragraph>
        ) : (
          <Alert data-color="danger" className="page-error">
            <Paragraph>{tc(errorMessageKey(state.code))}</Paragraph>
            <Button variant="secondary" data-size="sm" onClick={state.retry}>
              {tc('errors.retry')}
            </Button>
          </Alert>
        ))}
      {state.status === 'ready' &&
        (state.data.children.length === 0 ? (
          <Paragraph>{t('register.empty')}</Paragraph>
        ) : (
          <RegisterTable register={state.data.children} labelledBy={headingId} />
        ))}
    </section>
  );
}

function RegisterTable({ register, labelledBy }: { register: RegisterChild[]; labelledBy: string }) {
  const { t } = useTranslation('children');
  const compare = useNameOrder();
  const grades = useGradeLabels();
  const [query, setQuery] = useState('');
  const { shown, active } = filterRegister(register, query, compare);
  const showGrades = register.some((child) => child.grade !== null);

  return (
    <>
      <Paragraph>{t('register.intro')}</Paragraph>
      <div className="register__filter">
        <Textfield
          type="search"
          autoComplete="off"
          label={t('register.filter.label')}
          description={t('register.filter.description')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <p role="status" className="register__filter-status">
          {active &&
            (shown.length === 0
              ? t('register.filter.none', { query: query.trim() })
              : t('register.filter.status', { shown: shown.length, total: register.length }))}
        </p>
      </div>
      {shown.length > 0 && (
        <div className="table-scroll">
          <Table aria-labelledby={labelledBy} data-size="sm" zebra className="register__table">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('register.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('register.group')}</Table.HeaderCell>
                {showGrades && <Table.HeaderCell>{t('register.grade')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {shown.map((child) => (
                <Table.Row key={child.id}>
                  <Table.Cell>
                    <RouterLink to={childPath(child.id)}>
                      {child.givenName} {child.familyName}
                    </RouterLink>
                  </Table.Cell>
                  <Table.Cell>{child.groupName}</Table.Cell>
                  {showGrades && <Table.Cell className="nowrap">{grades.single(child.grade)}</Table.Cell>}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </>
  );
}
