import type { PersonPage } from "../../../analytics/person";
import { CARD } from "../../../components/styles";
import { dateLabel } from "../../../lib/dates";
import { pick } from "../../../lib/i18n";
import { titleLabel } from "../../../lib/title-label";
import { useLang } from "../../../lib/use-lang";
import { SourceLine } from "./source-line";

/** "2023-10-26 – 2024-03-14", one date when both are the same, "date unknown" when none. */
function span(from: string | null, to: string | null, lang: "zh" | "en"): string {
  if (from === null) return pick(lang, { zh: "日期不详", en: "date unknown" });
  return from === to || to === null ? dateLabel(from, lang) : `${dateLabel(from, lang)} – ${dateLabel(to, lang)}`;
}

/** Titles over time, merged: each with when it was seen and the sentence it came from. */
export function CareerLine({ page }: { page: PersonPage }) {
  const lang = useLang();
  return (
    <section className={`p-3 ${CARD}`} aria-labelledby="career-title">
      <h2 id="career-title" className="mb-2 text-base font-semibold">
        {pick(lang, { zh: "职务", en: "Career" })}
      </h2>
      {page.career.length === 0 ? (
        <p className="text-sm text-stone-500">{pick(lang, { zh: "没有记录职务", en: "No titles recorded" })}</p>
      ) : (
        <ol className="space-y-3 text-sm" data-testid="career">
          {page.career.map((c) => (
            <li key={c.title}>
              <div className="text-xs text-stone-500 dark:text-stone-400">{span(c.from, c.to, lang)}</div>
              <div className="font-medium">{titleLabel(c.title, lang)}</div>
              <SourceLine source={c.source} name={page.name} marks={[c.title]} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
