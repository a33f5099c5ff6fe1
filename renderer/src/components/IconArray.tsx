// 100 small figures, 10 rows of 10, filled from the bottom row upward (as iconarray.com does) so
// the height of the filled part is a cue too. A range shows its uncertain part hatched. The
// picture is decorative for screen readers: the caption says the same in words and numbers.
import { useId } from 'react';

interface Props {
  /** How many out of 100 (the lower end when a range is given). */
  count: number;
  /** The upper end of a range, if the number is uncertain. */
  upper?: number;
  /** The sentence that says the same thing in words, e.g. "About 10 in 100 people felt sick." */
  caption: string;
}

const PER_ROW = 10;
const TOTAL = 100;
const CELL = 24;
const GAP_AFTER_FIVE = 6;

// A simple person: head and body, 18 units tall inside a 24-unit cell.
const PERSON = 'M12 3.2a3 3 0 1 1 0 6 3 3 0 0 1 0-6Zm-4.2 7.6h8.4a1.8 1.8 0 0 1 1.8 1.8v4.6h-2.6v4.6H8.6v-4.6H6v-4.6a1.8 1.8 0 0 1 1.8-1.8Z';

export type IconState = 'filled' | 'uncertain' | 'empty';

/** The state of the figure at a position counted from the bottom-left, row by row upward. */
export function iconState(index: number, count: number, upper = count): IconState {
  const low = Math.round(Math.max(0, Math.min(TOTAL, count)));
  const high = Math.round(Math.max(low, Math.min(TOTAL, upper)));
  if (index < low) return 'filled';
  if (index < high) return 'uncertain';
  return 'empty';
}

export function IconArray({ count, upper, caption }: Props) {
  const patternId = useId();
  const width = PER_ROW * CELL + GAP_AFTER_FIVE;
  const height = (TOTAL / PER_ROW) * CELL;
  const icons = Array.from({ length: TOTAL }, (_, index) => {
    const row = Math.floor(index / PER_ROW);
    const column = index % PER_ROW;
    const x = column * CELL + (column >= 5 ? GAP_AFTER_FIVE : 0);
    const y = height - (row + 1) * CELL;
    return { index, x, y, state: iconState(index, count, upper) };
  });
  return (
    <figure className="icon-array">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" focusable="false">
        <defs>
          <pattern id={patternId} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="2" height="4" className="icon-hatch" />
          </pattern>
        </defs>
        {icons.map(({ index, x, y, state }) => (
          <path
            key={index}
            d={PERSON}
            transform={`translate(${x} ${y})`}
            className={`icon icon-${state}`}
            fill={state === 'uncertain' ? `url(#${patternId})` : undefined}
            data-state={state}
          />
        ))}
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
