import { useCallback, useLayoutEffect, useRef } from 'react';

/** A function that stays the same from render to render and always calls the latest `callback` (for memoised parts). */
export function useStableCallback<A extends unknown[], R>(callback: (...args: A) => R): (...args: A) => R {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
