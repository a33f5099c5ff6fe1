// The stylesheets use logical properties only (inline/block, start/end), so a right-to-left
// language lays out mirrored without a second stylesheet. This fails on any physical left/right
// property or value, and on physical widths and heights.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const PHYSICAL_PROPERTY = /(^|-)(left|right)(-|$)|^(min-|max-)?(width|height)$/;
const SIDE_VALUE_PROPERTIES = new Set(['float', 'clear', 'text-align', 'text-align-last', 'justify-self', 'justify-items', 'justify-content']);
const SIDE_VALUE = /\b(left|right)\b/;

/** Every declaration in the stylesheet that names a physical side ("prop: value"). */
function physicalDeclarations(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const found: string[] = [];
  for (const [, body = ''] of withoutComments.matchAll(/\{([^{}]*)\}/g)) {
    for (const declaration of body.split(';')) {
      const colon = declaration.indexOf(':');
      if (colon < 0) continue;
      const property = declaration.slice(0, colon).trim().toLowerCase();
      const value = declaration.slice(colon + 1).trim().toLowerCase();
      if (property.startsWith('--')) continue;
      if (PHYSICAL_PROPERTY.test(property) || (SIDE_VALUE_PROPERTIES.has(property) && SIDE_VALUE.test(value))) found.push(`${property}: ${value}`);
    }
  }
  return found;
}

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(full);
    return entry.name.endsWith('.css') ? [full] : [];
  });
}

describe('logical CSS properties', () => {
  it('the check finds physical properties and values, and accepts logical ones', () => {
    const css = `
      /* margin-left: 1px in a comment is fine */
      .a:hover, .left-col { margin-left: 1rem; padding-inline-start: 2px; }
      @media print { .b { right: 0; float: left; border-top-right-radius: 2px; width: 3px } }
      .c { text-align: right; inset-inline-end: 0; border-inline-start-width: 1mm; line-height: 1; stroke-width: 2; --left: 1px; text-align: start }`;
    expect(physicalDeclarations(css)).toEqual(['margin-left: 1rem', 'right: 0', 'float: left', 'border-top-right-radius: 2px', 'width: 3px', 'text-align: right']);
  });

  const files = cssFiles('renderer/src');
  it('the renderer has stylesheets to check', () => {
    expect(files).toContain(path.join('renderer', 'src', 'styles', 'app.css'));
  });

  it.each(files)('%s uses logical properties only', (file) => {
    expect(physicalDeclarations(readFileSync(file, 'utf8'))).toEqual([]);
  });
});
