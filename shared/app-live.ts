// The first screen is prerendered into index.html, so a title and buttons are on screen before any
// script runs, and a click on them then does nothing. The page sets this attribute on <html> once
// React has taken over (hydrated or drawn afresh); whatever drives the page (the desktop self-test,
// the browser tests) waits for it before pressing anything.
export const APP_LIVE_ATTRIBUTE = 'data-app-live';
