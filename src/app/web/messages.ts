import { activityMessages } from '../../activity/web/messages.ts';
import { attendanceMessages } from '../../attendance/web/messages.ts';
import { attendanceCaseMessages } from '../../attendance/web/case-messages.ts';
import { attendanceGuidelineMessages } from '../../attendance/web/guideline-messages.ts';
import { calendarMessages } from '../../calendar/web/messages.ts';
import { childrenMessages } from '../../children/web/messages.ts';
import { chronologyMessages } from '../../chronology/web/messages.ts';
import { consultationsMessages } from '../../consultations/web/messages.ts';
import { evaluationMessages } from '../../evaluation/web/messages.ts';
import { evaluationImportMessages } from '../../evaluation/web/import-messages.ts';
import { organisationMessages } from '../../organisation/web/messages.ts';
import { oversightMessages } from '../../oversight/web/messages.ts';
import { presenceMessages } from '../../presence/web/messages.ts';
import { pupilTalksMessages } from '../../pupil-talks/web/messages.ts';
import { teamsMessages } from '../../teams/web/messages.ts';
import { concernMessages } from '../../concern-reports/web/messages.ts';
import { onCallMessages } from '../../on-call/web/messages.ts';
import { rotaMessages } from '../../rota/web/messages.ts';
import { onCallStatementMessages } from '../../on-call/web/statement-messages.ts';
import { anonymityMessages } from '../../anonymity/web/messages.ts';
import { authMessages } from '../../kernel/auth/web/messages.ts';
import { commonMessages } from '../../kernel/ui/messages.ts';

/**
 * Every capability's message namespace. A new capability adds its messages here, and the
 * completeness test and the typed `t()` keys pick them up from this one list.
 */
export const namespaces = {
  common: commonMessages,
  auth: authMessages,
  organisation: organisationMessages,
  children: childrenMessages,
  oversight: oversightMessages,
  presence: presenceMessages,
  anonymity: anonymityMessages,
  consultations: consultationsMessages,
  chronology: chronologyMessages,
  concerns: concernMessages,
  teams: teamsMessages,
  pupilTalks: pupilTalksMessages,
  calendar: calendarMessages,
  onCall: onCallMessages,
  rota: rotaMessages,
  onCallStatement: onCallStatementMessages,
  evaluation: evaluationMessages,
  evaluationImport: evaluationImportMessages,
  attendance: attendanceMessages,
  attendanceCase: attendanceCaseMessages,
  attendanceGuideline: attendanceGuidelineMessages,
  activity: activityMessages,
} as const;

export type Namespace = keyof typeof namespaces;
export const namespaceNames = Object.keys(namespaces) as Namespace[];
