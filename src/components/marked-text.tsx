import { markTerms } from "./mark-terms";

/** A sentence from a document with the words it is evidence for marked. */
export function MarkedText({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {markTerms(text, terms).map((run, i) =>
        run.marked ? (
          <mark key={i} className="rounded bg-amber-200 px-0.5 dark:bg-amber-700 dark:text-white">
            {run.text}
          </mark>
        ) : (
          <span key={i}>{run.text}</span>
        ),
      )}
    </>
  );
}
