// Applies the saved colour scheme before the first paint (same key as AppProviders); a file, not inline, so the CSP can forbid inline scripts.
try {
  const scheme = localStorage.getItem('mandate.color-scheme');
  document.documentElement.setAttribute('data-mantine-color-scheme', scheme === 'dark' ? 'dark' : 'light');
  if (localStorage.getItem('mandate.language') === 'en') document.documentElement.lang = 'en';
} catch {
  // Storage may be disabled; the app applies the scheme itself once it starts.
}
