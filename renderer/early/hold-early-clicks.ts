// The first screen is prerendered, so its buttons are on screen before the app's code has run, and a
// press on them then would do nothing — for someone pressing Urgent help, the worst moment to be
// ignored. This runs first (a classic script in <head>, ./main.ts): presses made before the app is
// live are held, and done once the page says it is live — on the same element when the app kept the
// prerendered HTML (hydration), else on its twin in the screen drawn afresh. The same holds for the
// first screen's parts whose code comes later (shared/app-live.ts): a press on one is held until
// that part is live, and the app is asked to load the parts at once.
import { APP_LIVE_ATTRIBUTE, PART_ATTRIBUTE, PART_LIVE_ATTRIBUTE, PART_WANTED_EVENT } from '../../shared/app-live';

/** What a held press can be: a button, a disclosure, or an answer to pick. Links and fields work without script. */
const PRESSABLE = 'button, summary, input[type="radio"], input[type="checkbox"]';
const WAITING_PART = `[${PART_ATTRIBUTE}]:not([${PART_LIVE_ATTRIBUTE}])`;

/** The element in the page now that stands for `element`: itself, or the one with the same kind, name, value and text. */
function twinOf(doc: Document, element: Element): HTMLElement | null {
  if (element.isConnected) return element as HTMLElement;
  const same = (candidate: Element) =>
    candidate.getAttribute('name') === element.getAttribute('name') &&
    candidate.getAttribute('value') === element.getAttribute('value') &&
    candidate.textContent?.trim() === element.textContent?.trim();
  return [...doc.querySelectorAll<HTMLElement>(element.tagName)].find(same) ?? null;
}

/**
 * Holds presses until APP_LIVE_ATTRIBUTE is set on <html> (and, for a press on a part loaded apart,
 * until that part is live), then does each pressed element's press once, in order.
 */
export function holdEarlyClicks(doc: Document): void {
  const root = doc.documentElement;
  const pageLive = () => root.hasAttribute(APP_LIVE_ATTRIBUTE);
  const waiting = (element: Element) => !pageLive() || element.closest(WAITING_PART) !== null;
  // Nothing can be pressed too early any more: the page is live and no part is still waiting.
  const allLive = () => pageLive() && doc.querySelector(WAITING_PART) === null;
  if (allLive()) return;
  const held: Element[] = [];
  const hold = (event: Event) => {
    const target = event.target instanceof Element ? event.target.closest(PRESSABLE) : null;
    if (!target || !waiting(target)) return;
    // Not done now (it would be undone when the app takes over); done again once it can be.
    event.preventDefault();
    event.stopImmediatePropagation();
    // Pressed twice while nothing seemed to happen: done once, not twice (no skipped screen).
    if (!held.includes(target)) held.push(target);
    if (pageLive()) doc.dispatchEvent(new Event(PART_WANTED_EVENT));
  };
  doc.addEventListener('click', hold, true);
  const release = () => {
    for (const element of [...held]) {
      const twin = twinOf(doc, element);
      if (twin && waiting(twin)) continue;
      held.splice(held.indexOf(element), 1);
      twin?.click();
    }
    // A press on a part made before the page was live: the part is wanted now.
    if (held.length > 0 && pageLive()) doc.dispatchEvent(new Event(PART_WANTED_EVENT));
    if (held.length === 0 && allLive()) {
      observer.disconnect();
      doc.removeEventListener('click', hold, true);
    }
  };
  const observer = new MutationObserver(release);
  observer.observe(root, { attributes: true, subtree: true, attributeFilter: [APP_LIVE_ATTRIBUTE, PART_LIVE_ATTRIBUTE] });
}
