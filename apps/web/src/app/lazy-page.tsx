import { Center, Loader } from '@mantine/core';
import { type ComponentType, lazy, Suspense } from 'react';

/** A screen loaded on first visit; `preload` starts fetching its chunk before it renders (see first-screen.ts). */
export type LazyPage = ComponentType & { preload: () => Promise<unknown> };

/**
 * A screen loaded on first visit, in its own chunk, so the sign-in page and the board do not download every other
 * screen. `load` must be a literal `import('../features/<feature>/...')` (the bundler splits at that call) and the module
 * must not be imported statically anywhere else in the app, or it lands back in the main chunk.
 *
 *   const BoardPage = lazyPage(() => import('../features/board/components/BoardPage'), (m) => m.BoardPage);
 */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): LazyPage {
  let loading: Promise<M> | null = null;
  // One download whoever asks first (the start-up preload or the render); a failed one is asked again next time.
  const preload = (): Promise<M> =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
  const Screen = lazy(async () => ({ default: pick(await preload()) }));
  function LazyPage() {
    return (
      <Suspense fallback={<PageLoader />}>
        <Screen />
      </Suspense>
    );
  }
  return Object.assign(LazyPage, { preload });
}

/** Shown while a screen's chunk downloads (the layout around it stays). */
export function PageLoader() {
  return (
    <Center mih={200} data-testid="page-loader">
      <Loader size="sm" />
    </Center>
  );
}
