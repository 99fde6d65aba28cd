import { NoteEditor } from "../../../components/note-editor";
import { PartBoundary } from "../../../components/part-boundary";
import { Empty, Loading } from "../../../components/states";
import { CARD, FILTER_BUTTON } from "../../../components/styles";
import { pick, personLabel, provinceLabel } from "../../../lib/i18n";
import { useLang } from "../../../lib/use-lang";
import { useViewState } from "../../../lib/view-state";
import { CareerLine } from "./career-line";
import { EgoChart } from "./ego-chart";
import { PeopleMet } from "./people-met";
import { PersonArticles } from "./person-articles";
import { usePersonPage } from "./use-person-page";

/** A person's page (`?view=person&id=…`): career line, people met, the network around them, articles. */
export default function PersonView() {
  const lang = useLang();
  const { state, update } = useViewState();
  const personId = state.person;
  const page = usePersonPage(personId ?? "");
  if (!personId) return <Empty>{pick(lang, { zh: "没有选择人物", en: "No person chosen" })}</Empty>;
  if (page.isPending) return <Loading />;
  if (!page.data) return <Empty>{pick(lang, { zh: "没有找到此人", en: "No such person here" })}</Empty>;
  const person = page.data;
  return (
    <div className="space-y-4" data-testid="person-page">
      <header className={`flex flex-wrap items-center gap-3 p-3 ${CARD}`}>
        <h1 className="text-xl font-semibold" data-testid="person-name">
          {personLabel(person.name, lang)}
        </h1>
        <span className="text-stone-600 dark:text-stone-400">
          {person.province ? provinceLabel(person.province, lang) : pick(lang, { zh: "中央", en: "National" })}
        </span>
        <button
          type="button"
          className={`ml-auto px-2 py-1 text-sm hover:bg-rose-50 dark:hover:bg-rose-950 ${FILTER_BUTTON}`}
          onClick={() => update({ view: "network", focusPerson: person.id })}
        >
          {pick(lang, { zh: "在领导网络中查看", en: "Show in the leader network" })}
        </button>
        <div className="basis-full">
          <NoteEditor
            subject={{ kind: "person", personId: person.id }}
            label={{ zh: "关于此人的笔记", en: "Note on this person" }}
          />
        </div>
      </header>
      <div className="grid gap-4 lg:grid-cols-3">
        <PartBoundary>
          <CareerLine page={person} />
        </PartBoundary>
        <div className="lg:col-span-2">
          <PartBoundary>
            <PeopleMet page={person} />
          </PartBoundary>
        </div>
      </div>
      <PartBoundary>
        <EgoChart personId={person.id} />
      </PartBoundary>
      <PartBoundary>
        <PersonArticles page={person} />
      </PartBoundary>
    </div>
  );
}
