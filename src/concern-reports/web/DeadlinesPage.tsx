import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { deadlineViewSchema } from '../schema.ts';
import { DeadlineTag } from './DeadlineTag.tsx';
import { api } from './paths.ts';

/** The leader's view: deadlines near or past in the municipality, soonest first, without children's names. */
export function DeadlinesPage() {
  const { t } = useTranslation('concerns');
  usePageTitle(t('deadlines.title'));
  const format = useDateFormat();
  const state = useApi(api.deadlines, deadlineViewSchema);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('deadlines.title')}
      </Heading>
      <Loaded state={state} loadingLabel={t('deadlines.loading')}>
        {(data) =>
          data.items.length === 0 ? (
            <Paragraph>{t('deadlines.empty')}</Paragraph>
          ) : (
            <div className="table-scroll">
              <Table data-size="sm" zebra aria-label={t('deadlines.title')}>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('deadlines.deadline')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('deadlines.received')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('deadlines.from')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {data.items.map((item) => (
                    <Table.Row key={`${item.reportId} ${item.deadline.kind}`}>
                      <Table.Cell>
                        <DeadlineTag deadline={item.deadline} />
                      </Table.Cell>
                      <Table.Cell>{format.dateTime(item.receivedAt)}</Table.Cell>
                      <Table.Cell>{item.reporterUnitName}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          )
        }
      </Loaded>
    </>
  );
}
