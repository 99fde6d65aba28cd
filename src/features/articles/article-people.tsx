import { useState } from "react";
import { SMALL_BUTTON } from "../../components/styles";
import { personLabel, pick, roleLabel } from "../../lib/i18n";
import { titleLabel } from "../../lib/title-label";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import type { CorrectionChange } from "../../model/correction";
import type { ArticleDetail } from "../../services";
import type { ArticleCorrections } from "./article-corrections";
import { CorrectedBadge } from "./corrected-badge";
import { PersonEditor } from "./person-editor";

/** A name that opens the person's page (plain text if the article's person has no record). */
function PersonName({ name, id }: { name: string; id: string | undefined }) {
  const { update } = useViewState();
  if (id === undefined) return <span className="font-medium">{name}</span>;
  return (
    <button
      type="button"
      className="font-medium text-rose-900 hover:underline dark:text-rose-300"
      data-testid="reader-person"
      onClick={() => update({ view: "person", person: id })}
    >
      {name}
    </button>
  );
}

/** The article's people with their roles and titles; in correcting mode each has its correction form. */
export function ArticlePeople({
  detail,
  corrections,
  editing,
  onCorrect,
}: {
  detail: ArticleDetail;
  corrections: ArticleCorrections;
  editing: boolean;
  onCorrect: (changes: CorrectionChange[], acrossArticles?: boolean) => void;
}) {
  const lang = useLang();
  const [open, setOpen] = useState<string | null>(null);
  const idOf = (name: string) => detail.people.find((p) => p.name === name)?.id;
  return (
    <ul data-testid="reader-people" className="mt-1 space-y-1">
      {detail.article.people.map((p, i) => {
        const was = corrections.personWas(p.name);
        return (
          // By position too: a corrected name can repeat another's.
          <li key={`${i}:${p.name}`}>
            <PersonName name={personLabel(p.name, lang)} id={idOf(p.name)} /> · {roleLabel(p.role, lang)}
            {was !== undefined && (
              <CorrectedBadge was={was || pick(lang, { zh: "（解析器未识别）", en: "(not read by the parser)" })} />
            )}
            {editing && open !== p.name && (
              <button
                type="button"
                className={`ml-1 ${SMALL_BUTTON}`}
                aria-label={pick(lang, { zh: `更正${p.name}`, en: `Correct ${p.name}` })}
                data-testid="edit-person"
                onClick={() => setOpen(p.name)}
              >
                ✎
              </button>
            )}
            <div className="text-xs text-stone-500 dark:text-stone-400">
              {p.titles.map((t) => titleLabel(t, lang)).join("、")}
            </div>
            {editing && open === p.name && (
              <PersonEditor
                person={p}
                parsedName={corrections.parsedName(p.name)}
                personId={idOf(p.name)}
                onCancel={() => setOpen(null)}
                onSave={(changes, across) => {
                  setOpen(null);
                  onCorrect(changes, across);
                }}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
