import type ExcelJS from 'exceljs';

/** Excel shows dates in this form whatever the reader's locale; Vietnamese documents write dd/mm/yyyy. */
export const VI_DATE_FORMAT = 'dd/mm/yyyy';
/** Thousands grouped: Excel draws the separators of the reader's locale (74.000 in Vietnamese). */
export const VI_INTEGER_FORMAT = '#,##0';
export const VI_DECIMAL_FORMAT = '#,##0.0';

const thin = { style: 'thin' } as const;
export const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** A Hà Nội calendar day as an Excel date (a UTC midnight, which exceljs writes as that day's serial). */
export const excelDate = (date: string | null): Date | null => (date ? new Date(`${date}T00:00:00Z`) : null);

/**
 * How filed tables print: A4 landscape, every column on one page wide, header rows repeated on every page, pages
 * numbered. Passed to `addWorksheet`: the streamed writer writes the sheet's properties as the sheet opens.
 */
export const tableSheetOptions = (printTitlesRow: string, frozenRows: number): Partial<ExcelJS.AddWorksheetOptions> => ({
  views: [{ state: 'frozen', xSplit: 0, ySplit: frozenRows, topLeftCell: `A${frozenRows + 1}`, activeCell: `A${frozenRows + 1}` }],
  pageSetup: {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  },
  headerFooter: { oddFooter: 'Trang &P/&N', differentFirst: false, differentOddEven: false },
});
