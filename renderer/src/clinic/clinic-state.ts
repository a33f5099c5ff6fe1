// Whether the page runs in clinic mode, from what the host said. Fail safe: a host that could not
// say (getAppInfo failed, so appInfo is null) may be a shared computer, so the page then runs in
// clinic mode with the default idle time: the idle clear on and no file actions.
import type { AppInfo } from '../../../shared/bridge/contract';
import type { ClinicInfo } from '../../../shared/clinic/policy';
import { DEFAULT_IDLE_MINUTES } from '../../../shared/clinic/timing';

export function clinicStateOf(appInfo: AppInfo | null): ClinicInfo {
  if (!appInfo) return { idleMinutes: DEFAULT_IDLE_MINUTES };
  return appInfo.clinic;
}
