export { type ParsedColor, parseCssColor } from './css-color.js';
export { ExportError, type ExportErrorCode } from './errors.js';
export { type ExportFormat, type ExportOptions, exportScene, toPng } from './export-scene.js';
export {
  FONT_FAMILY,
  FONT_PACKAGE,
  type FontSubset,
  type FontWeightValue,
  fontSubsets,
  subsetsFor,
} from './font-subsets.js';
export { clearFontMemory, type FontOptions, type LoadedFont, loadFont } from './fonts.js';
export { MAX_PAGE_PT, type PdfOptions, PT_PER_PX, pdfPageSize, toPdf } from './pdf.js';
export { type PngOptions, svgToPng } from './png.js';
export { PNG_MAX_PIXELS, PNG_MAX_SIDE, type PngSize, pngSize, svgPixelSize } from './png-size.js';
export { type PathSegment, parseSvgPath } from './svg-path.js';
export { mergeTrueTypeFonts } from './ttf-merge.js';
export { parseUnicodeRange, rangeHas, type UnicodeRange } from './unicode-range.js';
