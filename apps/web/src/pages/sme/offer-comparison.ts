import { formatDate, formatMoney, repaymentMethodLabel } from '@web/format';
import { compareDecimals } from '@web/kit/exact-decimal';
import { fractionToPercent } from '@web/kit/form';

/**
 * The side-by-side comparison of the offers on one listing, apart from React: one row per
 * criterion, one cell per offer, and the best cell of each row marked where "best" has a
 * direction (more money, a lower rate, less interest, more time to decide). All comparisons
 * are on the decimal strings: never through a float.
 */
export interface ComparedOffer {
  id: string;
  lenderName: string;
  amount: { amount: string; currency: string };
  /** Fraction, e.g. "0.0435". */
  annualRate: string;
  termMonths: number;
  repaymentMethod: string;
  /** Fraction, e.g. "0.3". */
  ltv: string;
  expiresAt: string;
  conditions: string | null;
}

/** What the API's repayment calculator said for an offer's terms. */
export interface OfferCost {
  firstInstalment: { amount: string; currency: string };
  totalInterest: { amount: string; currency: string };
  totalRepaid: { amount: string; currency: string };
}

/** Which way is better for the borrower; null: no "best" (a matter of need, such as the term). */
type Better = 'higher' | 'lower' | null;

export interface ComparisonCell {
  offerId: string;
  text: string;
  best: boolean;
}

export interface ComparisonRow {
  key: string;
  label: string;
  cells: ComparisonCell[];
}

interface Criterion {
  key: string;
  label: string;
  better: Better;
  /** The comparable decimal (null: unknown yet) and the text shown. */
  value: (offer: ComparedOffer, cost: OfferCost | undefined) => { sortable: string | null; text: string };
}

const pending = 'Calculating…';

/** The calendar day of an instant in the user's own time zone (offers lapse at a local day's end). */
export function localDay(instant: string): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

const CRITERIA: readonly Criterion[] = [
  {
    key: 'amount',
    label: 'Amount',
    better: 'higher',
    value: (o) => ({ sortable: o.amount.amount, text: formatMoney(o.amount) }),
  },
  {
    key: 'annualRate',
    label: 'Annual rate',
    better: 'lower',
    value: (o) => ({ sortable: o.annualRate, text: `${fractionToPercent(o.annualRate)} %` }),
  },
  {
    key: 'termMonths',
    label: 'Term',
    better: null,
    value: (o) => ({ sortable: String(o.termMonths), text: `${o.termMonths} months` }),
  },
  {
    key: 'repaymentMethod',
    label: 'Repayment',
    better: null,
    value: (o) => ({ sortable: null, text: repaymentMethodLabel(o.repaymentMethod) }),
  },
  {
    key: 'ltv',
    label: 'Loan-to-value',
    better: null,
    value: (o) => ({ sortable: o.ltv, text: `${fractionToPercent(o.ltv)} %` }),
  },
  {
    key: 'firstInstalment',
    label: 'First monthly payment',
    better: 'lower',
    value: (_o, c) => ({
      sortable: c?.firstInstalment.amount ?? null,
      text: c === undefined ? pending : formatMoney(c.firstInstalment),
    }),
  },
  {
    key: 'totalInterest',
    label: 'Total interest',
    better: 'lower',
    value: (_o, c) => ({
      sortable: c?.totalInterest.amount ?? null,
      text: c === undefined ? pending : formatMoney(c.totalInterest),
    }),
  },
  {
    key: 'totalRepaid',
    label: 'Total repaid',
    better: 'lower',
    value: (_o, c) => ({
      sortable: c?.totalRepaid.amount ?? null,
      text: c === undefined ? pending : formatMoney(c.totalRepaid),
    }),
  },
  {
    key: 'expiresAt',
    label: 'Offer stands until',
    better: null,
    value: (o) => ({ sortable: null, text: formatDate(localDay(o.expiresAt)) }),
  },
  {
    key: 'conditions',
    label: 'Conditions',
    better: null,
    value: (o) => ({ sortable: null, text: o.conditions ?? 'None' }),
  },
];

/**
 * The indexes of the best values: all of them when tied, none when every value is the same
 * (nothing stands out), or when any value is still unknown (a half-computed row would mislead).
 */
export function bestIndexes(values: readonly (string | null)[], better: 'higher' | 'lower'): Set<number> {
  if (values.length < 2 || values.some((v) => v === null)) return new Set();
  const known = values as readonly string[];
  let best = known[0]!;
  for (const v of known) {
    const c = compareDecimals(v, best);
    if (c === null) return new Set();
    if ((better === 'higher' && c > 0) || (better === 'lower' && c < 0)) best = v;
  }
  const winners = new Set(known.flatMap((v, i) => (compareDecimals(v, best) === 0 ? [i] : [])));
  return winners.size === known.length ? new Set() : winners;
}

/**
 * The comparison table. Amounts in different currencies are not ranked against each other.
 */
export function compareOffers(
  offers: readonly ComparedOffer[],
  costs: Readonly<Record<string, OfferCost>>,
): ComparisonRow[] {
  const oneCurrency = new Set(offers.map((o) => o.amount.currency)).size <= 1;
  return CRITERIA.map((criterion) => {
    const values = offers.map((o) => criterion.value(o, costs[o.id]));
    const moneyRow =
      criterion.key === 'amount' || criterion.key.startsWith('total') || criterion.key === 'firstInstalment';
    const best =
      criterion.better === null || (moneyRow && !oneCurrency)
        ? new Set<number>()
        : bestIndexes(
            values.map((v) => v.sortable),
            criterion.better,
          );
    return {
      key: criterion.key,
      label: criterion.label,
      cells: offers.map((o, i) => ({ offerId: o.id, text: values[i]!.text, best: best.has(i) })),
    };
  });
}
