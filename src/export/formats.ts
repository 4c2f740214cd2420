/** The export formats, apart from the code that writes them (loaded, with fflate, only when the reader exports). */
export type ExportFormat = 'backup' | 'csv' | 'bookmarks' | 'markdown';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['backup', 'csv', 'bookmarks', 'markdown'];
