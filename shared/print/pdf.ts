// What a printed or saved sheet looks like at the page level, in one place: paper, margins, the
// running footer with page numbers, tagged PDF and outline. Electron's printToPDF and the tests'
// page.pdf() both take their options from here, so the tests check what the app produces.
import type { PaperSize } from './paper';

export interface SheetPdfSpec {
  paper: PaperSize;
  /** Page margins in millimetres. */
  marginsMm: { top: number; right: number; bottom: number; left: number };
  /** Chromium header/footer templates (HTML; the page number spans are filled in by Chromium). */
  headerTemplate: string;
  footerTemplate: string;
  tagged: boolean;
  outline: boolean;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/**
 * `pageLabel` is translated text with {{page}} and {{total}} ("Page {{page}} of {{total}}");
 * `left` is a short line printed on every page's foot (the guide's name and content version).
 */
export function sheetPdfSpec(paper: PaperSize, pageLabel: string, left: string): SheetPdfSpec {
  const label = escapeHtml(pageLabel)
    .replace(/\{\{\s*page\s*\}\}/g, '<span class="pageNumber"></span>')
    .replace(/\{\{\s*total\s*\}\}/g, '<span class="totalPages"></span>');
  // Inline styles are the only way to style these templates; they are not part of the page (no CSP).
  const footerTemplate =
    `<div style="font-family: sans-serif; font-size: 8px; color: #333; width: 100%; padding: 0 12mm; display: flex; justify-content: space-between;">` +
    `<span>${escapeHtml(left)}</span><span>${label}</span></div>`;
  return {
    paper,
    marginsMm: { top: 12, right: 12, bottom: 16, left: 12 },
    headerTemplate: '<span></span>',
    footerTemplate,
    tagged: true,
    outline: true,
  };
}

const MM_PER_INCH = 25.4;

/** The spec as Electron's webContents.printToPDF options (sizes in inches). */
export function toElectronPdfOptions(spec: SheetPdfSpec) {
  const inches = (mm: number) => Math.round((mm / MM_PER_INCH) * 1000) / 1000;
  return {
    pageSize: spec.paper,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: spec.headerTemplate,
    footerTemplate: spec.footerTemplate,
    margins: {
      top: inches(spec.marginsMm.top),
      bottom: inches(spec.marginsMm.bottom),
      left: inches(spec.marginsMm.left),
      right: inches(spec.marginsMm.right),
    },
    preferCSSPageSize: false,
    generateTaggedPDF: spec.tagged,
    generateDocumentOutline: spec.outline,
  };
}

/** The spec as Playwright's page.pdf() options (what the tests render). */
export function toPlaywrightPdfOptions(spec: SheetPdfSpec) {
  return {
    format: spec.paper,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: spec.headerTemplate,
    footerTemplate: spec.footerTemplate,
    margin: {
      top: `${spec.marginsMm.top}mm`,
      bottom: `${spec.marginsMm.bottom}mm`,
      left: `${spec.marginsMm.left}mm`,
      right: `${spec.marginsMm.right}mm`,
    },
    preferCSSPageSize: false,
    tagged: spec.tagged,
    outline: spec.outline,
  };
}
