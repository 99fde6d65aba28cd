import { useId } from "react";
import { sentenceAround, type FactEvidence } from "../../ingest";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";

// Out of the layout until shown (display, not visibility): hidden tips must not widen a phone's page.
const TIP =
  "hidden absolute left-0 top-full z-10 mt-1 w-72 max-w-[80vw] rounded border border-stone-300 bg-white p-2 text-xs " +
  "shadow-lg group-hover:block group-focus-within:block dark:border-stone-600 dark:bg-stone-800";

/** The sentence a fact was read from, with the deciding words marked, or the page line it came from. */
function Source({ evidence, text }: { evidence: FactEvidence; text: string }) {
  if (!evidence.span) return <q>{evidence.quote}</q>;
  const sentence = sentenceAround(text, evidence.span);
  const at = sentence.indexOf(evidence.quote);
  if (at < 0) return <q>{sentence}</q>;
  return (
    <q>
      {sentence.slice(0, at)}
      <mark className="bg-amber-200 dark:bg-amber-700 dark:text-white">{evidence.quote}</mark>
      {sentence.slice(at + evidence.quote.length)}
    </q>
  );
}

/**
 * A parsed fact whose source shows on hover or focus: the sentence it was read from and how sure
 * the parser is; for an unknown fact, that the text does not tell it.
 */
export function FactWithEvidence({
  value,
  evidence,
  text,
}: {
  value: string;
  evidence: FactEvidence | null;
  text: string;
}) {
  const lang = useLang();
  const id = useId();
  return (
    <span className="group relative">
      <span
        tabIndex={0}
        aria-describedby={id}
        className="cursor-help underline decoration-dotted underline-offset-2 focus:outline-none focus-visible:ring-2 focus-visible:ring-rose-400"
      >
        {value}
      </span>
      <span role="tooltip" id={id} className={TIP} data-testid="fact-evidence">
        {evidence ? (
          <>
            <span className="block text-stone-500 dark:text-stone-400">
              {pick(lang, { zh: "依据", en: "Read from" })} ·{" "}
              {pick(lang, {
                zh: `把握 ${Math.round(evidence.confidence * 100)}%`,
                en: `confidence ${Math.round(evidence.confidence * 100)}%`,
              })}
            </span>
            <Source evidence={evidence} text={text} />
          </>
        ) : (
          pick(lang, {
            zh: "原文没有足够依据，宁可不详也不猜。",
            en: "The text does not tell this clearly enough; it is left unknown rather than guessed.",
          })
        )}
      </span>
    </span>
  );
}
