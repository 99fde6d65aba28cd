/**
 * Class lists the views share. Each class stays whole inside one string so Tailwind finds it;
 * the lists are split only to keep lines short.
 */

/** A white (dark: stone) card; add the padding. */
export const CARD = "rounded-lg border border-stone-200 bg-white shadow-sm dark:border-stone-700 dark:bg-stone-900";

/** An input or select in a toolbar. */
export const FIELD =
  "max-w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-600 dark:bg-stone-800";

/** A small grey line of explanation above a chart. */
export const NOTE = "mb-1 text-xs text-stone-500 dark:text-stone-400";

/** A small outlined button in a chart's header. */
export const SMALL_BUTTON =
  "rounded border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100 " +
  "dark:border-stone-600 dark:hover:bg-stone-800";

/** An outlined rose button that narrows every view ("filter by this …"). */
export const FILTER_BUTTON = "rounded border border-rose-300 text-rose-900 dark:border-rose-800 dark:text-rose-200";

/** A link-like button leading to another view. */
export const LINK_BUTTON = "text-rose-800 underline dark:text-rose-300";

/** An outlined button on a page of controls (the data page). */
export const OUTLINE_BUTTON =
  "rounded border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800";
