import { Heading, List } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { childPath } from '../../children/web/paths.ts';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import type { Address } from '../content-schema.ts';
import type { IntakeReport } from '../schema.ts';

/** The words of a line, without the gaps an empty part would leave ("Emil Ahmed", not "Emil Ahmed ."). */
const joined = (parts: readonly string[], separator = ', ') => parts.map((p) => p.trim()).filter(Boolean).join(separator);
const addressLine = (a: Address) => joined([a.line1, joined([a.postalCode, a.postalTown], ' ')]);

/**
 * Everything intake acts on, as the reporter wrote it (the PDF has the same): the child with
 * identity number and address and whether they know, the guardians, what happened, and the
 * reporter's role and contact. The child's record is a link to the children page, which asks
 * the policy and audits the read itself.
 */
export function ReportFacts({ report }: { report: IntakeReport }) {
  const { t } = useTranslation('concerns');
  const format = useDateFormat();
  const { content } = report;
  const { child, reporter } = content;
  const given = (value: string) => value.trim() || t('detail.notGiven');
  const told = (value: { told: boolean | null; notToldReason: string }, yes: string, no: 'detail.childNotTold' | 'detail.guardianNotTold') =>
    value.told === null ? t('detail.childTellUnknown') : value.told ? yes : t(no, { reason: given(value.notToldReason) });
  return (
    <>
      <Heading level={2} data-size="sm">
        {t('detail.child')}
      </Heading>
      <dl className="concern-facts">
        {child.unborn ? (
          <div>
            <dt>{t('detail.child')}</dt>
            <dd>{t('detail.unborn')}</dd>
          </div>
        ) : (
          <div>
            <dt>{t('assistant.child.nationalId')}</dt>
            <dd>{given(child.nationalId)}</dd>
          </div>
        )}
        <div>
          <dt>{t('assistant.child.address')}</dt>
          <dd>{given(addressLine(child.address))}</dd>
        </div>
        <div>
          <dt>{t('assistant.told.question', { who: t('assistant.told.theChild') })}</dt>
          <dd>{told(child, t('detail.childTold'), 'detail.childNotTold')}</dd>
        </div>
        {content.guardians.map((g, i) => (
          <div key={i}>
            <dt>{t('assistant.guardians.guardian', { n: i + 1 })}</dt>
            <dd>
              {joined([g.name, g.phone])}. {told(g, t('detail.guardianTold'), 'detail.guardianNotTold')}
            </dd>
          </div>
        ))}
        {content.interpreter.trim() && (
          <div>
            <dt>{t('assistant.interpreter')}</dt>
            <dd>{content.interpreter}</dd>
          </div>
        )}
        {content.otherAgencies.trim() && (
          <div>
            <dt>{t('assistant.otherAgencies')}</dt>
            <dd>{content.otherAgencies}</dd>
          </div>
        )}
      </dl>
      {report.childRecordId && <RouterLink to={childPath(report.childRecordId)}>{t('detail.childRecord')}</RouterLink>}

      <Heading level={2} data-size="sm">
        {t('detail.content')}
      </Heading>
      <List.Unordered>
        {content.observations
          .filter((o) => o.what.trim() !== '')
          .map((o, i) => (
            <List.Item key={i}>
              {t('detail.observation', { date: o.date ? format.date(o.date) : t('detail.undated'), what: o.what })}
              {o.childsWords && <blockquote>«{o.childsWords}»</blockquote>}
            </List.Item>
          ))}
      </List.Unordered>
      <dl className="concern-facts">
        <div>
          <dt>{t('assistant.duration')}</dt>
          <dd>{content.duration}</dd>
        </div>
        <div>
          <dt>{t('assistant.actionsTaken')}</dt>
          <dd>{content.actionsTaken}</dd>
        </div>
      </dl>

      <Heading level={2} data-size="sm">
        {t('detail.reporter')}
      </Heading>
      <dl className="concern-facts">
        <div>
          <dt>{t('assistant.reporter.name')}</dt>
          <dd>{joined([reporter.name, reporter.role])}</dd>
        </div>
        <div>
          <dt>{t('assistant.reporter.workplace')}</dt>
          <dd>{joined([reporter.workplace, addressLine(reporter.workplaceAddress)])}</dd>
        </div>
        <div>
          <dt>{t('assistant.reporter.phone')}</dt>
          <dd>{given(reporter.phone)}</dd>
        </div>
        <div>
          <dt>{t('assistant.reporter.email')}</dt>
          <dd>{given(reporter.email)}</dd>
        </div>
      </dl>
    </>
  );
}
