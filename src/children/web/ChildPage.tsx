import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { NotFound } from '../../kernel/ui/NotFound.tsx';
import { PageError } from '../../kernel/ui/PageStatus.tsx';
import { useCan } from '../../kernel/ui/session.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { childParamsSchema, childRecordSchema, type EmergencyGrant } from '../schema.ts';
import { ChildRecordView } from './ChildRecordView.tsx';
import { EmergencyAccess } from './EmergencyAccess.tsx';
import { api } from './paths.ts';

/**
 * One child's record. The server answers 404 both for a child that does not exist and for one
 * outside the person's reach; someone who may open records in an emergency is then offered
 * that (break the glass), everyone else sees the ordinary not-found page.
 */
export function ChildPage() {
  const { t } = useTranslation('children');
  const { childId = '' } = useParams();
  const mayOpenInEmergency = useCan('emergency.open');
  // Remembered per child, so the record can say until when the emergency access lasts.
  const [grant, setGrant] = useState<{ childId: string; grant: EmergencyGrant } | null>(null);
  // An address that cannot be an id is not found; asking the server would only say "invalid".
  const valid = childParamsSchema.safeParse({ id: childId }).success;
  const state = useApi(valid ? api.child(childId) : null, childRecordSchema);
  const granted = grant?.childId === childId ? grant.grant : null;

  if (!valid) return <NotFound />;
  if (state.status === 'failed' && outsideReach(state.code) && mayOpenInEmergency) {
    // Just granted and still refused: say so rather than offer the same form again.
    if (granted) return <PageError code={state.code} retry={state.retry} />;
    return (
      <EmergencyAccess
        childId={childId}
        onGranted={(newGrant) => {
          setGrant({ childId, grant: newGrant });
          state.retry();
        }}
      />
    );
  }
  return (
    <Loaded state={state} loadingLabel={t('record.loading')}>
      {(record) => <ChildRecordView record={record} grant={granted} />}
    </Loaded>
  );
}

/**
 * Not found is how the server hides a record outside one's scope. Forbidden comes from the
 * route's own check for a role without `child.read` (an on-call worker): also "not yours".
 */
function outsideReach(code: string): boolean {
  return code === 'not_found' || code === 'forbidden';
}
