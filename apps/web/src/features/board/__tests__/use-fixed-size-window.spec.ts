import { renderHook, waitFor } from '@testing-library/react';
import { itemWindow, useFixedSizeWindow } from '../use-fixed-size-window';

describe('itemWindow', () => {
  it('draws the items in view and the overscan around them', () => {
    expect(itemWindow(0, 600, 100, 10_000, 4)).toEqual({ start: 0, end: 10 });
    expect(itemWindow(5_000, 600, 100, 10_000, 4)).toEqual({ start: 46, end: 60 });
  });

  it('counts an item cut by the bottom edge and stops at the last item', () => {
    expect(itemWindow(50, 120, 100, 3, 0)).toEqual({ start: 0, end: 2 });
    expect(itemWindow(999_900, 600, 100, 10_000, 4)).toEqual({ start: 9995, end: 10_000 });
  });

  it('draws nothing for an empty list, whatever the scroll position', () => {
    expect(itemWindow(0, 600, 100, 0, 4)).toEqual({ start: 0, end: 0 });
    expect(itemWindow(400, 600, 100, 0, 4)).toEqual({ start: 0, end: 0 });
  });
});

describe('useFixedSizeWindow', () => {
  it('draws only the items in view on the first render, and the overscan after the first paint', async () => {
    const scroller = { current: null };
    const { result } = renderHook(() => useFixedSizeWindow(scroller, 50, 100, { overscan: 4, initialViewport: 400 }));
    expect(result.current).toEqual({ start: 0, end: 4 });
    await waitFor(() => expect(result.current).toEqual({ start: 0, end: 8 }));
  });
});
