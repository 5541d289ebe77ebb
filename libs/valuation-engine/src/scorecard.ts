import { Decimal } from '@app/money';
import { ValuationInputError, requireFiniteYears, toDecimalInput, type DecimalLike } from './valuation-input.js';

/**
 * Indicator scorecard after the patent valuation guideline GB/T 42748-2023 and the older
 * PVD (patent value degree) index: a patent is scored 0-100 on legal, technical and
 * economic indicators, and the weighted total grades it for the bank.
 *
 * The standard names the indicators but leaves the weights to the valuation scenario; the
 * weights, the grade premiums and every derivation below are therefore our configurable
 * policy, kept as data so that a lender can review and replace them.
 */

/** The three dimensions of the scorecard. */
export type ScorecardDimension = 'LEGAL' | 'TECHNICAL' | 'ECONOMIC';

/** Legal-value indicators. */
export type LegalIndicator =
  | 'STABILITY'
  | 'SCOPE'
  | 'REMAINING_LIFE'
  | 'DEPENDENCY'
  | 'INFRINGEMENT_DETECTABILITY'
  | 'FAMILY_COVERAGE'
  | 'LICENSING';
/** Technical-value indicators. */
export type TechnicalIndicator = 'ADVANCEMENT' | 'MATURITY' | 'SUBSTITUTABILITY' | 'APPLICABILITY';
/** Economic-value indicators. */
export type EconomicIndicator = 'MARKET_SIZE' | 'MARKET_SHARE' | 'COMPETITION' | 'POLICY_FIT';
/** Any scorecard indicator. */
export type ScorecardIndicator = LegalIndicator | TechnicalIndicator | EconomicIndicator;

/** Where an indicator's score came from. */
export type ScoreSource = 'DERIVED' | 'ANALYST' | 'DEFAULT';
/** Valuation purposes with their own weights. */
export type ScorecardScenario = 'PLEDGE_FINANCE' | 'TRANSFER' | 'LICENSING';
/** Letter grade of the total score. */
export type ScorecardGrade = 'A' | 'B' | 'C' | 'D';
/** How far the bank may rely on the score. */
export type ScorecardConfidence = 'HIGH' | 'MEDIUM' | 'LOW';
/** Legal-status flags from the register that cap the stability score. */
export type ScorecardRiskFlag = 'INVALIDATION_PENDING' | 'OWNERSHIP_DISPUTE' | 'COURT_PRESERVATION';

/** Indicators of each dimension, in display order. */
export const SCORECARD_INDICATORS: {
  readonly LEGAL: readonly LegalIndicator[];
  readonly TECHNICAL: readonly TechnicalIndicator[];
  readonly ECONOMIC: readonly EconomicIndicator[];
} = {
  LEGAL: [
    'STABILITY',
    'SCOPE',
    'REMAINING_LIFE',
    'DEPENDENCY',
    'INFRINGEMENT_DETECTABILITY',
    'FAMILY_COVERAGE',
    'LICENSING',
  ],
  TECHNICAL: ['ADVANCEMENT', 'MATURITY', 'SUBSTITUTABILITY', 'APPLICABILITY'],
  ECONOMIC: ['MARKET_SIZE', 'MARKET_SHARE', 'COMPETITION', 'POLICY_FIT'],
};

const DIMENSIONS: readonly ScorecardDimension[] = ['LEGAL', 'TECHNICAL', 'ECONOMIC'];

/**
 * Weights as decimal fractions: `dimensions` sum to 1, and the indicators of each
 * dimension sum to 1 within it (an indicator's share of the total is dimension weight x
 * indicator weight).
 */
export interface ScorecardWeights {
  dimensions: Readonly<Record<ScorecardDimension, DecimalLike>>;
  indicators: Readonly<Record<ScorecardIndicator, DecimalLike>>;
}

const TECHNICAL_AND_ECONOMIC_WEIGHTS = {
  ADVANCEMENT: '0.30',
  MATURITY: '0.25',
  SUBSTITUTABILITY: '0.25',
  APPLICABILITY: '0.20',
  MARKET_SIZE: '0.30',
  MARKET_SHARE: '0.25',
  COMPETITION: '0.25',
  POLICY_FIT: '0.20',
} as const;

