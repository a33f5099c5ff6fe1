// Layout checks run in the page: what spills out of the window or out of its own box, and what
// overlaps something it should not.
import type { Page } from '@playwright/test';

export interface LayoutProblems {
  pageOverflow: string | null;
  outsideWindow: string[];
  textOverflow: string[];
  overlaps: string[];
}

export function layoutProblems(page: Page): Promise<LayoutProblems> {
  return page.evaluate(() => {
    const CONTENT = 'h1, h2, h3, h4, p, li, legend, label, th, td, dt, dd, button, a, input, select, textarea, summary, svg';
    const CONTROLS = 'button, a, input, select, textarea, summary';
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').replace(/[\s\u200f]+/g, ' ').trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}> "${text}"`;
    };
    const shown = (el: Element) => {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
      if (el.closest('.visually-hidden, .skip-link')) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    const all = [...document.querySelectorAll(CONTENT)].filter(shown);
    const root = document.documentElement;
    const width = root.clientWidth;
    const pageOverflow = root.scrollWidth > width + 1 ? `the page is ${root.scrollWidth}px wide in a ${width}px window` : null;
    const outsideWindow = all
      .filter((el) => {
        const r = el.getBoundingClientRect();
        // Inside a box that scrolls sideways (a wide table) is fine: that box is checked itself.
        const scroller = el.parentElement?.closest('*:is([style*="overflow"], .table-scroll, .sheet-frame)');
        return !scroller && (r.left < -1 || r.right > width + 1);
      })
      .map(describe);
    const textOverflow = all
      .filter((el) => !(el instanceof SVGElement) && getComputedStyle(el).overflowX === 'visible' && el.scrollWidth > el.clientWidth + 2 && el.clientWidth > 0)
      .map((el) => `${describe(el)}: ${el.scrollWidth}px of text in ${el.clientWidth}px`);
    const controls = all.filter((el) => el.matches(CONTROLS));
    const overlaps: string[] = [];
    for (let i = 0; i < controls.length; i += 1) {
      for (let j = i + 1; j < controls.length; j += 1) {
        const a = controls[i]!;
        const b = controls[j]!;
        if (a.contains(b) || b.contains(a)) continue;
        const ra = a.getBoundingClientRect();
        const rb = b.getBoundingClientRect();
        const x = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
        const y = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
        if (x > 1 && y > 1) overlaps.push(`${describe(a)} overlaps ${describe(b)}`);
      }
    }
    return { pageOverflow, outsideWindow, textOverflow, overlaps };
  });
}
