// The classic script that runs before the app's code (built by vite.renderer.config.ts into
// hold-early-clicks.js and put first in <head>); the attributes it waits for are shared with the app.
import { holdEarlyClicks } from './hold-early-clicks';

holdEarlyClicks(document);