/**
 * Weights per scenario (our policy; GB/T 42748-2023 leaves them to the scenario).
 * - PLEDGE_FINANCE (the default): legal 0.45 / technical 0.25 / economic 0.30. A lender
 *   depends on an enforceable, long-lived right more than on upside, so the legal
 *   dimension weighs most and within it stability and remaining life.
 * - TRANSFER: legal 0.30 / technical 0.35 / economic 0.35; a buyer pays for the technology
 *   and its market.
 * - LICENSING: legal 0.30 / technical 0.30 / economic 0.40; royalties follow sales, and
 *   infringement detectability matters more because a licence is only paid when a
 *   non-licensee can be caught.
 */
export const SCENARIO_WEIGHTS: Readonly<Record<ScorecardScenario, ScorecardWeights>> = {
  PLEDGE_FINANCE: {
    dimensions: { LEGAL: '0.45', TECHNICAL: '0.25', ECONOMIC: '0.30' },
    indicators: {
      STABILITY: '0.25',
      SCOPE: '0.15',
      REMAINING_LIFE: '0.20',
      DEPENDENCY: '0.10',
      INFRINGEMENT_DETECTABILITY: '0.10',
      FAMILY_COVERAGE: '0.10',
      LICENSING: '0.10',
      ...TECHNICAL_AND_ECONOMIC_WEIGHTS,
    },
  },
  TRANSFER: {
    dimensions: { LEGAL: '0.30', TECHNICAL: '0.35', ECONOMIC: '0.35' },
    indicators: {
      STABILITY: '0.20',
      SCOPE: '0.20',
      REMAINING_LIFE: '0.15',
      DEPENDENCY: '0.15',
      INFRINGEMENT_DETECTABILITY: '0.10',
      FAMILY_COVERAGE: '0.10',
      LICENSING: '0.10',
      ...TECHNICAL_AND_ECONOMIC_WEIGHTS,
    },
  },
  LICENSING: {
    dimensions: { LEGAL: '0.30', TECHNICAL: '0.30', ECONOMIC: '0.40' },
    indicators: {
      STABILITY: '0.20',
      SCOPE: '0.20',
      REMAINING_LIFE: '0.10',
      DEPENDENCY: '0.10',
      INFRINGEMENT_DETECTABILITY: '0.20',
      FAMILY_COVERAGE: '0.10',
      LICENSING: '0.10',
      ...TECHNICAL_AND_ECONOMIC_WEIGHTS,
    },
  },
};

/** Lowest total (2 dp) for each grade; below C's threshold the grade is D. */
export const SCORECARD_GRADE_THRESHOLDS: Readonly<Record<Exclude<ScorecardGrade, 'D'>, number>> = {
  A: 80,
  B: 65,
  C: 50,
};

/**
 * Default premium added to the discount rate per grade (fractions: '0.02' = 2 percentage
 * points). A weaker patent carries more risk of not earning the projected royalties.
 */
export const DEFAULT_GRADE_DISCOUNT_PREMIUMS: Readonly<Record<ScorecardGrade, string>> = {
  A: '0',
  B: '0.02',
  C: '0.04',
  D: '0.06',
};

/**
 * Score of an indicator with no data and no analyst answer: the neutral midpoint. Such
 * indicators are reported as DEFAULT and lower the confidence.
 */
export const DEFAULT_INDICATOR_SCORE = 50;

/**
 * Highest stability score a right can have while a flag is raised, whatever the data or
 * the analyst say: register facts outrank opinion. Each further flag lowers the cap by
 * {@link STABILITY_CAP_STEP}. Every cap is below {@link DEFAULT_INDICATOR_SCORE}, so
 * learning of a flag never raises the score.
 */
export const STABILITY_CAPS: Readonly<Record<ScorecardRiskFlag, number>> = {
  INVALIDATION_PENDING: 30,
  OWNERSHIP_DISPUTE: 40,
  COURT_PRESERVATION: 40,
};
/** Extra reduction of the stability cap for each flag beyond the first. */
export const STABILITY_CAP_STEP = 10;

/** Stability of a granted right whose register entry shows no risk flag. */
export const CLEAN_STABILITY_SCORE = 80;

