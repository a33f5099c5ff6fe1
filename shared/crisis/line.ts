// Builds a crisis line from its id: its name and "what it is" are in locales/<lang>/crisis.json
// under lines.<id>.
import { text } from '../content/text';
import type { CrisisLine, Hours } from './types';
import type { CrisisSourceId } from './sources';

export const ALWAYS: Hours = { kind: 'always' };

export function line(
  id: string,
  spec: { number: string; kind: CrisisLine['kind']; hours: Hours; sourceId: CrisisSourceId; area?: string; named?: false },
): CrisisLine {
  return {
    number: spec.number,
    kind: spec.kind,
    name: spec.named === false ? null : text(`crisis:lines.${id}.name`),
    what: text(`crisis:lines.${id}.what`),
    hours: spec.hours,
    area: spec.area ? text(`crisis:areas.${spec.area}`) : null,
    sourceId: spec.sourceId,
  };
}
