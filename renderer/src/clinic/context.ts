// Whether the app runs in clinic mode (a shared computer), for the few places that differ: null
// when it does not. Provided by ClinicSession.
import { createContext, useContext } from 'react';

export interface ClinicMode {
  /** Clears everything and starts over at the welcome screen, for the next person. */
  finish: () => void;
  /** The app was started again for clinic use (a plain copy was closed): say so on the first screen. */
  restartedNotice: boolean;
  dismissRestartedNotice: () => void;
}

export const ClinicContext = createContext<ClinicMode | null>(null);

export function useClinic(): ClinicMode | null {
  return useContext(ClinicContext);
}