/** Facts about the asset from which indicators are derived; all optional. */
export interface ScorecardAssetAttributes {
  /** Years until the right expires; zero or negative for an expired right. */
  remainingLifeYears?: number;
  /** Total number of claims. */
  claimsCount?: number;
  /** Number of independent claims (at most `claimsCount`). */
  independentClaims?: number;
  /** Times later patents cite this one. */
  forwardCitations?: number;
  /** Members of the patent family, this patent included. */
  familySize?: number;
  /** Countries or regions where the family is protected. */
  countries?: number;
  /** Licences granted so far. */
  licencesGranted?: number;
  /** Infringement suits brought on the patent. */
  litigationCount?: number;
  /** An invalidation request is pending. */
  invalidationPending?: boolean;
  /** An ownership dispute has suspended procedures. */
  ownershipDispute?: boolean;
  /** A court preservation order (freeze) applies. */
  courtPreservation?: boolean;
}

/** Inputs of {@link scorePatent}. */
export interface ScorecardInput {
  /** Selects the weights; PLEDGE_FINANCE when omitted. Ignored when `weights` is given. */
  scenario?: ScorecardScenario;
  /** Custom weights replacing the scenario's. */
  weights?: ScorecardWeights;
  attributes?: ScorecardAssetAttributes;
  /**
   * Analyst answers, 0-100 per indicator (a decimal string or a number). An answer
   * replaces the derived score; only the stability caps of the risk flags still apply.
   */
  analystScores?: Partial<Record<ScorecardIndicator, DecimalLike | number>>;
  /** Discount-rate premium per grade; {@link DEFAULT_GRADE_DISCOUNT_PREMIUMS} when omitted. */
  gradePremiums?: Readonly<Record<ScorecardGrade, DecimalLike>>;
}

/** One scored indicator. Scores and weights are decimal strings. */
export interface ScorecardIndicatorScore {
  indicator: ScorecardIndicator;
  dimension: ScorecardDimension;
  /** Weight within the dimension. */
  weight: string;
  /** 0-100, 2 decimals. */
  score: string;
  source: ScoreSource;
  /** Plain-language reason for the score, for the bank's reviewer. */
  basis: string;
  /** Risk flags that capped this score (stability only). */
  cappedBy: ScorecardRiskFlag[];
}

/** One scored dimension. */
export interface ScorecardDimensionScore {
  dimension: ScorecardDimension;
  /** Weight in the total. */
  weight: string;
  /** Weighted mean of its indicators, 0-100, 2 decimals. */
  score: string;
}

/** Result of {@link scorePatent}. */
export interface ScorecardResult {
  scenario: ScorecardScenario | 'CUSTOM';
  /** Weighted total, 0-100, 2 decimals (half to even). */
  total: string;
  /** Grade of the rounded total. */
  grade: ScorecardGrade;
  /** Premium to add to the discount rate for this grade, a fraction. */
  discountRatePremium: string;
  confidence: ScorecardConfidence;
  dimensions: ScorecardDimensionScore[];
  indicators: ScorecardIndicatorScore[];
  riskFlags: ScorecardRiskFlag[];
  /** Number of DEFAULT indicators. */
  defaultCount: number;
  /** Share of the total weight that rests on DEFAULT indicators, 4 decimals. */
  defaultWeightShare: string;
}

/** A monotone non-decreasing piecewise-linear curve: [input, score] points, flat beyond the ends. */
type Curve = readonly (readonly [number, number])[];

/**
 * Curves of the derived indicators (input -> score). Each is non-decreasing, so more of
 * a good thing never lowers a score:
 * - REMAINING_LIFE: years left; 5 years (a common bank minimum) scores 50, 10 years 80,
 *   20 years (an invention's full term) 100.
 * - claims / independent claims (SCOPE): more claims, and more independent claims, mean
 *   broader and more fall-back positions.
 * - litigation (INFRINGEMENT_DETECTABILITY): a suit brought on the patent shows that
 *   infringement can be detected and proved; the outcome belongs to stability.
 * - family size / countries (FAMILY_COVERAGE): protected markets.
 * - licences (LICENSING): proven willingness of others to pay.
 * - forward citations (ADVANCEMENT): the usual proxy for technical significance.
 */
