import { accountDelayMs } from './login-throttle.service';

describe(accountDelayMs.name, () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 250],
    [6, 500],
    [8, 2000],
    [9, 4000],
    [10, 8000],
    [50, 8000],
    [10_000, 8000],
  ])('after %i failures waits %i ms (5 free, capped at 8 s)', (failures, delay) => {
    expect(accountDelayMs(failures, 5, 8000)).toBe(delay);
  });
});
