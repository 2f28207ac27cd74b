export * from './hanoi-time-zone.constants';
export * from './calendar-date.util';
export * from './hanoi-clock.util';
export * from './vietnamese-date-format.util';
export * from './period-end.util';