export const SCORECARD_CURVES = {
  remainingLifeYears: [
    [0, 0],
    [3, 30],
    [5, 50],
    [10, 80],
    [15, 95],
    [20, 100],
  ],
  claimsCount: [
    [0, 0],
    [1, 20],
    [5, 45],
    [10, 65],
    [20, 85],
    [30, 100],
  ],
  independentClaims: [
    [0, 0],
    [1, 40],
    [2, 60],
    [3, 75],
    [5, 100],
  ],
  litigationCount: [
    [0, 50],
    [1, 65],
    [2, 75],
    [5, 90],
  ],
  familySize: [
    [0, 0],
    [1, 30],
    [2, 45],
    [5, 70],
    [10, 90],
    [20, 100],
  ],
  countries: [
    [0, 0],
    [1, 30],
    [2, 50],
    [5, 80],
    [10, 100],
  ],
  licencesGranted: [
    [0, 30],
    [1, 60],
    [3, 80],
    [5, 90],
    [10, 100],
  ],
  forwardCitations: [
    [0, 20],
    [1, 35],
    [5, 60],
    [10, 75],
    [20, 90],
    [50, 100],
  ],
} as const satisfies Record<string, Curve>;

/** Within SCOPE, total claims count 60 % and independent claims 40 % when both are known. */
const SCOPE_CLAIMS_SHARE = new Decimal('0.6');

const HUNDRED = new Decimal(100);

function interpolate(curve: Curve, x: Decimal): Decimal {
  const first = curve[0];
  const last = curve[curve.length - 1];
  if (first === undefined || last === undefined) throw new Error('empty scorecard curve');
  if (x.lte(first[0])) return new Decimal(first[1]);
  for (let i = 1; i < curve.length; i += 1) {
    const [x1, y1] = curve[i] as readonly [number, number];
    const [x0, y0] = curve[i - 1] as readonly [number, number];
    if (x.lte(x1)) {
      return new Decimal(y0).plus(new Decimal(y1 - y0).times(x.minus(x0)).div(x1 - x0));
    }
  }
  return new Decimal(last[1]);
}

function toWeight(value: unknown, field: string): Decimal {
  const weight = toDecimalInput(value, field);
  if (weight.lt(0) || weight.gt(1))
    throw new ValuationInputError(field, `must be between 0 and 1, got ${weight.toString()}`);
  return weight;
}

interface ParsedWeights {
  dimensions: Record<ScorecardDimension, Decimal>;
  indicators: Record<ScorecardIndicator, Decimal>;
}

/**
 * Checks a weight set: every weight a decimal in [0, 1], the dimension weights summing to
 * exactly 1 and each dimension's indicator weights summing to exactly 1.
 *
 * @throws ValuationInputError naming the offending weight, e.g. `weights.indicators.SCOPE`,
 *   or the group whose sum is wrong, e.g. `weights.indicators.LEGAL`.
 */
export function validateScorecardWeights(weights: ScorecardWeights, field = 'weights'): void {
  parseWeights(weights, field);
}

function parseWeights(weights: ScorecardWeights, field: string): ParsedWeights {
  if (typeof weights !== 'object' || weights === null) throw new ValuationInputError(field, 'must be an object');
  const dims = weights.dimensions as Partial<Record<ScorecardDimension, DecimalLike>> | undefined;
  const inds = weights.indicators as Partial<Record<ScorecardIndicator, DecimalLike>> | undefined;
  if (typeof dims !== 'object' || dims === null)
    throw new ValuationInputError(`${field}.dimensions`, 'must be an object');
  if (typeof inds !== 'object' || inds === null)
    throw new ValuationInputError(`${field}.indicators`, 'must be an object');
  const dimensions = {} as Record<ScorecardDimension, Decimal>;
  const indicators = {} as Record<ScorecardIndicator, Decimal>;
  let dimensionSum = new Decimal(0);
  for (const dimension of DIMENSIONS) {
    dimensions[dimension] = toWeight(dims[dimension], `${field}.dimensions.${dimension}`);
    dimensionSum = dimensionSum.plus(dimensions[dimension]);
    let indicatorSum = new Decimal(0);
    for (const indicator of SCORECARD_INDICATORS[dimension]) {
      indicators[indicator] = toWeight(inds[indicator], `${field}.indicators.${indicator}`);
      indicatorSum = indicatorSum.plus(indicators[indicator]);
    }
    if (!indicatorSum.eq(1)) {
      throw new ValuationInputError(
        `${field}.indicators.${dimension}`,
        `${dimension} indicator weights must sum to 1, got ${indicatorSum.toString()}`,
      );
    }
  }
  if (!dimensionSum.eq(1))
    throw new ValuationInputError(`${field}.dimensions`, `must sum to 1, got ${dimensionSum.toString()}`);
  return { dimensions, indicators };
}

