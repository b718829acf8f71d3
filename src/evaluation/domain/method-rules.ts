/**
 * The choices behind the estimate, as data with where each comes from, so a reader of the
 * page, the README or the code sees the same reasons.
 */
export const METHOD_RULES = {
  confidenceLevel: {
    value: 0.95,
    source: 'The issue (16) and common practice: a 95 % interval, percentile method.',
  },
  eventWindow: {
    value: { from: -4, to: 4 },
    source: 'The issue (16): the event study from −4 to +4 periods around the start.',
  },
  fewestUnitsForBootstrap: {
    value: 5,
    source:
      'A cluster bootstrap resamples units; with n pilot units drawn with replacement there are only C(2n−1, n) ' +
      'distinct pilot samples (4 units: 35, 3 units: 10), too few for a 2.5th percentile to mean anything, and ' +
      'cluster methods with few treated clusters are known to over-reject (MacKinnon & Webb 2017, "Wild ' +
      'bootstrap inference for wildly different cluster sizes", J. Applied Econometrics 32(2); Conley & Taber ' +
      '2011, Rev. Econ. Stat. 93(1)). Below 5 pilot (or comparison) units the estimate is shown with a ' +
      'permutation (placebo) test instead: the start dates are given to other units at random, as Fisher ' +
      'randomisation inference does. 5 is also the small-count threshold of the rest of Tidlig.',
  },
  defaultReplications: {
    value: 999,
    source: 'Davidson & MacKinnon (2000): B such that (B + 1)·α is whole; 999 gives a stable 95 % percentile interval.',
  },
} as const;
