import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { api } from './paths.ts';

/**
 * Deleting a draft, asked once more in words (a draft may hold an hour's careful writing).
 * Focus goes to the question and back to the button when the writer keeps the draft.
 */
export function DeleteDraft({ id, child, beforeDelete, onDeleted }: { id: string; child: string; beforeDelete?: () => Promise<void>; onDeleted: () => void }) {
  const { t } = useTranslation('concerns');
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);

  const remove = useSubmit({
    send: async () => {
      await beforeDelete?.();
      await sendJson('DELETE', api.draft(id));
      onDeleted();
    },
    failed: (reason) => t('mine.deleteFailed', { reason }),
  });

  if (!asking) {
    return (
      <Button ref={opener} type="button" variant="tertiary" data-color="danger" data-size="sm" onClick={() => setAsking(true)}>
        {t('mine.delete', { child })}
      </Button>
    );
  }
  return (
    <div className="concern-delete">
      <Paragraph ref={question} tabIndex={-1}>
        {t('mine.deleteConfirm', { child })}
      </Paragraph>
      <Button type="button" data-color="danger" data-size="sm" onClick={() => void remove.submit(undefined)}>
        {t('mine.deleteYes')}
      </Button>
      <Button type="button" variant="secondary" data-size="sm" onClick={() => setAsking(false)}>
        {t('mine.deleteNo')}
      </Button>
      <FormAlert submit={remove} />
    </div>
  );
}
