import { Decimal } from '@app/money';

/** Registered pledges of a year in one district and park ('' = none) of the scope. */
export interface AreaCell {
  district: string;
  park: string;
  registrations: number;
  amount: string;
}

/** Loans disbursed in a year in one district and park ('' = none) of the scope. */
export interface LoanAreaCell {
  district: string;
  park: string;
  loans: number;
  amount: string;
}

/** Registrations and loans of one district, or of one park of a district (park null for a district). */
export interface AreaVolume {
  district: string;
  park: string | null;
  registrations: number;
  amount: Decimal;
  loans: number;
  loanAmount: Decimal;
}

export interface AreaFigures {
  /** Every district of the scope with registrations or loans, largest registered amount first. */
  byDistrict: AreaVolume[];
  /** Every park (not '' = outside any park) of the scope, largest registered amount first. */
  byPark: AreaVolume[];
}

function empty(district: string, park: string | null): AreaVolume {
  return { district, park, registrations: 0, amount: new Decimal(0), loans: 0, loanAmount: new Decimal(0) };
}

function ranked(areas: Iterable<AreaVolume>): AreaVolume[] {
  return [...areas].sort(
    (a, b) =>
      b.amount.comparedTo(a.amount) ||
      b.loanAmount.comparedTo(a.loanAmount) ||
      a.district.localeCompare(b.district) ||
      (a.park ?? '').localeCompare(b.park ?? ''),
  );
}

/**
 * The year's registrations and loans by district and by park, from the rollups' (district,
 * park) totals: a district sums its parks and its enterprises outside any park.
 */
export function buildAreas(cells: readonly AreaCell[], loanCells: readonly LoanAreaCell[]): AreaFigures {
  const districts = new Map<string, AreaVolume>();
  const parks = new Map<string, AreaVolume>();
  const areasOf = (district: string, park: string): AreaVolume[] => {
    const d = districts.get(district) ?? empty(district, null);
    districts.set(district, d);
    if (park === '') return [d];
    // A park is keyed within its district: the same name in two districts is two parks.
    const key = JSON.stringify([district, park]);
    const p = parks.get(key) ?? empty(district, park);
    parks.set(key, p);
    return [d, p];
  };
  for (const c of cells) {
    for (const area of areasOf(c.district, c.park)) {
      area.registrations += c.registrations;
      area.amount = area.amount.plus(c.amount);
    }
  }
  for (const c of loanCells) {
    for (const area of areasOf(c.district, c.park)) {
      area.loans += c.loans;
      area.loanAmount = area.loanAmount.plus(c.amount);
    }
  }
  return { byDistrict: ranked(districts.values()), byPark: ranked(parks.values()) };
}
