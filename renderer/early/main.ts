// The classic script that runs before the app's code (built by vite.renderer.config.ts into
// hold-early-clicks.js and put first in <head>); the attribute it waits for is shared with the app.
import { APP_LIVE_ATTRIBUTE } from '../../shared/app-live';
import { holdEarlyClicks } from './hold-early-clicks';

holdEarlyClicks(document, APP_LIVE_ATTRIBUTE);
