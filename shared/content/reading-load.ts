// The committed per-step counts (written by `npm run reading-load -- --write`), for the app.
import load from './reading-load.json';
import type { ReadingLoad } from './reading-time';

export const READING_LOAD: ReadingLoad = load;
