// The first screen is prerendered into index.html, so a title and buttons are on screen before any
// script runs, and a click on them then does nothing. The page sets this attribute on <html> once
// React has taken over (hydrated or drawn afresh); whatever drives the page (the desktop self-test,
// the browser tests) waits for it before pressing anything.
export const APP_LIVE_ATTRIBUTE = 'data-app-live';

// The first screen's parts whose code loads apart, after the page is live (Settings, data actions,
// Read aloud; renderer/src/App.tsx) are prerendered too, and a press on them before their code has
// arrived would be lost — or open Settings whose choices then do nothing. Each part's root element
// carries PART_ATTRIBUTE, and PART_LIVE_ATTRIBUTE once its code has taken over; a press made on a
// part before that is held (renderer/early/hold-early-clicks.ts), and PART_WANTED_EVENT (on document)
// asks the app to load the parts at once rather than when the browser is idle.
export const PART_ATTRIBUTE = 'data-part';
export const PART_LIVE_ATTRIBUTE = 'data-part-live';
export const PART_WANTED_EVENT = 'app-part-wanted';
