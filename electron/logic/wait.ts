// Waiting for work that must not hold the app forever (quitting waits for a save, but not for long).

/** Resolves when `work` settles (fulfilled or rejected) or after `ms`, whichever comes first. */
export function settleWithin(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  const done = work.then(
    () => undefined,
    () => undefined,
  );
  return Promise.race([done, limit]).finally(() => clearTimeout(timer));
}
