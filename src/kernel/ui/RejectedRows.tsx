import { Heading, Table } from '@digdir/designsystemet-react';

export interface RejectedRow {
  /** The file's line, the header being line 1. */
  line: number;
  /** The reason, already in the reader's words. */
  reason: string;
  /** The file's column it was found in, as the file names it. */
  column: string | null;
}

/**
 * An import's refused rows, each with its line, its reason and its column, under a heading the
 * table is named by: the same table wherever a file is imported.
 */
export function RejectedRows({ id, heading, level, labels, rows }: { id: string; heading: string; level: 2 | 3; labels: { line: string; reason: string; column: string }; rows: readonly RejectedRow[] }) {
  return (
    <>
      <Heading level={level} data-size="xs" id={id}>
        {heading}
      </Heading>
      <div className="table-scroll">
        <Table aria-labelledby={id} data-size="sm">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{labels.line}</Table.HeaderCell>
              <Table.HeaderCell>{labels.reason}</Table.HeaderCell>
              <Table.HeaderCell>{labels.column}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.line}>
                <Table.Cell>{row.line}</Table.Cell>
                <Table.Cell>{row.reason}</Table.Cell>
                <Table.Cell>{row.column ?? ''}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </>
  );
}
