/**
 * What the server answers for input it refuses: the issues with their stable codes and one
 * message in the asker's language, and which database errors stem from input at all.
 */
import { matchBrowserLanguage, type UiLanguage } from '../i18n/languages.ts';
import { commonMessages } from '../ui/messages.ts';
import { isInputIssueCode } from './issues.ts';

/** The language of an API answer: the first of Accept-Language we write in, else bokmål. */
export function answerLanguage(acceptLanguage: string | string[] | undefined): UiLanguage {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  const tags = header
    .split(',')
    .map((part) => part.split(';')[0]!.trim())
    .filter((tag) => tag.length > 0 && tag.length <= 35);
  return matchBrowserLanguage(tags);
}

/** The message for a refused request: the first issue we have words for, else the general one. */
export function validationMessage(language: UiLanguage, issues: readonly { code: string }[]): string {
  const texts = commonMessages[language];
  const known = issues.find((issue) => isInputIssueCode(issue.code));
  return known && isInputIssueCode(known.code) ? texts.inputIssue[known.code] : texts.errors.validation_failed;
}

/** SQLSTATE class 22, data exception: the database could not take a value as sent (NUL, overflow, a bad date). */
export function isDataException(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code) && typeof severity === 'string';
}
