import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppErrorBoundary } from './features/errors/AppErrorBoundary';
import { i18n, whenLanguageReady } from './lib/i18n';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

// At once in Vietnamese; someone who chose English waits for its messages instead of seeing Vietnamese flash first.
void whenLanguageReady(i18n).finally(() =>
  createRoot(container).render(
    <StrictMode>
      <AppErrorBoundary>
        <App />
      </AppErrorBoundary>
    </StrictMode>,
  ),
);
