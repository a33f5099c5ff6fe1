// Which of the computer's printers clinic mode offers: only those that put the sheet on paper.
// A printer that writes a file (PDF, XPS, OneNote, "Print to file") or sends a fax would carry a
// person's sheet off the shared computer, round the refusal of "Save as PDF". Pure: the main process
// hands in what Electron's webContents.getPrintersAsync() lists.

/** The part of Electron's PrinterInfo this decision reads. */
export interface PrinterListing {
  name: string;
  displayName?: string;
  description?: string;
  isDefault?: boolean;
  /** CUPS (macOS, Linux) gives the driver and the device URI here; Windows gives little or nothing. */
  options?: Partial<Record<string, unknown>>;
}

/** What the page is told about one printer: its name to print to and the label to show. No options. */
export interface OfferedPrinter {
  name: string;
  label: string;
}

export interface PrinterChoice {
  printers: OfferedPrinter[];
  /** The printer to preselect: the system default when it is offered, else the first one. */
  defaultPrinter: string | null;
}

/** Words in a printer's name, label, description or driver that mean it writes a file or faxes. */
const FILE_WRITER_WORDS: readonly RegExp[] = [
  /pdf/i, // Microsoft Print to PDF, Adobe PDF, CutePDF Writer, PDFCreator, Save as PDF, CUPS-PDF
  /\bxps\b/i, // Microsoft XPS Document Writer
  /one\s?note/i, // Send To OneNote, OneNote for Windows 10
  /to\s+file/i, // Print to File
  /\bfax/i, // Fax, HP OfficeJet Fax, faxes
  /document\s+writer/i,
  /image\s+writer/i,
  /snagit/i,
  /send\s+to\s+kindle/i,
];

/** CUPS device URIs that do not lead to a printer. */
const FILE_DEVICE_URI = /^(file|cups-pdf|pdf|fax|faxmodem|ipp-fax)[:/]/i;

const DESCRIBING_OPTIONS = ['printer-make-and-model', 'printer-info', 'driver-name', 'printer-driver'] as const;

/** True for a queue that writes a file or sends a fax instead of printing on paper. */
export function writesFileOrFax(printer: PrinterListing): boolean {
  const options = printer.options ?? {};
  const texts = [printer.name, printer.displayName, printer.description, ...DESCRIBING_OPTIONS.map((key) => options[key])];
  if (texts.some((text) => typeof text === 'string' && FILE_WRITER_WORDS.some((word) => word.test(text)))) return true;
  const uri = options['device-uri'];
  return typeof uri === 'string' && FILE_DEVICE_URI.test(uri);
}

/**
 * The printers clinic mode offers. A policy that names a printer offers that one only (when it is
 * there and prints on paper: a policy cannot turn a file writer into a printer).
 */
export function choosePrinters(listed: readonly PrinterListing[], policyPrinter: string | null): PrinterChoice {
  const real = listed.filter((printer) => printer.name.trim() !== '' && !writesFileOrFax(printer));
  const offered = policyPrinter === null ? real : real.filter((printer) => printer.name === policyPrinter);
  const printers = offered.map((printer) => ({ name: printer.name, label: printer.displayName?.trim() || printer.name }));
  const defaultPrinter = offered.find((printer) => printer.isDefault)?.name ?? printers[0]?.name ?? null;
  return { printers, defaultPrinter };
}
