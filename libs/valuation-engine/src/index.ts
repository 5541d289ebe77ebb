export { discountFactor, presentValue } from './discounting.js';
export { incomePeriod, type IncomePeriod, type IncomePeriodCap, type IncomePeriodInput } from './income-period.js';
export {
  MAX_PROJECTION_YEARS,
  reliefFromRoyalty,
  type ReliefFromRoyaltyInput,
  type ReliefFromRoyaltyResult,
  type ReliefFromRoyaltyYear,
  type RevenueProjection,
} from './relief-from-royalty.js';
export { MAX_INPUT_MAGNITUDE, ValuationInputError, type DecimalLike } from './valuation-input.js';

/** Recorded with every stored valuation so a result can be reproduced with the same engine. */
export const ENGINE_VERSION = '0.1.0';
