import '@testing-library/jest-dom';

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

  window.scrollTo = () => undefined;
  Element.prototype.scrollIntoView = () => undefined;
}
