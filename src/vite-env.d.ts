/// <reference types="vite/client" />

/** True in the e2e/benchmark build (and unit tests): the `ping` message and timings on answers. */
declare const __BENCH_HOOKS__: boolean;
