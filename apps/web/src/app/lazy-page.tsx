import { Center, Loader } from '@mantine/core';
import { type ComponentType, lazy, Suspense } from 'react';

/**
 * A screen loaded on first visit, in its own chunk, so the sign-in page and the board do not download every other
 * screen. `load` must be a literal `import('../features/<feature>/...')` (the bundler splits at that call) and the module
 * must not be imported statically anywhere else in the app, or it lands back in the main chunk.
 *
 *   const BoardPage = lazyPage(() => import('../features/board/components/BoardPage'), (m) => m.BoardPage);
 */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): ComponentType {
  const Screen = lazy(async () => ({ default: pick(await load()) }));
  function LazyPage() {
    return (
      <Suspense fallback={<PageLoader />}>
        <Screen />
      </Suspense>
    );
  }
  return LazyPage;
}

/** Shown while a screen's chunk downloads (the layout around it stays). */
export function PageLoader() {
  return (
    <Center mih={200} data-testid="page-loader">
      <Loader size="sm" />
    </Center>
  );
}
