import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { Submit } from './use-submit.ts';

/**
 * The form's alert: what the form lists itself (findings, warnings) and the failure's message.
 * It is read out as it appears, and takes the focus when no field is marked.
 */
export function FormAlert({ submit, children }: { submit: Pick<Submit<never, unknown>, 'failure' | 'alertRef'>; children?: ReactNode }) {
  return (
    <div role="alert" className="form-failure" tabIndex={-1} ref={submit.alertRef}>
      {children}
      {submit.failure && (
        <Alert data-color="danger">
          <Paragraph>{submit.failure}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