function parseGradePremiums(premiums: Readonly<Record<ScorecardGrade, DecimalLike>>): Record<ScorecardGrade, Decimal> {
  if (typeof premiums !== 'object' || premiums === null)
    throw new ValuationInputError('gradePremiums', 'must be an object');
  const parsed = {} as Record<ScorecardGrade, Decimal>;
  let previous = new Decimal(0);
  for (const grade of ['A', 'B', 'C', 'D'] as const) {
    const field = `gradePremiums.${grade}`;
    const premium = toWeight(premiums[grade], field);
    // A worse grade with a smaller premium would reward the weaker patent.
    if (premium.lt(previous))
      throw new ValuationInputError(field, `must not be below the premium of a better grade (${previous.toString()})`);
    parsed[grade] = premium;
    previous = premium;
  }
  return parsed;
}

function optionalCount(attributes: ScorecardAssetAttributes, key: keyof ScorecardAssetAttributes): number | undefined {
  const value: unknown = attributes[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new ValuationInputError(`attributes.${key}`, `must be a non-negative integer, got ${JSON.stringify(value)}`);
  }
  return value;
}

function optionalFlag(attributes: ScorecardAssetAttributes, key: keyof ScorecardAssetAttributes): boolean | undefined {
  const value: unknown = attributes[key];
  if (value === undefined || typeof value === 'boolean') return value;
  throw new ValuationInputError(`attributes.${key}`, `must be a boolean, got ${JSON.stringify(value)}`);
}

function analystScore(value: unknown, field: string): Decimal {
  let score: Decimal;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new ValuationInputError(field, `must be a finite score, got ${value}`);
    score = new Decimal(value);
  } else {
    score = toDecimalInput(value, field);
  }
  if (score.lt(0) || score.gt(100))
    throw new ValuationInputError(field, `must be between 0 and 100, got ${score.toString()}`);
  return score;
}

interface Derived {
  score: Decimal;
  basis: string;
}

/** Derives what the attributes support; indicators missing from the map have no data. */
function deriveScores(attributes: ScorecardAssetAttributes): {
  derived: Partial<Record<ScorecardIndicator, Derived>>;
  flags: ScorecardRiskFlag[];
} {
  const derived: Partial<Record<ScorecardIndicator, Derived>> = {};
  const curves = SCORECARD_CURVES;

  if (attributes.remainingLifeYears !== undefined) {
    const years = requireFiniteYears(attributes.remainingLifeYears, 'attributes.remainingLifeYears');
    derived.REMAINING_LIFE = {
      score: interpolate(curves.remainingLifeYears, new Decimal(years)),
      basis: `${years} years of protection left`,
    };
  }

  const claims = optionalCount(attributes, 'claimsCount');
  const independent = optionalCount(attributes, 'independentClaims');
  if (claims !== undefined && independent !== undefined && independent > claims) {
    throw new ValuationInputError(
      'attributes.independentClaims',
      `must not exceed claimsCount (${claims}), got ${independent}`,
    );
  }
  if (claims !== undefined && independent !== undefined) {
    const claimsScore = interpolate(curves.claimsCount, new Decimal(claims));
    const independentScore = interpolate(curves.independentClaims, new Decimal(independent));
    derived.SCOPE = {
      score: claimsScore
        .times(SCOPE_CLAIMS_SHARE)
        .plus(independentScore.times(new Decimal(1).minus(SCOPE_CLAIMS_SHARE))),
      basis: `${claims} claims, ${independent} independent`,
    };
  } else if (claims !== undefined) {
    derived.SCOPE = { score: interpolate(curves.claimsCount, new Decimal(claims)), basis: `${claims} claims` };
  } else if (independent !== undefined) {
    derived.SCOPE = {
      score: interpolate(curves.independentClaims, new Decimal(independent)),
      basis: `${independent} independent claims`,
    };
  }

  const litigation = optionalCount(attributes, 'litigationCount');
  if (litigation !== undefined) {
    derived.INFRINGEMENT_DETECTABILITY = {
      score: interpolate(curves.litigationCount, new Decimal(litigation)),
      basis: `${litigation} infringement suits brought on the patent`,
    };
  }

  const family = optionalCount(attributes, 'familySize');
  const countries = optionalCount(attributes, 'countries');
  const coverage: Decimal[] = [];
  const coverageBasis: string[] = [];
  if (family !== undefined) {
    coverage.push(interpolate(curves.familySize, new Decimal(family)));
    coverageBasis.push(`family of ${family}`);
  }
  if (countries !== undefined) {
    coverage.push(interpolate(curves.countries, new Decimal(countries)));
    coverageBasis.push(`${countries} countries`);
  }
  if (coverage.length > 0) {
    derived.FAMILY_COVERAGE = { score: Decimal.sum(...coverage).div(coverage.length), basis: coverageBasis.join(', ') };
  }

  const licences = optionalCount(attributes, 'licencesGranted');
  if (licences !== undefined) {
    derived.LICENSING = {
      score: interpolate(curves.licencesGranted, new Decimal(licences)),
      basis: `${licences} licences granted`,
    };
  }

  const citations = optionalCount(attributes, 'forwardCitations');
  if (citations !== undefined) {
    derived.ADVANCEMENT = {
      score: interpolate(curves.forwardCitations, new Decimal(citations)),
      basis: `${citations} forward citations`,
    };
  }

  const invalidation = optionalFlag(attributes, 'invalidationPending');
  const dispute = optionalFlag(attributes, 'ownershipDispute');
  const preservation = optionalFlag(attributes, 'courtPreservation');
  const flags: ScorecardRiskFlag[] = [];
  if (invalidation === true) flags.push('INVALIDATION_PENDING');
  if (dispute === true) flags.push('OWNERSHIP_DISPUTE');
  if (preservation === true) flags.push('COURT_PRESERVATION');
  if (invalidation !== undefined || dispute !== undefined || preservation !== undefined) {
    derived.STABILITY = {
      score: new Decimal(CLEAN_STABILITY_SCORE),
      basis: 'granted right; legal status checked on the register',
    };
  }
  return { derived, flags };
}

