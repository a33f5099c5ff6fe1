// What "What your answers mean" shows for each flag, in screen order (urgent help, raise first,
// ask about). Issue 18 §5, say each thing once: a flag shows its key line, then a shared warning
// (in full in the first flag that needs it, later only a few words pointing back to it), then its
// explanation, which holds only what the key line does not say. An urgent flag says what to do
// first: its explanation, then the shared warning.
import type { TextRef } from '../content/text';
import type { Flag } from './evaluate';
import type { SharedWarningId } from './rules';

export const MEANING_GROUP_IDS = ['urgent', 'raise-first', 'ask-about'] as const;
export type MeaningGroupId = (typeof MEANING_GROUP_IDS)[number];

const PICK: Readonly<Record<MeaningGroupId, (f: Flag) => boolean>> = {
  urgent: (f) => f.urgent,
  'raise-first': (f) => !f.urgent && f.severity === 'raise-first',
  'ask-about': (f) => f.severity === 'ask-about',
};

export type FlagPartKind = 'key' | 'warning' | 'warning-again' | 'body';

export interface FlagPart {
  readonly kind: FlagPartKind;
  readonly text: TextRef;
}

export interface ShownFlag {
  readonly flag: Flag;
  /** The flag's texts in the order shown. */
  readonly parts: readonly FlagPart[];
}

export interface MeaningGroup {
  readonly id: MeaningGroupId;
  readonly flags: readonly ShownFlag[];
}

/** The non-empty groups in screen order, each flag with the texts it shows. */
export function meaningGroups(flags: readonly Flag[]): MeaningGroup[] {
  const said = new Set<SharedWarningId>();
  const show = (flag: Flag): ShownFlag => {
    const w = flag.sharedWarning;
    const warning: FlagPart[] = w ? [said.has(w.id) ? { kind: 'warning-again', text: w.again } : { kind: 'warning', text: w.text }] : [];
    if (w) said.add(w.id);
    const key: FlagPart = { kind: 'key', text: flag.key };
    const body: FlagPart = { kind: 'body', text: flag.body };
    // An urgent flag's explanation is what to do now: it comes straight after the key line.
    return { flag, parts: flag.urgent ? [key, body, ...warning] : [key, ...warning, body] };
  };
  return MEANING_GROUP_IDS.map((id) => ({ id, flags: flags.filter(PICK[id]).map(show) })).filter((g) => g.flags.length > 0);
}
