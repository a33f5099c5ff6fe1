// Printing a page prints its details too: every closed <details> in the main area is opened just
// before printing and closed again after (issue 18: details on demand on screen, all of it on paper).
// The settings panel and other chrome outside <main> are left as they are.
export function openDetailsForPrint(win: Window): () => void {
  let opened: HTMLDetailsElement[] = [];
  const before = () => {
    opened = [...win.document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')];
    for (const details of opened) details.open = true;
  };
  const after = () => {
    for (const details of opened) details.open = false;
    opened = [];
  };
  win.addEventListener('beforeprint', before);
  win.addEventListener('afterprint', after);
  return () => {
    win.removeEventListener('beforeprint', before);
    win.removeEventListener('afterprint', after);
  };
}
