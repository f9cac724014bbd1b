import { MetricsError } from './errors.js';

/**
 * Rates behind the market-damage model. Every default is an input: replace it with your own data when you
 * have it. Sources, honestly stated:
 *
 * - TARP = Technical Assistance Research Programs, "Consumer Complaint Handling in America" (1979) and
 *   "… An Update Study" (1986), for the U.S. Office of Consumer Affairs (White House). We know these studies
 *   mostly through secondary citations (e.g. Goodman's later TARP papers and service-quality textbooks);
 *   the figures vary by industry, by problem severity and by study year, and are decades old.
 */
export interface MarketDamageRates {
  /**
   * Share of customers with a problem who complain to the company. Default 0.04: the widely quoted TARP
   * finding that about 4 % of dissatisfied customers complain ("for every complaint, about 26 others stay
   * silent"). Complaint rates are much higher for serious, expensive problems.
   */
  readonly complaintRate: number;
  /**
   * Share of complaints resolved to the customer's satisfaction. Default 0.5: an assumption, not a TARP figure;
   * set it from your own case data.
   */
  readonly resolvedShare: number;
  /**
   * Share of silent dissatisfied customers who do not buy again. Default 0.91: TARP as commonly cited, only
   * about 9 % of non-complaining customers with a major problem (loss over $100) would buy again
   * (about 37 % for minor problems, i.e. a loss rate of 0.63).
   */
  readonly lossRateSilent: number;
  /**
   * Share of complainers whose complaint was not resolved who do not buy again. Default 0.81: TARP as
   * commonly cited, about 19 % would buy again after a major problem (about 46 % for minor problems).
   */
  readonly lossRateUnresolved: number;
  /**
   * Share of complainers whose complaint was resolved who still do not buy again. Default 0.46: TARP as
   * commonly cited, about 54 % buy again after a resolved major problem (about 82 % if resolved quickly,
   * and 70–95 % for minor problems).
   */
  readonly lossRateResolved: number;
  /**
   * People a dissatisfied customer tells. Default 10: TARP is cited as "dissatisfied customers tell 9–10
   * people; about 13 % tell more than 20"; other secondary sources give 9–15.
   */
  readonly tellDissatisfied: number;
  /** People a customer whose complaint was resolved well tells. Default 5: TARP is cited as 4–6. */
  readonly tellSatisfied: number;
}

export const DEFAULT_MARKET_DAMAGE_RATES: MarketDamageRates = {
  complaintRate: 0.04,
  resolvedShare: 0.5,
  lossRateSilent: 0.91,
  lossRateUnresolved: 0.81,
  lossRateResolved: 0.46,
  tellDissatisfied: 10,
  tellSatisfied: 5,
};

export interface MarketDamageInputs extends Partial<MarketDamageRates> {
  /** Customers served in the period. */
  readonly customers: number;
  /** Share of customers who experience a problem (no universal default: measure it). */
  readonly problemRate: number;
  /** Revenue per customer at stake (per period or lifetime, as you choose; the result is in the same terms). */
  readonly valuePerCustomer: number;
}

export interface MarketDamageResult {
  readonly kind: 'market_damage';
  readonly rates: MarketDamageRates;
  /** customers × problemRate. */
  readonly customersAffected: number;
  /** affected × complaintRate. */
  readonly complainers: number;
  readonly complainersResolved: number;
  readonly complainersUnresolved: number;
  /** affected − complainers: dissatisfied customers the company never hears from. */
  readonly silentDissatisfied: number;
  /** Σ group × its loss rate. */
  readonly lostCustomers: number;
  readonly lostBy: { readonly silent: number; readonly unresolved: number; readonly resolved: number };
  /** Negative word of mouth: (silent + unresolved) × tellDissatisfied; positive: resolved × tellSatisfied. */
  readonly wordOfMouth: { readonly negativeReach: number; readonly positiveReach: number };
  /** lostCustomers × valuePerCustomer. */
  readonly revenueAtRisk: number;
}

/**
 * Market damage of service problems (TARP 1979/1986 model; DESIGN.md "Market damage"): affected customers
 * split into silent, complaining-and-resolved and complaining-unresolved; each group loses customers at its
 * own rate; revenue at risk = lost customers × value. Throws `invalid_argument` on a rate outside [0, 1] or
 * a negative count or value.
 */
export function marketDamage(inputs: MarketDamageInputs): MarketDamageResult {
  const { customers, problemRate, valuePerCustomer, ...rest } = inputs;
  const rates: MarketDamageRates = { ...DEFAULT_MARKET_DAMAGE_RATES, ...stripUndefined(rest) };
  const shares = [
    'complaintRate',
    'resolvedShare',
    'lossRateSilent',
    'lossRateUnresolved',
    'lossRateResolved',
  ] as const;
  for (const k of shares) {
    if (!(rates[k] >= 0 && rates[k] <= 1))
      throw new MetricsError('invalid_argument', `${k} must be in [0, 1]`, [k]);
  }
  if (!(problemRate >= 0 && problemRate <= 1)) {
    throw new MetricsError('invalid_argument', 'problemRate must be in [0, 1]', ['problemRate']);
  }
  const nonNegative = {
    customers,
    valuePerCustomer,
    tellDissatisfied: rates.tellDissatisfied,
    tellSatisfied: rates.tellSatisfied,
  };
  for (const [k, v] of Object.entries(nonNegative)) {
    if (!(v >= 0 && Number.isFinite(v))) throw new MetricsError('invalid_argument', `${k} must be ≥ 0`, [k]);
  }
  const customersAffected = customers * problemRate;
  const complainers = customersAffected * rates.complaintRate;
  const complainersResolved = complainers * rates.resolvedShare;
  const complainersUnresolved = complainers - complainersResolved;
  const silentDissatisfied = customersAffected - complainers;
  const lostBy = {
    silent: silentDissatisfied * rates.lossRateSilent,
    unresolved: complainersUnresolved * rates.lossRateUnresolved,
    resolved: complainersResolved * rates.lossRateResolved,
  };
  const lostCustomers = lostBy.silent + lostBy.unresolved + lostBy.resolved;
  return {
    kind: 'market_damage',
    rates,
    customersAffected,
    complainers,
    complainersResolved,
    complainersUnresolved,
    silentDissatisfied,
    lostCustomers,
    lostBy,
    wordOfMouth: {
      negativeReach: (silentDissatisfied + complainersUnresolved) * rates.tellDissatisfied,
      positiveReach: complainersResolved * rates.tellSatisfied,
    },
    revenueAtRisk: lostCustomers * valuePerCustomer,
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
