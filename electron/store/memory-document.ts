// A kept document that never leaves memory: what clinic mode uses instead of the file store, so
// nothing about the person is written to disk (or read from it) on a shared computer.
import type { KeptDocument, LoadOutcome } from './document-store';

export class MemoryDocument<T> implements KeptDocument<T> {
  private current: T | null = null;

  load(): Promise<LoadOutcome<T>> {
    return Promise.resolve(this.current === null ? { status: 'empty' } : { status: 'loaded', document: structuredClone(this.current) });
  }

  save(document: T): Promise<void> {
    this.current = structuredClone(document);
    return Promise.resolve();
  }

  erase(): Promise<string[]> {
    this.current = null;
    return Promise.resolve([]);
  }

  /** Nothing is ever written, so nothing is ever waiting. */
  readonly busy = false;

  idle(): Promise<void> {
    return Promise.resolve();
  }
}
