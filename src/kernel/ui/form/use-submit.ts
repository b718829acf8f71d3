import type { Namespace } from 'i18next';
import { useCallback, useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { ApiRequestError } from '../api.ts';
import { useErrorText, type ErrorText } from './error-text.ts';
import { firstError } from './first-error.ts';
import { submitCycle, type SubmitOutcome } from './submit-cycle.ts';

export interface SubmitOptions<V, R> {
  /** Sends what the form holds with this submission's idempotency key (forms that create put it in the body). */
  send: (values: V, key: string) => Promise<R>;
  /** The capability's namespace: its own `errors.<code>` texts come before the shell's. */
  ns?: Namespace;
  /** The form's sentence around the reason, e.g. `(reason) => t('settings.failed', { reason })`; without it the reason alone. */
  failed?: (reason: string) => string;
  /**
   * A refusal the form shows in its own way: it marks fields (`setError`) or lists findings and
   * returns true, or returns the whole message to show. Anything else gets `failed(reason)`.
   */
  refused?: (error: ApiRequestError, text: ErrorText) => boolean | string | undefined | void;
}

export interface Submit<V, R> {
  /** True while a submission is on its way; for `aria-disabled` on the button. */
  busy: boolean;
  /** The form's message for the latest refusal, shown by FormAlert. */
  failure: string;
  setFailure: (message: string) => void;
  /** The error text function of the form's namespace, for messages the form builds itself. */
  errorText: ErrorText;
  /** For the `<form>`: the first marked field in it gets the focus after an error. */
  formRef: RefObject<HTMLFormElement | null>;
  /** For the form's alert (FormAlert): the focus goes there when no field is marked. */
  alertRef: RefObject<HTMLDivElement | null>;
  /** Sends the values once (a second call while busy is ignored), then shows what went wrong. */
  submit: (values: V) => Promise<SubmitOutcome<R>>;
  /** `onSubmit` for the `<form>`: checks it with its schema first (react-hook-form), else sends `values` as they are. */
  handle: <I extends FieldValues>(form?: UseFormReturn<I, unknown, V>, values?: V) => (event?: FormEvent) => void;
  /** Moves the focus to the first error once it is on the screen; for checks a form makes itself. */
  showErrors: () => void;
}

/**
 * The one way a form is sent. It owns what every form used to write by hand: no double
 * submit, one idempotency key per submission (kept for a retry, new after a success), an API
 * error code in the reader's words, and the focus on the first error so a screen reader user
 * hears what went wrong and a keyboard user can fix it.
 */
export function useSubmit<V, R = void>(options: SubmitOptions<V, R>): Submit<V, R> {
  const [cycle] = useState(() => submitCycle());
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const [errorsShown, setErrorsShown] = useState(0);
  const formRef = useRef<HTMLFormElement | null>(null);
  const alertRef = useRef<HTMLDivElement | null>(null);
  const errorText = useErrorText(options.ns);
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    if (errorsShown === 0) return;
    // A task later: react-hook-form commits its field errors in a render of its own, after this one.
    const timer = setTimeout(() => firstError({ form: formRef.current, alert: alertRef.current })?.focus());
    return () => clearTimeout(timer);
  }, [errorsShown]);

  const showErrors = useCallback(() => setErrorsShown((n) => n + 1), []);

  const submit = useCallback(
    async (values: V): Promise<SubmitOutcome<R>> => {
      if (cycle.busy) return { kind: 'ignored' };
      const { send, refused, failed } = latest.current;
      setFailure('');
      setBusy(true);
      const outcome = await cycle.run((key) => send(values, key));
      setBusy(false);
      if (outcome.kind !== 'refused') return outcome;
      const error = outcome.error instanceof ApiRequestError ? outcome.error : new ApiRequestError('unknown');
      const own = refused?.(error, errorText);
      if (typeof own === 'string') setFailure(own);
      else if (own !== true) setFailure(failed ? failed(errorText(error.code)) : errorText(error.code));
      showErrors();
      return outcome;
    },
    [cycle, errorText, showErrors],
  );

  const handle = useCallback(
    <I extends FieldValues>(form?: UseFormReturn<I, unknown, V>, values?: V) => (event?: FormEvent) => {
      event?.preventDefault();
      if (cycle.busy) return;
      if (!form) {
        void submit(values as V);
        return;
      }
      setFailure('');
      void form.handleSubmit(
        async (checked) => void (await submit(checked)),
        () => showErrors(),
      )(event);
    },
    [cycle, submit, showErrors],
  );

  return { busy, failure, setFailure, errorText, formRef, alertRef, submit, handle, showErrors };
}
