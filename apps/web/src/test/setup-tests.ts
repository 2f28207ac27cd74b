import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The suite runs beside CPU-heavy steps in CI: give findBy/waitFor more than the 1 s default before calling a miss.
configure({ asyncUtilTimeout: 5000 });

// Mantine reads media queries and observes sizes; jsdom implements neither. Node-environment specs skip this.
if (typeof window !== 'undefined') {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });

  class ResizeObserverStub implements ResizeObserver {
    observe = (): void => undefined;
    unobserve = (): void => undefined;
    disconnect = (): void => undefined;
  }
  window.ResizeObserver = ResizeObserverStub;

  // jsdom lays nothing out: a board column's scroller gets the size a browser gives it, so the column draws the cards in view.
  const isColumnScroller = (element: Element) => element instanceof HTMLElement && element.dataset['testid'] === 'board-column-scroller';
  for (const [property, size] of [['clientHeight', 800], ['clientWidth', 240]] as const) {
    const native = Object.getOwnPropertyDescriptor(Element.prototype, property);
    Object.defineProperty(HTMLElement.prototype, property, {
      configurable: true,
      get(this: HTMLElement) {
        return isColumnScroller(this) ? size : (native?.get?.call(this) as number);
      },
    });
  }

  window.scrollTo = () => undefined;
  Element.prototype.scrollIntoView = () => undefined;
}
