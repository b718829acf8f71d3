import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiRequestError, sendJson } from '../../kernel/ui/api.ts';
import type { ReportContent } from '../content-schema.ts';
import { draftSchema, type Draft } from '../schema.ts';
import { api } from './paths.ts';

export type SaveState = { status: 'saved'; at: string } | { status: 'saving' } | { status: 'failed'; code: string };

/** Quiet time after the last keystroke before the draft is saved. */
const DEBOUNCE_MS = 600;

/**
 * Saves the draft as the person types: shortly after the last change, at once when focus
 * leaves a field or the tab is hidden (closing it), and never two saves at a time. Each save
 * names the version the last one returned, so another tab's edits are not overwritten silently.
 */
export function useAutosave(initial: Draft) {
  const [content, setContent] = useState(initial.content);
  const [problems, setProblems] = useState(initial.problems);
  const [state, setState] = useState<SaveState>({ status: 'saved', at: initial.updatedAt });
  const version = useRef(initial.version);
  const latest = useRef(initial.content);
  const saved = useRef(initial.content);
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (running.current) await running.current;
    if (latest.current === saved.current) return;
    const sending = latest.current;
    setState({ status: 'saving' });
    running.current = sendJson('PUT', api.draft(initial.id), { version: version.current, content: sending }, draftSchema).then(
      (draft) => {
        version.current = draft.version;
        saved.current = sending;
        setProblems(draft.problems);
        setState({ status: 'saved', at: draft.updatedAt });
      },
      (error: unknown) => setState({ status: 'failed', code: error instanceof ApiRequestError ? error.code : 'unknown' }),
    );
    await running.current;
    running.current = null;
  }, [initial.id]);

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

  return { content, change, flush, problems, setProblems, state, version };
}
