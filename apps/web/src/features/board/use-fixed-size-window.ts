import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';

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
 * component re-renders only when the window moves by an item, not on every scroll event.
 *
 * The first screen draws only the items in view, taking the scroller as `initialViewport` px high (pass its real
 * height when known, so the first layout needs no correction; tests keep it): the `overscan` items around them come
 * after the first paint, for smooth scrolling. Nothing reads the DOM's geometry during the render's commit (that
 * would force a layout of the whole page before its first paint, once per column): the height comes from the
 * ResizeObserver, which reports after layout, and the scroll position from scroll events.
 */
export function useFixedSizeWindow(
  scroller: RefObject<HTMLElement | null>,
  count: number,
  itemSize: number,
  { overscan = 4, initialViewport = 800 }: { overscan?: number; initialViewport?: number } = {},
): ItemWindow {
  const [painted, setPainted] = useState(false);
  const around = painted ? overscan : 0;
  const [shown, setShown] = useState(() => itemWindow(0, initialViewport, itemSize, count, 0));
  const geometry = useRef({ scrollTop: 0, viewport: initialViewport });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task after the next frame: the first paint has happened.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);

  useLayoutEffect(() => {
    const element = scroller.current;
    const update = () => {
      const next = itemWindow(geometry.current.scrollTop, geometry.current.viewport, itemSize, count, around);
      setShown((current) => (sameWindow(current, next) ? current : next));
    };
    update();
    if (!element) return undefined;
    const scrolled = () => {
      geometry.current.scrollTop = element.scrollTop;
      update();
    };
    element.addEventListener('scroll', scrolled, { passive: true });
    const resize = new ResizeObserver((entries) => {
      geometry.current = { scrollTop: element.scrollTop, viewport: entries[0]?.contentRect.height || initialViewport };
      update();
    });
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', scrolled);
      resize.disconnect();
    };
  }, [scroller, count, itemSize, around, initialViewport]);
  return shown;
}
