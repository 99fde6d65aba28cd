import { useQuery } from "@tanstack/react-query";
import { pick, personLabel, provinceLabel, roleLabel } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { aggregateQuery } from "../../queries/reads";
import { Loading } from "../../components/states";

/** A person's titles over time, meetings and articles, each leading to the article reader. */
export function PersonPanel({ personId }: { personId: string }) {
  const lang = useLang();
  const { state, update, setFilters } = useViewState();
  const { data: person, isPending } = useQuery(aggregateQuery("personDetail", state.filters, { personId }));
  if (isPending) return <Loading />;
  if (!person) return null;
  const meetings = new Set(person.appearances.filter((a) => a.meetingId && a.role !== "提及").map((a) => a.meetingId))
    .size;
  return (
    <aside
      data-testid="person-panel"
      aria-label={person.name}
      className="rounded-lg border border-stone-200 bg-white p-3 text-sm shadow-sm dark:border-stone-700 dark:bg-stone-900"
    >
      <div className="mb-2 flex items-start justify-between gap-2">
        <div>
          <h2 className="text-lg font-semibold">{personLabel(person.name, lang)}</h2>
          <p className="text-stone-600 dark:text-stone-400">
            {person.province ? provinceLabel(person.province, lang) : pick(lang, { zh: "中央", en: "National" })}
            {" · "}
            <span data-testid="person-meetings">{meetings}</span>{" "}
            {pick(lang, { zh: "次会议", en: meetings === 1 ? "meeting" : "meetings" })}
          </p>
        </div>
        <button
          type="button"
          className="rounded px-2 hover:bg-stone-100 dark:hover:bg-stone-800"
          aria-label={pick(lang, { zh: "关闭", en: "Close" })}
          onClick={() => update({ focusPerson: null })}
        >
          ×
        </button>
      </div>
      <button
        type="button"
        className="mb-3 rounded border border-rose-300 px-2 py-1 text-rose-900 hover:bg-rose-50 dark:border-rose-800 dark:text-rose-200 dark:hover:bg-rose-950"
        onClick={() => setFilters({ people: [...new Set([...state.filters.people, person.id])] })}
      >
        {pick(lang, { zh: "按此人筛选所有视图", en: "Filter every view by this person" })}
      </button>
      <h3 className="font-medium">{pick(lang, { zh: "职务与出现", en: "Titles and appearances" })}</h3>
      <ol className="mt-1 space-y-2">
        {person.appearances.map((a) => (
          <li key={a.articleId} className="border-l-2 border-rose-200 pl-2 dark:border-rose-900">
            <div className="text-xs text-stone-500 dark:text-stone-400">
              {a.date ?? "?"} · {a.province ? provinceLabel(a.province, lang) : ""} · {roleLabel(a.role, lang)}
            </div>
            <div>{a.titles.join("、") || "—"}</div>
            <button
              type="button"
              className="text-left text-rose-800 underline dark:text-rose-300"
              onClick={() => update({ view: "articles", article: a.articleId })}
            >
              {a.title ?? pick(lang, { zh: "（无标题）", en: "(untitled)" })}
            </button>
          </li>
        ))}
      </ol>
    </aside>
  );
}
