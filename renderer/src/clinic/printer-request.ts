// The menu's Print… (or Ctrl/Cmd+P) in clinic mode: it cannot open the system dialog, so it asks the
// sheet step to open the app's own choice of printer. The sheet step may not be drawn yet when the
// request comes (it loads on demand), so the request waits here until it is taken.
let pending = false;
const listeners = new Set<() => void>();

export function askForPrinterChoice(): void {
  pending = true;
  for (const listener of listeners) listener();
}

/** Calls `open` for a request made before or while the caller listens; returns the stop function. */
export function onPrinterChoiceAsked(open: () => void): () => void {
  const take = () => {
    if (!pending) return;
    pending = false;
    open();
  };
  listeners.add(take);
  take();
  return () => listeners.delete(take);
}