/** The stability cap for a set of flags, or undefined when no flag is raised. */
function stabilityCap(flags: readonly ScorecardRiskFlag[]): number | undefined {
  if (flags.length === 0) return undefined;
  const lowest = Math.min(...flags.map((flag) => STABILITY_CAPS[flag]));
  return Math.max(0, lowest - STABILITY_CAP_STEP * (flags.length - 1));
}

function gradeOf(total: Decimal): ScorecardGrade {
  if (total.gte(SCORECARD_GRADE_THRESHOLDS.A)) return 'A';
  if (total.gte(SCORECARD_GRADE_THRESHOLDS.B)) return 'B';
  if (total.gte(SCORECARD_GRADE_THRESHOLDS.C)) return 'C';
  return 'D';
}

const CONFIDENCE_ORDER: readonly ScorecardConfidence[] = ['HIGH', 'MEDIUM', 'LOW'];

function lowerOf(a: ScorecardConfidence, b: ScorecardConfidence): ScorecardConfidence {
  return CONFIDENCE_ORDER.indexOf(a) >= CONFIDENCE_ORDER.indexOf(b) ? a : b;
}

/**
 * Confidence rules:
 * - by the share of the total weight resting on DEFAULT indicators: up to 15 % HIGH,
 *   up to 40 % MEDIUM, above LOW;
 * - by count: 4 or more DEFAULT indicators (of 15) give at most MEDIUM, 8 or more LOW;
 * - any risk flag gives LOW: the value then depends on the outcome of a proceeding.
 */
function confidenceOf(
  defaultShare: Decimal,
  defaultCount: number,
  flags: readonly ScorecardRiskFlag[],
): ScorecardConfidence {
  let confidence: ScorecardConfidence = defaultShare.lte('0.15') ? 'HIGH' : defaultShare.lte('0.40') ? 'MEDIUM' : 'LOW';
  if (defaultCount >= 8) confidence = lowerOf(confidence, 'LOW');
  else if (defaultCount >= 4) confidence = lowerOf(confidence, 'MEDIUM');
  if (flags.length > 0) confidence = 'LOW';
  return confidence;
}

/**
 * Scores a patent on the GB/T 42748-2023 / PVD indicator scorecard.
 *
 * Each indicator is scored 0-100 from, in order of precedence: the analyst's answer
 * (ANALYST), a documented monotone curve over the asset attributes (DERIVED, see
 * {@link SCORECARD_CURVES}), or the neutral {@link DEFAULT_INDICATOR_SCORE} (DEFAULT).
 * STABILITY is derived as {@link CLEAN_STABILITY_SCORE} once the legal status is known,
 * and any raised risk flag caps it at {@link STABILITY_CAPS} whatever its source.
 * Dimension score = weighted mean of its indicators; total = weighted mean of the
 * dimensions, computed unrounded and rounded to 2 dp half to even; the grade is that of
 * the rounded total (A >= 80, B >= 65, C >= 50, D below).
 *
 * @throws ValuationInputError naming the field: a weight outside [0, 1] or a weight group
 *   not summing to 1, an analyst score outside [0, 100], a count that is not a
 *   non-negative integer, more independent claims than claims, a non-boolean flag, or
 *   grade premiums outside [0, 1] or decreasing from A to D.
 */
