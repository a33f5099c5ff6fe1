// A screen loaded in its own chunk. Once its module has arrived (prefetched in idle time) it renders
// straight away; only before that does it suspend. React holds a Suspense fallback for a few hundred
// milliseconds to avoid flicker, so suspending on an already-loaded module would slow every first visit.
import { createElement, lazy, type ComponentType } from 'react';

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): { Screen: ComponentType<P>; preload: () => Promise<unknown> } {
  let loaded: ComponentType<P> | null = null;
  const preload = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Screen(props: P) {
    return loaded ? createElement(loaded, props) : createElement(Lazy, props);
  }
  return { Screen, preload };
}
