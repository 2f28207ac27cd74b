import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/** Filters live in the URL: this sets or clears one parameter without adding a history entry per keystroke. */
export function useSearchParamState(): [URLSearchParams, (key: string, value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const setParam = useCallback(
    (key: string, value: string | null) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [params, setParam];
}

/**
 * A search box kept in the URL parameter `key`: the box shows every key at once, the parameter (trimmed) follows a
 * pause after the last one, so typing does not refetch on every key. Returns the box's text, its setter and the
 * parameter's value, the one to query with.
 */
export function useSearchParamText(key: string, delayMs = 300): [string, (text: string) => void, string] {
  const [params, setParam] = useSearchParamState();
  const value = params.get(key) ?? '';
  const [text, setText] = useState(value);
  useEffect(() => {
    const handle = setTimeout(() => {
      if (text.trim() !== value) setParam(key, text.trim() || null);
    }, delayMs);
    return () => clearTimeout(handle);
    // Only the box's text drives the parameter; the parameter changing elsewhere must not write the old text back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);
  return [text, setText, value];
}
