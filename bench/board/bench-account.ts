/** The account the benchmark seeds and signs in with (throwaway databases only). */
export const BENCH_USER = 'bench-ubnd';
export const BENCH_PASSWORD = 'bench-password-1';
