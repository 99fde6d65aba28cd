import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useId, useState } from "react";
import { FIELD, SMALL_BUTTON } from "../../components/styles";
import { pick, provinceLabel } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { personChoicesQuery } from "../../queries/reads";

/** "Same person as …": a search over the people of the database; a click picks one. */
export function SamePersonSearch({ self, onPick }: { self: string | undefined; onPick: (id: string) => void }) {
  const lang = useLang();
  const id = useId();
  const [q, setQ] = useState("");
  const deferred = useDeferredValue(q);
  const { data } = useQuery(personChoicesQuery(deferred));
  const choices = (data ?? []).filter((p) => p.id !== self);
  return (
    <div className="mt-1">
      <label htmlFor={id} className="text-xs text-stone-600 dark:text-stone-400">
        {pick(lang, { zh: "与此人为同一人：", en: "Same person as: " })}
      </label>
      <input
        id={id}
        type="search"
        className={`${FIELD} w-40`}
        value={q}
        placeholder={pick(lang, { zh: "搜索人物", en: "search people" })}
        onChange={(e) => setQ(e.target.value)}
        data-testid="same-person-search"
      />
      {choices.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-1" data-testid="same-person-choices">
          {choices.map((p) => (
            <li key={p.id}>
              <button type="button" className={SMALL_BUTTON} onClick={() => onPick(p.id)}>
                {p.name} ({p.province ? provinceLabel(p.province, lang) : pick(lang, { zh: "全国", en: "national" })})
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
