// Clinic mode's timings, apart from the policy schema so the page can use them without loading the
// validation library.

export const DEFAULT_IDLE_MINUTES = 5;
export const IDLE_MINUTES_MIN = 1;
export const IDLE_MINUTES_MAX = 120;
/** How long the "are you still there?" warning counts down before everything is cleared. */
export const COUNTDOWN_SECONDS = 60;
