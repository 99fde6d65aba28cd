import type { MetPerson, PersonPage } from "../../../analytics/person";
import type { RoleCounts } from "../../../analytics/network";
import { CARD, LINK_BUTTON } from "../../../components/styles";
import { ROLES } from "../../../ingest/types";
import { pick, personLabel, provinceLabel, roleLabel } from "../../../lib/i18n";
import type { Lang } from "../../../lib/url-state";
import { useLang } from "../../../lib/use-lang";
import { useViewState } from "../../../lib/view-state";
import { SourceLine } from "./source-line";

/** "主持 2、出席 1" / "chaired 2, attended 1". */
function rolesText(roles: RoleCounts, lang: Lang): string {
  const parts = ROLES.flatMap((role) => (roles[role] ? [`${roleLabel(role, lang)} ${roles[role]}`] : []));
  return parts.join(lang === "en" ? ", " : "、");
}

function Met({ met, self, selfId }: { met: MetPerson; self: string; selfId: string }) {
  const lang = useLang();
  const { update } = useViewState();
  return (
    <li className="space-y-1" data-testid="met-person">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <button type="button" className={`font-medium ${LINK_BUTTON}`} onClick={() => update({ person: met.id })}>
          {personLabel(met.name, lang)}
        </button>
        <span className="text-xs text-stone-500 dark:text-stone-400">
          {met.province ? provinceLabel(met.province, lang) : pick(lang, { zh: "中央", en: "National" })} ·{" "}
          {pick(lang, {
            zh: `${met.meetings} 次会议`,
            en: `${met.meetings} ${met.meetings === 1 ? "meeting" : "meetings"}`,
          })}
        </span>
      </div>
      <div className="text-xs" data-testid="met-roles">
        {personLabel(met.name, lang)}: {rolesText(met.theirRoles, lang)} · {self}: {rolesText(met.ownRoles, lang)}
      </div>
      {met.sources.map((s) => (
        <SourceLine key={s.articleId} source={s} name={met.name} />
      ))}
      {met.moreSources > 0 && (
        <button
          type="button"
          className={`text-xs ${LINK_BUTTON}`}
          data-testid="met-all-meetings"
          onClick={() => update({ view: "network", focusLink: [selfId, met.id] })}
        >
          {pick(lang, {
            zh: `另有 ${met.moreSources} 次会议：在领导网络中查看全部会议及原文`,
            en: `${met.moreSources} more ${met.moreSources === 1 ? "meeting" : "meetings"}: all of them and their sentences in the leader network`,
          })}
        </button>
      )}
    </li>
  );
}

/** Everyone present at the person's meetings: how often, in which roles (both sides), and where it says so. */
export function PeopleMet({ page }: { page: PersonPage }) {
  const lang = useLang();
  return (
    <section className={`p-3 ${CARD}`} aria-labelledby="met-title">
      <h2 id="met-title" className="mb-2 text-base font-semibold">
        {pick(lang, { zh: "会见的人", en: "People met" })}
      </h2>
      {page.met.length === 0 ? (
        <p className="text-sm text-stone-500">
          {pick(lang, {
            zh: "没有与他人同时出席的会议（或只是被提及）",
            en: "No meeting attended with others (or only mentioned)",
          })}
        </p>
      ) : (
        <ul className="max-h-[32rem] space-y-3 overflow-auto text-sm" data-testid="people-met">
          {page.met.map((m) => (
            <Met key={m.id} met={m} self={personLabel(page.name, lang)} selfId={page.id} />
          ))}
        </ul>
      )}
    </section>
  );
}
