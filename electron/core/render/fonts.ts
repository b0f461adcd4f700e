// The typefaces packs embed. They come from npm packages (never committed
// binaries), so every build embeds exactly the same font files.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontFamily } from '../../../shared/api/methods/settings';

/** The four faces of one family, as TrueType file paths. */
export type FontFaces = { regular: string; bold: string; italic: string; boldItalic: string };

const require = createRequire(import.meta.url);
const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`));

/** The TrueType files of a house-style font family. */
export function fontFaces(family: FontFamily): FontFaces {
  switch (family) {
    case 'Liberation Sans': {
      const dir = join(packageDir('pdfjs-dist'), 'standard_fonts');
      return {
        regular: join(dir, 'LiberationSans-Regular.ttf'),
        bold: join(dir, 'LiberationSans-Bold.ttf'),
        italic: join(dir, 'LiberationSans-Italic.ttf'),
        boldItalic: join(dir, 'LiberationSans-BoldItalic.ttf'),
      };
    }
    case 'Tinos': {
      const dir = packageDir('@expo-google-fonts/tinos');
      return {
        regular: join(dir, '400Regular', 'Tinos_400Regular.ttf'),
        bold: join(dir, '700Bold', 'Tinos_700Bold.ttf'),
        italic: join(dir, '400Regular_Italic', 'Tinos_400Regular_Italic.ttf'),
        boldItalic: join(dir, '700Bold_Italic', 'Tinos_700Bold_Italic.ttf'),
      };
    }
    case 'DejaVu Sans':
    case 'DejaVu Serif': {
      const dir = join(packageDir('dejavu-fonts-ttf'), 'ttf');
      const base = family === 'DejaVu Sans' ? 'DejaVuSans' : 'DejaVuSerif';
      const slant = family === 'DejaVu Sans' ? 'Oblique' : 'Italic';
      return {
        regular: join(dir, `${base}.ttf`),
        bold: join(dir, `${base}-Bold.ttf`),
        italic: join(dir, `${base}-${slant}.ttf`),
        boldItalic: join(dir, `${base}-Bold${slant}.ttf`),
      };
    }
  }
}

/**
 * The font a Word document names for a house-style family. Word users rarely
 * have the Liberation or Tinos fonts installed, so the DOCX names the font
 * they metric-match (same widths, so the same line breaks and page count).
 */
export function wordFontName(family: FontFamily): string {
  switch (family) {
    case 'Liberation Sans': return 'Arial';
    case 'Tinos': return 'Times New Roman';
    case 'DejaVu Sans': return 'DejaVu Sans';
    case 'DejaVu Serif': return 'DejaVu Serif';
  }
}
