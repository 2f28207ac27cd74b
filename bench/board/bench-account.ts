/** The account the benchmark seeds and signs in with (throwaway databases only). */
export const BENCH_USER = 'bench-ubnd';
export const BENCH_PASSWORD = 'bench-password-1';
/** The plan of 10,000 packages the one-call board figures are read on. */
export const BIG_PLAN_NUMBER = 'BIGBOARD-10K/NQ-HĐND';
