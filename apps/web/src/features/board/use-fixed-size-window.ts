import { type RefObject, useLayoutEffect, useState } from 'react';

/** The items `[start, end)` a list should draw: those in view and `overscan` more on each side. */
export interface ItemWindow {
  start: number;
  end: number;
}

/** Which items of equal height `itemSize` (px) a scroller at `scrollTop` with `viewport` px of height shows. */
export const itemWindow = (scrollTop: number, viewport: number, itemSize: number, count: number, overscan: number): ItemWindow => ({
  start: Math.min(count, Math.max(0, Math.floor(scrollTop / itemSize) - overscan)),
  end: Math.min(count, Math.max(0, Math.ceil((scrollTop + viewport) / itemSize) + overscan)),
});

const sameWindow = (a: ItemWindow, b: ItemWindow) => a.start === b.start && a.end === b.end;

/**
 * Windowing for a list whose items all have one height: positions are arithmetic, nothing is measured, and the
 * component re-renders only when the window moves by an item, not on every scroll event. Before the first layout
 * (and in tests) the scroller is taken as `initialViewport` px high.
 */
export function useFixedSizeWindow(scroller: RefObject<HTMLElement | null>, count: number, itemSize: number, overscan = 4, initialViewport = 800): ItemWindow {
  const [shown, setShown] = useState(() => itemWindow(0, initialViewport, itemSize, count, overscan));
  useLayoutEffect(() => {
    const element = scroller.current;
    const update = () => {
      const next = itemWindow(element?.scrollTop ?? 0, element?.clientHeight || initialViewport, itemSize, count, overscan);
      setShown((current) => (sameWindow(current, next) ? current : next));
    };
    update();
    if (!element) return undefined;
    element.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, [scroller, count, itemSize, overscan, initialViewport]);
  return shown;
}
