import { FILTER_BUTTON } from "../../components/styles";
import { pick, personLabel } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { usePersonLinks } from "./use-evidence";

/** The person's links in the graph as buttons: each opens the meetings and sentences behind it, as a click on the link does. */
export function PersonLinks({ personId }: { personId: string }) {
  const lang = useLang();
  const { state, update } = useViewState();
  const { data: links } = usePersonLinks(personId);
  if (!links?.length) return null;
  return (
    <section className="mb-3" data-testid="person-links">
      <h3 className="font-medium">{pick(lang, { zh: "共同开会的人", en: "Met at meetings" })}</h3>
      <ul className="mt-1 flex flex-wrap gap-1">
        {links.map((l) => {
          const open = state.focusLink?.includes(personId) && state.focusLink.includes(l.id);
          return (
            <li key={l.id}>
              <button
                type="button"
                aria-pressed={open ? "true" : "false"}
                className={`px-2 py-0.5 text-xs hover:bg-rose-50 dark:hover:bg-rose-950 ${FILTER_BUTTON} ${open ? "bg-rose-100 dark:bg-rose-900" : ""}`}
                onClick={() => update({ focusLink: [personId, l.id] })}
              >
                {personLabel(l.name, lang)} · {l.meetings}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
