/** Thresholds the rankings and hot issues apply, published in /v1/meta so that every figure can be explained. */

export const THRESHOLDS = {
  /** Operators with fewer concluded complaints are not ranked by mediation rate: 1 of 1 must not top the list. */
  rankingMinDenominator: 10,
  /** 红榜: a high mediation rate over enough concluded complaints. */
  redList: { minRate: 0.8, minConcluded: 10 },
  /** 黑榜: many accepted complaints and a low mediation rate. */
  blackList: { maxRate: 0.6, minAccepted: 15 },
  /** 苗头: a category rising by at least this ratio against the previous period, with at least this many complaints. */
  emerging: { minChange: 0.3, minCount: 20 },
} as const;

/** How many categories count as 热点 (hot) in a region and period. */
export const HOT_TOP = 3;
