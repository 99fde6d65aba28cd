/** The global filter bar's state. Empty lists mean "no restriction". */
export interface Filters {
  /** Inclusive "YYYY-MM" or "YYYY-MM-DD" bounds. */
  from: string | null;
  to: string | null;
  provinces: string[];
  meetingTypes: string[];
  /** Person ids. */
  people: string[];
  phrases: string[];
}

export const NO_FILTERS: Filters = { from: null, to: null, provinces: [], meetingTypes: [], people: [], phrases: [] };
