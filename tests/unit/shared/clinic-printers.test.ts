// Which printers clinic mode offers: real paper printers only, from lists as Windows and macOS give them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choosePrinters, writesFileOrFax, type PrinterListing } from '../../../shared/clinic/printers';

// As Electron lists them on a Windows 11 clinic PC (the usual virtual queues plus two real printers).
const windows: PrinterListing[] = [
  { name: 'Microsoft Print to PDF', displayName: 'Microsoft Print to PDF', description: '', options: {} },
  { name: 'Microsoft XPS Document Writer', displayName: 'Microsoft XPS Document Writer', description: '', options: {} },
  { name: 'OneNote for Windows 10', displayName: 'OneNote for Windows 10', description: '', options: {} },
  { name: 'Send To OneNote 2016', displayName: 'Send To OneNote 2016', description: '', options: {} },
  { name: 'Fax', displayName: 'Fax', description: '', options: {} },
  { name: 'Adobe PDF', displayName: 'Adobe PDF', description: '', options: {} },
  { name: 'CutePDF Writer', displayName: 'CutePDF Writer', description: '', options: {} },
  { name: 'HP LaserJet MFP M428fdw (Reception)', displayName: 'HP LaserJet MFP M428fdw (Reception)', isDefault: true, description: '', options: {} },
  { name: '\\\\printsrv\\Nurses-Color', displayName: 'Nurses-Color on printsrv', description: 'Room 2', options: {} },
];

// As CUPS lists them on macOS: names with underscores, the driver and device URI in options.
const mac: PrinterListing[] = [
  {
    name: 'Brother_HL_L2350DW_series',
    displayName: 'Brother HL-L2350DW series',
    isDefault: true,
    options: { 'device-uri': 'dnssd://Brother%20HL-L2350DW._ipp._tcp.local./', 'printer-make-and-model': 'Brother HL-L2350DW series' },
  },
  { name: 'CUPS_PDF', displayName: 'CUPS-PDF', options: { 'device-uri': 'cups-pdf:/', 'printer-make-and-model': 'Generic CUPS-PDF Printer' } },
  { name: 'Queue_7', displayName: 'Queue 7', options: { 'device-uri': 'file:///tmp/out.ps', 'printer-make-and-model': 'Generic PostScript Printer' } },
  { name: 'HP_OfficeJet_8020_Fax', displayName: 'HP OfficeJet 8020 (Fax)', options: { 'device-uri': 'ipp://10.0.0.9/ipp/faxout' } },
  { name: 'Canon_iR', displayName: 'Canon iR-ADV C5535', options: { 'device-uri': 'lpd://10.0.0.20/', 'printer-make-and-model': 'Canon iR-ADV C5535 PS' } },
];

describe('writesFileOrFax', () => {
  it('drops every Windows file writer and fax, keeps the paper printers', () => {
    expect(windows.filter((p) => !writesFileOrFax(p)).map((p) => p.name)).toEqual(['HP LaserJet MFP M428fdw (Reception)', '\\\\printsrv\\Nurses-Color']);
  });

  it('on macOS reads the label, the driver and the device URI too', () => {
    expect(mac.filter((p) => !writesFileOrFax(p)).map((p) => p.name)).toEqual(['Brother_HL_L2350DW_series', 'Canon_iR']);
  });

  it('a file writer stays one whatever is added around its name', () => {
    const writers = ['Microsoft Print to PDF', 'Microsoft XPS Document Writer', 'Send To OneNote 2016', 'Print to File', 'Fax'];
    fc.assert(
      fc.property(fc.constantFrom(...writers), fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (writer, before, after) => {
        expect(writesFileOrFax({ name: `${before} ${writer} ${after}` })).toBe(true);
        expect(writesFileOrFax({ name: 'Printer 1', displayName: `${before} ${writer} ${after}` })).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('choosePrinters', () => {
  it('offers the real printers with their labels, the system default preselected', () => {
    expect(choosePrinters(windows, null)).toEqual({
      printers: [
        { name: 'HP LaserJet MFP M428fdw (Reception)', label: 'HP LaserJet MFP M428fdw (Reception)' },
        { name: '\\\\printsrv\\Nurses-Color', label: 'Nurses-Color on printsrv' },
      ],
      defaultPrinter: 'HP LaserJet MFP M428fdw (Reception)',
    });
  });

  it('preselects the first real printer when the default writes files', () => {
    const list = [{ ...windows[0]!, isDefault: true }, ...mac.slice(4)];
    expect(choosePrinters(list, null).defaultPrinter).toBe('Canon_iR');
  });

  it('the printer a policy names is the only one offered', () => {
    expect(choosePrinters(mac, 'Canon_iR')).toEqual({ printers: [{ name: 'Canon_iR', label: 'Canon iR-ADV C5535' }], defaultPrinter: 'Canon_iR' });
  });

  it('a policy cannot name a file writer, nor a printer that is not there', () => {
    expect(choosePrinters(windows, 'Microsoft Print to PDF')).toEqual({ printers: [], defaultPrinter: null });
    expect(choosePrinters(windows, 'Gone')).toEqual({ printers: [], defaultPrinter: null });
  });

  it('no real printer: nothing offered', () => {
    expect(choosePrinters(windows.slice(0, 7), null)).toEqual({ printers: [], defaultPrinter: null });
    expect(choosePrinters([], null)).toEqual({ printers: [], defaultPrinter: null });
  });
});
