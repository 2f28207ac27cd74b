import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startFirstScreen } from './app/first-screen';
import { createQueryClient } from './app/query-client';
import { routes } from './app/routes';
import { AppErrorBoundary } from './features/errors/AppErrorBoundary';
import { refreshSession } from './lib/api-client';
import { i18n, whenLanguageReady } from './lib/i18n';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

// Before the first render: the session's restore, the chunks of the screen at this address and, once the session is
// known, that screen's data, all at once (app/first-screen.ts); the session provider takes this restore's answer.
const queryClient = createQueryClient();
const session = refreshSession();
session.catch(() => undefined); // the session provider handles an unreachable API
startFirstScreen({ routes, location: window.location, queryClient, session });

// At once in Vietnamese; someone who chose English waits for its messages instead of seeing Vietnamese flash first.
void whenLanguageReady(i18n).finally(() =>
  createRoot(container).render(
    <StrictMode>
      <AppErrorBoundary>
        <App queryClient={queryClient} session={session} />
      </AppErrorBoundary>
    </StrictMode>,
  ),
);
