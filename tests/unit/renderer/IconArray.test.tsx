import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { IconArray, iconState } from '../../../renderer/src/components/IconArray';

afterEach(cleanup);

function states(container: HTMLElement) {
  const all = [...container.querySelectorAll('path[data-state]')].map((p) => p.getAttribute('data-state'));
  return { all, filled: all.filter((s) => s === 'filled').length, uncertain: all.filter((s) => s === 'uncertain').length };
}

describe('IconArray', () => {
  it.each([0, 1, 7, 10, 69, 100])('draws 100 figures with exactly %i filled', (count) => {
    const { container } = render(<IconArray count={count} caption={`${count} in 100`} />);
    const { all, filled } = states(container);
    expect(all).toHaveLength(100);
    expect(filled).toBe(count);
  });

  it('shows a range as filled up to the lower end and hatched up to the upper end', () => {
    const { container } = render(<IconArray count={69} upper={77} caption="69 to 77 in 100" />);
    expect(states(container)).toMatchObject({ filled: 69, uncertain: 8 });
  });

  it('has its text equivalent as a visible caption and hides the drawing from screen readers', () => {
    const { container } = render(<IconArray count={10} caption="About 10 in 100 adults felt sick." />);
    expect(screen.getByText('About 10 in 100 adults felt sick.').tagName).toBe('FIGCAPTION');
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('fills from the bottom row upward, left to right', () => {
    const { container } = render(<IconArray count={12} caption="12" />);
    const paths = [...container.querySelectorAll('path[data-state]')];
    const position = (p: Element) => (p.getAttribute('transform') ?? '').match(/translate\(([\d.]+) ([\d.]+)\)/)?.slice(1).map(Number) ?? [];
    const filled = paths.filter((p) => p.getAttribute('data-state') === 'filled').map(position);
    const maxY = Math.max(...paths.map((p) => position(p)[1] ?? 0));
    expect(filled.filter(([, y]) => y === maxY)).toHaveLength(10);
    expect(filled.filter(([, y]) => y !== maxY)).toHaveLength(2);
  });

  it('clamps impossible numbers instead of drawing nonsense', () => {
    expect(iconState(0, -5)).toBe('empty');
    expect(iconState(99, 250)).toBe('filled');
    expect(iconState(50, 60, 40)).toBe('filled');
  });
});
