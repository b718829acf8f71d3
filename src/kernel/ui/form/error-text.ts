import i18next, { type i18n as I18n, type Namespace } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../api.ts';

/** An API error code in the reader's language. */
export type ErrorText = (code: string) => string;

/** A namespace's own text for an error code (`errors.<code>`), when it has one. */
export type OwnErrorText = (code: string) => string | undefined;

/**
 * A code's text: the capability's own words first (a clash, a stale version, a refused note),
 * then the shell's shared ones, which also cover every code of bad input.
 */
export function errorTextOf(code: string, own: OwnErrorText, shared: ErrorText): string {
  return own(code) ?? shared(code);
}

/**
 * The error text function every form uses, so no capability keeps its own copy of the mapping.
 * `ns` is the capability's namespace, whose `errors.<code>` texts come before the shared ones.
 */
export function useErrorText(ns?: Namespace): ErrorText {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return useCallback(
    (code: string) => errorTextOf(code, ns === undefined ? () => undefined : ownErrorText(ns), (c) => t(errorMessageKey(c))),
    // The language is a dependency so a switch gives new texts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ns, t, language],
  );
}

/** A namespace's `errors.<code>` texts, looked up in the loaded catalogues. */
export function ownErrorText(ns: Namespace, i18n: I18n = i18next): OwnErrorText {
  return (code) => {
    const key = `errors.${code}`;
    if (!i18n.exists(key, { ns })) return undefined;
    // Some namespaces group texts under `errors` (e.g. a field's issues): those are no code's text.
    const text: unknown = i18n.t(key as never, { ns, returnObjects: true } as never);
    return typeof text === 'string' ? text : undefined;
  };
}
