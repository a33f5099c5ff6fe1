// A screen loaded in its own chunk. Once its module has arrived (prefetched in idle time) it renders
// straight away; only before that does it suspend. React holds a Suspense fallback for a few hundred
// milliseconds to avoid flicker, so suspending on an already-loaded module would slow every first visit.
import { createElement, lazy, type ComponentType } from 'react';

/**
 * `whenAsked`: rendering it does not fetch its code, only preload() does (a prerendered part of the first
 * screen: hydrating it would otherwise fetch it while the first screen is still being made usable).
 */
export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { whenAsked = false } = {},
): { Screen: ComponentType<P>; preload: () => Promise<unknown> } {
  let loaded: ComponentType<P> | null = null;
  let ask = () => {};
  const asked = new Promise<void>((resolve) => (ask = resolve));
  const preload = () => {
    ask();
    return load().then((component) => {
      loaded = component;
      return component;
    });
  };
  const Lazy = lazy(() => (whenAsked ? asked.then(preload) : preload()).then((component) => ({ default: component })));
  function Screen(props: P) {
    return loaded ? createElement(loaded, props) : createElement(Lazy, props);
  }
  return { Screen, preload };
}
