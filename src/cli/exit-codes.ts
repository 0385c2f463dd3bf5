/** Exit codes of `purl`, documented in the README. */
export const EXIT = {
  ok: 0,
  refused: 1,
  usage: 2,
  store: 3,
  verifyFailed: 4,
  failed: 5,
} as const;
