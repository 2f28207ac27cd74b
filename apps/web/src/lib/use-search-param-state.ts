import { useCallback } from 'react';
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
