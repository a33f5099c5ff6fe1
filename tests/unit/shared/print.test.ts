import { describe, expect, it } from 'vitest';
import { paperSizeForRegion } from '../../../shared/print/paper';
import { sheetPdfSpec, toElectronPdfOptions, toPlaywrightPdfOptions } from '../../../shared/print/pdf';

describe('paper size by region', () => {
  it.each([
    ['US', 'Letter'],
    ['CA', 'Letter'],
    ['MX', 'Letter'],
    ['PH', 'Letter'],
    ['en-US', 'Letter'],
    ['es_MX', 'Letter'],
    ['es-419', 'A4'],
    ['GB', 'A4'],
    ['es-ES', 'A4'],
    ['de', 'A4'],
    ['', 'A4'],
    [null, 'A4'],
  ] as const)('%s → %s', (region, paper) => {
    expect(paperSizeForRegion(region)).toBe(paper);
  });
});

describe('the sheet PDF spec', () => {
  const spec = sheetPdfSpec('A4', 'Page {{page}} of {{total}}', 'LDN aid <v1> & co');

  it('puts page numbers and an escaped label in the running footer', () => {
    expect(spec.footerTemplate).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(spec.footerTemplate).toContain('LDN aid &lt;v1&gt; &amp; co');
    expect(spec.footerTemplate).not.toContain('<v1>');
  });

  it('asks for a tagged PDF with an outline, backgrounds and the chosen paper', () => {
    expect(toElectronPdfOptions(spec)).toMatchObject({ pageSize: 'A4', generateTaggedPDF: true, generateDocumentOutline: true, printBackground: true, displayHeaderFooter: true });
    expect(toPlaywrightPdfOptions(spec)).toMatchObject({ format: 'A4', tagged: true, outline: true, margin: { top: '12mm' } });
  });

  it('converts margins to inches for Electron', () => {
    expect(toElectronPdfOptions(sheetPdfSpec('Letter', '{{page}}', '')).margins).toEqual({ top: 0.472, bottom: 0.63, left: 0.472, right: 0.472 });
  });
});
