// Reads a PDF back with poppler (pdfinfo, pdftotext): its page count and its text.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Keeps the PDF at `file` (to look at) and reads it back. */
export function pdfPages(pdf: Buffer, file: string): { pages: number; text: string } {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), text };
}
