import type { TFunction } from 'i18next';
import type { ErrorText } from '../../kernel/ui/form/error-text.ts';
import { presenceMessages } from './messages.ts';
import { issuesOf } from './issues.ts';

type FieldCode = keyof (typeof presenceMessages)['nb']['settings']['field'];

/** The settings form's refused fields by path (`holidays/0/label`), in the page's words. */
export type SettingsIssues = Record<string, string>;

function isFieldCode(code: string): code is FieldCode {
  return Object.hasOwn(presenceMessages.nb.settings.field, code);
}

/**
 * The request schema's general codes in the page's words: "too short" for a holiday's name is
 * "give the holiday a name", a number out of range for a travel time is "0 to 240 minutes".
 */
function fieldCodeOf(path: string, code: string): string {
  if (code === 'text_too_short' && /^holidays\/\d+\/label$/.test(path)) return 'label_missing';
  if (code === 'number_out_of_range' && /^(travelMinutes|pairs\/\d+\/minutes)$/.test(path)) return 'bad_minutes';
  return code;
}

/** The per-field texts of a refused save; none when the server named no field. */
export function settingsIssues(body: unknown, t: TFunction<'presence'>, errorText: ErrorText): SettingsIssues {
  return Object.fromEntries(
    issuesOf(body).map((issue) => {
      const path = issue.path.replace(/^body\//, '');
      const code = fieldCodeOf(path, issue.code);
      return [path, isFieldCode(code) ? t(`settings.field.${code}`) : errorText(code)];
    }),
  );
}
