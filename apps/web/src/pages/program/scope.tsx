import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '@web/gql';
import { navigate, usePath, useSearchParam } from '@web/router/router';

export const PROGRAM_VIEWER = graphql(`
  query ProgramViewer {
    viewer {
      login
      party {
        id
        name
        city
      }
    }
  }
`);

/** What the program pages look at: a city and year, and for the dashboard a district and park. */
export interface ProgramScope {
  city: string;
  year: number;
  district: string | null;
  park: string | null;
}

/** The calendar year in China (UTC+8): the program's years are China's. */
export function chinaYear(now: Date = new Date()): number {
  return new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear();
}

/** A year the form accepts: four digits, 2000 to 2100. */
export function parseYear(text: string | null): number | null {
  if (text === null || !/^\d{4}$/.test(text.trim())) return null;
  const year = Number(text.trim());
  return year >= 2000 && year <= 2100 ? year : null;
}

const blankToNull = (text: string | null): string | null => (text === null || text.trim() === '' ? null : text.trim());

/**
 * The scope from the address (so a view can be linked and reloaded), defaulting to the staff's
 * own city (their program office's) and this year. `city` is null while the viewer loads, or
 * when neither the address nor the sign-in names a city (an administrator).
 */
export function useProgramScope(): {
  scope: ProgramScope | null;
  loading: boolean;
  error: unknown;
  retry: () => void;
} {
  const viewer = useQuery(PROGRAM_VIEWER);
  const cityParam = blankToNull(useSearchParam('city'));
  const year = parseYear(useSearchParam('year')) ?? chinaYear();
  const district = blankToNull(useSearchParam('district'));
  const park = blankToNull(useSearchParam('park'));
  const city = cityParam ?? viewer.data?.viewer.party?.city ?? null;
  return {
    scope: city === null ? null : { city, year, district, park: district === null ? null : park },
    loading: cityParam === null && viewer.data === undefined && viewer.error === undefined,
    error: cityParam === null ? viewer.error : undefined,
    retry: () => void viewer.refetch(),
  };
}

/** City and year (and on the dashboard district and park); applying puts them in the address. */
export function ScopeForm({
  scope,
  withYear = true,
  withArea = false,
}: {
  scope: ProgramScope | null;
  withYear?: boolean;
  withArea?: boolean;
}) {
  const path = usePath();
  const [city, setCity] = useState(scope?.city ?? '');
  const [year, setYear] = useState(String(scope?.year ?? chinaYear()));
  const [district, setDistrict] = useState(scope?.district ?? '');
  const [park, setPark] = useState(scope?.park ?? '');
  const [hint, setHint] = useState<string | null>(null);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (city.trim() === '') return setHint('Enter a city, such as Suzhou.');
    if (withYear && parseYear(year) === null) return setHint('Enter the year as four digits, such as 2026.');
    if (park.trim() !== '' && district.trim() === '')
      return setHint('A park is chosen within its district: enter the district too.');
    setHint(null);
    const params = new URLSearchParams({ city: city.trim() });
    if (withYear) params.set('year', year.trim());
    if (withArea && district.trim() !== '') params.set('district', district.trim());
    if (withArea && park.trim() !== '') params.set('park', park.trim());
    navigate(`${path}?${params.toString()}`);
  };
  return (
    <form
      className="filters"
      onSubmit={submit}
      noValidate
      aria-label={withYear ? 'Choose city and year' : 'Choose city'}
    >
      <div className="field">
        <label htmlFor="scope-city">City</label>
        <input id="scope-city" value={city} onChange={(e) => setCity(e.target.value)} />
      </div>
      {withYear && (
        <div className="field">
          <label htmlFor="scope-year">Year</label>
          <input id="scope-year" value={year} onChange={(e) => setYear(e.target.value)} inputMode="numeric" />
        </div>
      )}
      {withArea && (
        <>
          <div className="field">
            <label htmlFor="scope-district">District (optional)</label>
            <input id="scope-district" value={district} onChange={(e) => setDistrict(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="scope-park">Park (optional)</label>
            <input id="scope-park" value={park} onChange={(e) => setPark(e.target.value)} />
          </div>
        </>
      )}
      <div className="form-actions">
        <button type="submit" className="button">
          Show
        </button>
      </div>
      {hint !== null && (
        <p className="field-error" role="alert">
          {hint}
        </p>
      )}
    </form>
  );
}
