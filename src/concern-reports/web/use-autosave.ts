import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiRequestError, sendJson } from '../../kernel/ui/api.ts';
import type { ReportContent } from '../content-schema.ts';
import { draftSchema } from '../schema.ts';
import { api } from './paths.ts';

export type SaveState = { status: 'saved'; at: string } | { status: 'saving' } | { status: 'failed'; code: string } | { status: 'not_started' };

/** What the form starts from: a stored draft, or (id null) a report not yet started. */
export interface Start {
  id: string | null;
  version: number;
  content: ReportContent;
  updatedAt: string | null;
}

/** Quiet time after the last keystroke before the draft is saved. */
const DEBOUNCE_MS = 600;

/**
 * Saves the draft as the person types: shortly after the last change, at once when focus
 * leaves a field or the tab is hidden (closing it), and never two saves at a time. Each save
 * names the version the last one returned, so another tab's edits are not overwritten silently.
 * A report not yet started is created by its first save, with what was typed, so opening
 * the form and leaving it behind leaves nothing; `onCreated` hears the new draft's id.
 */
export function useAutosave(initial: Start, onCreated: (id: string) => void) {
  const [content, setContent] = useState(initial.content);
  const [state, setState] = useState<SaveState>(initial.updatedAt ? { status: 'saved', at: initial.updatedAt } : { status: 'not_started' });
  const id = useRef(initial.id);
  const version = useRef(initial.version);
  const latest = useRef(initial.content);
  const saved = useRef(initial.content);
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // One key for the form's life: a retried first save creates one draft.
  const createKey = useRef(crypto.randomUUID());

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (running.current) await running.current;
    if (latest.current === saved.current) return;
    const sending = latest.current;
    setState({ status: 'saving' });
    const request =
      id.current === null
        ? sendJson('POST', api.drafts, { idempotencyKey: createKey.current, content: sending }, draftSchema)
        : sendJson('PUT', api.draft(id.current), { version: version.current, content: sending }, draftSchema);
    running.current = request.then(
      (draft) => {
        const created = id.current === null;
        id.current = draft.id;
        version.current = draft.version;
        saved.current = sending;
        setState({ status: 'saved', at: draft.updatedAt });
        if (created) onCreated(draft.id);
      },
      (error: unknown) => setState({ status: 'failed', code: error instanceof ApiRequestError ? error.code : 'unknown' }),
    );
    await running.current;
    running.current = null;
  }, [onCreated]);

  const change = useCallback(
    (edit: (draft: ReportContent) => void) => {
      const next = structuredClone(latest.current);
      edit(next);
      latest.current = next;
      setContent(next);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
    };
  }, [flush]);

  return { content, change, flush, state, id, version };
}
