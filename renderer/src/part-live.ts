// Marks the root element of a first-screen part whose code loads apart (shared/app-live.ts), so a
// press made on its prerendered HTML before its code arrived is held until it can be done.
import { PART_ATTRIBUTE, PART_LIVE_ATTRIBUTE } from '../../shared/app-live';

/** Spread on the part's root element: names the part, and says it is live once React has it. */
export function partRoot(name: string): { [PART_ATTRIBUTE]: string; ref: (element: HTMLElement | null) => void } {
  // Set after hydration (a ref, not an attribute React renders), so the prerendered HTML still matches.
  return { [PART_ATTRIBUTE]: name, ref: (element) => element?.setAttribute(PART_LIVE_ATTRIBUTE, '') };
}