export function scorePatent(input: ScorecardInput = {}): ScorecardResult {
  const scenario = input.scenario ?? 'PLEDGE_FINANCE';
  if (!Object.hasOwn(SCENARIO_WEIGHTS, scenario))
    throw new ValuationInputError('scenario', `unknown scenario ${JSON.stringify(scenario)}`);
  const weights =
    input.weights === undefined
      ? parseWeights(SCENARIO_WEIGHTS[scenario], 'weights')
      : parseWeights(input.weights, 'weights');
  const premiums = parseGradePremiums(input.gradePremiums ?? DEFAULT_GRADE_DISCOUNT_PREMIUMS);
  const { derived, flags } = deriveScores(input.attributes ?? {});
  const answers = input.analystScores ?? {};
  for (const key of Object.keys(answers)) {
    if (!DIMENSIONS.some((dimension) => (SCORECARD_INDICATORS[dimension] as readonly string[]).includes(key))) {
      throw new ValuationInputError(`analystScores.${key}`, 'is not a scorecard indicator');
    }
  }
  const cap = stabilityCap(flags);

  const indicators: ScorecardIndicatorScore[] = [];
  const dimensions: ScorecardDimensionScore[] = [];
  let total = new Decimal(0);
  let defaultShare = new Decimal(0);
  let defaultCount = 0;
  for (const dimension of DIMENSIONS) {
    let dimensionScore = new Decimal(0);
    for (const indicator of SCORECARD_INDICATORS[dimension]) {
      const answer = answers[indicator];
      const fromData = derived[indicator];
      let score: Decimal;
      let source: ScoreSource;
      let basis: string;
      if (answer !== undefined) {
        score = analystScore(answer, `analystScores.${indicator}`);
        source = 'ANALYST';
        basis = 'analyst answer';
      } else if (fromData !== undefined) {
        ({ score, basis } = fromData);
        source = 'DERIVED';
      } else {
        score = new Decimal(DEFAULT_INDICATOR_SCORE);
        source = 'DEFAULT';
        basis = 'no data: neutral midpoint';
      }
      const cappedBy: ScorecardRiskFlag[] = [];
      if (indicator === 'STABILITY' && cap !== undefined) {
        cappedBy.push(...flags);
        if (score.gt(cap)) {
          score = new Decimal(cap);
          basis = `${basis}; capped at ${cap} by ${flags.join(', ')}`;
        }
      }
      const weight = weights.indicators[indicator];
      dimensionScore = dimensionScore.plus(weight.times(score));
      if (source === 'DEFAULT') {
        defaultCount += 1;
        defaultShare = defaultShare.plus(weight.times(weights.dimensions[dimension]));
      }
      indicators.push({
        indicator,
        dimension,
        weight: weight.toString(),
        score: score.toFixed(2, Decimal.ROUND_HALF_EVEN),
        source,
        basis,
        cappedBy,
      });
    }
    total = total.plus(dimensionScore.times(weights.dimensions[dimension]));
    dimensions.push({
      dimension,
      weight: weights.dimensions[dimension].toString(),
      score: dimensionScore.toFixed(2, Decimal.ROUND_HALF_EVEN),
    });
  }

  // Clamped only against decimal noise; weights summing to 1 keep the total in range.
  const rounded = new Decimal(Decimal.max(0, Decimal.min(HUNDRED, total)).toFixed(2, Decimal.ROUND_HALF_EVEN));
  const grade = gradeOf(rounded);
  return {
    scenario: input.weights === undefined ? scenario : 'CUSTOM',
    total: rounded.toFixed(2),
    grade,
    discountRatePremium: premiums[grade].toString(),
    confidence: confidenceOf(defaultShare, defaultCount, flags),
    dimensions,
    indicators,
    riskFlags: flags,
    defaultCount,
    defaultWeightShare: defaultShare.toFixed(4, Decimal.ROUND_HALF_EVEN),
  };
}
