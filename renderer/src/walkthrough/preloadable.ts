// A screen loaded in its own chunk. Once its module has arrived (prefetched in idle time) it renders
// straight away; only before that does it suspend. React holds a Suspense fallback for a few hundred
// milliseconds to avoid flicker, so suspending on an already-loaded module would slow every first visit.
import { createElement, lazy, memo, Suspense, type ComponentType } from 'react';
import { LoadFailureBoundary } from '../components/LoadFailure';

/**
 * `whenAsked`: rendering it does not fetch its code, only preload() does (a prerendered part of the first
 * screen: hydrating it would otherwise fetch it while the first screen is still being made usable).
 * `Part`: the screen in its own Suspense boundary and LoadFailureBoundary (code that cannot be loaded:
 * a short message with a way out in its place, the rest of the page working), rendered again only
 * when its props change (for such a part: React drops the prerendered HTML of a boundary that gets new
 * props before its code is here, and shows nothing until the code arrives; so give it props that
 * change only with what it shows).
 */
export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { whenAsked = false } = {},
): { Screen: ComponentType<P>; Part: ComponentType<P>; preload: () => Promise<unknown> } {
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
  const Part = memo(function Part(props: P) {
    return createElement(LoadFailureBoundary, null, createElement(Suspense, { fallback: null }, createElement(Screen, props)));
  });
  return { Screen, Part, preload };
}
