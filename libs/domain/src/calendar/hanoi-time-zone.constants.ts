/** The IANA zone, for display and `Intl`; date arithmetic uses the fixed offset below. */
export const HANOI_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Việt Nam has kept UTC+7 with no daylight saving since 1975, so a constant is exact and no host TZ database is consulted. */
export const HANOI_UTC_OFFSET_MINUTES = 7 * 60;

export const HANOI_UTC_OFFSET_MS = HANOI_UTC_OFFSET_MINUTES * 60_000;

export const CALENDAR_DAY_MS = 86_400_000;
