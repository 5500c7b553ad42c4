// negotiation.md B.2 [reconstructed from Faratin, Sierra & Jennings 1998]: the time-dependent
// concession α(t), α(0) = κ, α(t_max) = 1, with relative time (t_max = 1).

export interface FaratinAlphaOptions {
  /** β: < 1 Boulware, 1 linear (polynomial), > 1 Conceder. */
  readonly beta: number;
  /** κ ∈ [0, 1], the initial concession. */
  readonly kappa: number;
  readonly form: 'polynomial' | 'exponential';
}

/** Named β values (GENIUS convention, B.2): Boulware 0.2, linear 1, Conceder 2, hardliner 0. */
export const FARATIN_BETAS = { boulware: 0.2, linear: 1, conceder: 2, hardliner: 0 } as const;

/**
 * α(t): polynomial κ + (1 - κ) t^(1/β) or exponential exp((1 - t)^β ln κ), with κ raised to 0.01 in the
 * exponential form (B.2, our choice). β = 0 never concedes (polynomial: α = κ while t < 1).
 */
export function faratinAlpha(t: number, options: FaratinAlphaOptions): number {
  const tt = t < 0 ? 0 : t > 1 ? 1 : t;
  const { beta, kappa } = options;
  if (options.form === 'polynomial') {
    if (beta === 0) return tt < 1 ? kappa : 1;
    return kappa + (1 - kappa) * Math.pow(tt, 1 / beta);
  }
  return Math.exp(Math.pow(1 - tt, beta) * Math.log(Math.max(kappa, 0.01)));
}
