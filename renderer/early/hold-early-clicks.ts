// The first screen is prerendered, so its buttons are on screen before the app's code has run, and a
// press on them then would do nothing — for someone pressing Urgent help, the worst moment to be
// ignored. This runs first (a classic script in <head>, ./main.ts): presses made before the app is
// live are held, and done once the page says it is live — on the same element when the app kept the
// prerendered HTML (hydration), else on its twin in the screen drawn afresh.

/** What a held press can be: a button, or an answer to pick. Links and fields work without script. */
const PRESSABLE = 'button, input[type="radio"], input[type="checkbox"]';

/** The element in the page now that stands for `element`: itself, or the one with the same kind, name, value and text. */
function twinOf(doc: Document, element: Element): HTMLElement | null {
  if (element.isConnected) return element as HTMLElement;
  const same = (candidate: Element) =>
    candidate.getAttribute('name') === element.getAttribute('name') &&
    candidate.getAttribute('value') === element.getAttribute('value') &&
    candidate.textContent?.trim() === element.textContent?.trim();
  return [...doc.querySelectorAll<HTMLElement>(element.tagName)].find(same) ?? null;
}

/** Holds presses until `liveAttribute` is set on <html>, then does each pressed element's press once, in order. */
export function holdEarlyClicks(doc: Document, liveAttribute: string): void {
  const root = doc.documentElement;
  if (root.hasAttribute(liveAttribute)) return;
  const held: Element[] = [];
  const hold = (event: Event) => {
    const target = event.target instanceof Element ? event.target.closest(PRESSABLE) : null;
    if (!target || root.hasAttribute(liveAttribute)) return;
    // Not done now (it would be undone when the app takes over); done again once the app is live.
    event.preventDefault();
    event.stopImmediatePropagation();
    // Pressed twice while nothing seemed to happen: done once, not twice (no skipped screen).
    if (!held.includes(target)) held.push(target);
  };
  doc.addEventListener('click', hold, true);
  const observer = new MutationObserver(() => {
    if (!root.hasAttribute(liveAttribute)) return;
    observer.disconnect();
    doc.removeEventListener('click', hold, true);
    for (const element of held) twinOf(doc, element)?.click();
  });
  observer.observe(root, { attributes: true, attributeFilter: [liveAttribute] });
}
