import { createTheme, mergeThemeOverrides, type MantineColorsTuple, type MantineThemeOverride } from '@mantine/core';
import type { TFunction } from 'i18next';

// A sober navy: official documents, not a consumer app.
const navy: MantineColorsTuple = ['#eef3fb', '#dbe3f1', '#b3c4e3', '#88a3d5', '#6587c9', '#4f75c2', '#4270c0', '#345da9', '#2b5398', '#1d4787'];

// Fonts listed all carry complete Vietnamese glyphs (stacked diacritics such as ệ, ở, ữ).
const FONT_STACK = 'Inter, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  primaryColor: 'navy',
  primaryShade: { light: 8, dark: 5 },
  colors: { navy },
  fontFamily: FONT_STACK,
  fontFamilyMonospace: 'ui-monospace, "Cascadia Mono", "Roboto Mono", Menlo, Consolas, monospace',
  headings: { fontFamily: FONT_STACK, fontWeight: '600' },
  defaultRadius: 'sm',
  // Stacked Vietnamese diacritics need a little more line height than Latin text.
  lineHeights: { xs: '1.45', sm: '1.5', md: '1.55', lg: '1.55', xl: '1.6' },
  cursorType: 'pointer',
  components: {
    Table: {
      defaultProps: { verticalSpacing: 6, horizontalSpacing: 'sm', fz: 'sm', striped: true, highlightOnHover: true, withTableBorder: true },
    },
    // Upper-cased Vietnamese labels get long and lose readability; keep sentence case.
    Badge: { defaultProps: { tt: 'none', fw: 600 } },
    Button: { defaultProps: { size: 'sm' } },
    TextInput: { defaultProps: { size: 'sm' } },
    Select: { defaultProps: { size: 'sm' } },
    Modal: { defaultProps: { centered: true } },
  },
});

/**
 * The theme in the reader's language: labels Mantine writes itself in English (the password field's show/hide
 * button) come from the locale files instead.
 */
export function themeIn(t: TFunction): MantineThemeOverride {
  return mergeThemeOverrides(
    theme,
    createTheme({
      components: { PasswordInput: { defaultProps: { visibilityToggleButtonProps: { 'aria-label': t('common.passwordVisibility') } } } },
    }),
  );
}
