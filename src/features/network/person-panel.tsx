import type { PersonDetail } from "../../analytics/person-detail";
import { NoteEditor } from "../../components/note-editor";
import { Loading } from "../../components/states";
import { CARD, FILTER_BUTTON } from "../../components/styles";
import { pick, personLabel, provinceLabel } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { PersonAppearances } from "./person-appearances";
import { PersonLinks } from "./person-links";
import { PersonTitles } from "./person-titles";
import { usePersonDetail } from "./use-person-detail";
import { CloseButton } from "../../components/close-button";

/** Meetings the person attended (being only mentioned at one does not count). */
function meetingsAttended(appearances: PersonDetail["appearances"]): number {
  return new Set(appearances.filter((a) => a.meetingId && a.role !== "提及").map((a) => a.meetingId)).size;
}

/** A person's titles over time, meetings and articles, each leading to the article reader. */
export function PersonPanel({ personId }: { personId: string }) {
  const lang = useLang();
  const { state, update, setFilters } = useViewState();
  const { data: person, isPending } = usePersonDetail(personId);
  if (isPending) return <Loading />;
  if (!person) return null;
  const meetings = meetingsAttended(person.appearances);
  return (
    <aside data-testid="person-panel" aria-label={person.name} className={`p-3 text-sm ${CARD}`}>
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
        <CloseButton onClick={() => update({ focusPerson: null })} />
      </div>
      <button
        type="button"
        className={`mb-3 px-2 py-1 hover:bg-rose-50 dark:hover:bg-rose-950 ${FILTER_BUTTON}`}
        onClick={() => setFilters({ people: [...new Set([...state.filters.people, person.id])] })}
      >
        {pick(lang, { zh: "按此人筛选所有视图", en: "Filter every view by this person" })}
      </button>
      <button
        type="button"
        data-testid="open-person-page"
        className={`mb-3 ml-2 px-2 py-1 hover:bg-rose-50 dark:hover:bg-rose-950 ${FILTER_BUTTON}`}
        onClick={() => update({ view: "person", person: person.id })}
      >
        {pick(lang, { zh: "人物页面", en: "Person page" })}
      </button>
      <PersonTitles personId={person.id} name={person.name} />
      <PersonLinks personId={person.id} />
      <NoteEditor
        subject={{ kind: "person", personId: person.id }}
        label={{ zh: "关于此人的笔记", en: "Note on this person" }}
      />
      <h3 className="font-medium">{pick(lang, { zh: "职务与出现", en: "Titles and appearances" })}</h3>
      <PersonAppearances appearances={person.appearances} />
    </aside>
  );
}
