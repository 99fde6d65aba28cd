import type { LinkEvidence, LinkMeeting } from "../../analytics/link-evidence";
import { Loading } from "../../components/states";
import { CARD } from "../../components/styles";
import { dateLabel } from "../../lib/dates";
import { meetingTypeLabel, pick, personLabel, provinceLabel, roleLabel } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useReveal } from "../../lib/use-reveal";
import { useViewState } from "../../lib/view-state";
import { ArticleSentencesBlock } from "./article-sentences";
import { useLinkEvidence } from "./use-evidence";
import { CloseButton } from "../../components/close-button";

const UNTITLED_MEETING = { zh: "（会议名称不详）", en: "(meeting not named)" };

function Meeting({ meeting, link }: { meeting: LinkMeeting; link: LinkEvidence }) {
  const lang = useLang();
  const names = link.people.map((p) => p.name);
  const place = meeting.province
    ? provinceLabel(meeting.province, lang)
    : pick(lang, { zh: "省份不详", en: "province unknown" });
  return (
    <li className="space-y-1" data-testid="link-meeting">
      <div className="text-xs text-stone-500 dark:text-stone-400">
        {[
          dateLabel(meeting.date, lang),
          place,
          meeting.meetingType ? meetingTypeLabel(meeting.meetingType, lang) : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </div>
      <div className="font-medium">{meeting.title ?? pick(lang, UNTITLED_MEETING)}</div>
      <div className="text-xs" data-testid="link-roles">
        {link.people
          .map((p, i) => `${personLabel(p.name, lang)}: ${roleLabel(meeting.roles[i as 0 | 1], lang)}`)
          .join(" · ")}
      </div>
      {meeting.articles.map((a) => (
        <ArticleSentencesBlock key={a.articleId} article={a} names={names} />
      ))}
    </li>
  );
}

const moreText = (n: number) => ({
  zh: `另有 ${n} 条未列出（最多列出 50 条）。`,
  en: `${n} more not listed (at most 50 are).`,
});

/** A link of the graph opened: the two people, their meetings together, and where the reports name them. */
export function LinkEvidencePanel({ a, b }: { a: string; b: string }) {
  const lang = useLang();
  const { update } = useViewState();
  const { data: link, isPending } = useLinkEvidence(a, b);
  const ref = useReveal<HTMLElement>(link ? `${a}\u0000${b}` : null);
  if (isPending) return <Loading />;
  if (!link) return null;
  const title = link.people.map((p) => personLabel(p.name, lang)).join(" — ");
  const count = link.meetings.length + link.moreMeetings;
  const names = link.people.map((p) => p.name);
  return (
    <aside ref={ref} data-testid="link-evidence" aria-label={title} className={`space-y-3 p-3 text-sm ${CARD}`}>
      <div className="flex items-start justify-between gap-2">
        <div>
          <h2 className="text-lg font-semibold">{title}</h2>
          <p className="text-stone-600 dark:text-stone-400" data-testid="link-count">
            {pick(lang, {
              zh: `共同会议 ${count} 次`,
              en: `${count} meeting${count === 1 ? "" : "s"} together`,
            })}
          </p>
        </div>
        <CloseButton onClick={() => update({ focusLink: null })} />
      </div>
      <ol className="space-y-3">
        {link.meetings.map((m) => (
          <Meeting key={m.meetingId} meeting={m} link={link} />
        ))}
      </ol>
      {link.moreMeetings > 0 && <p className="text-xs">{pick(lang, moreText(link.moreMeetings))}</p>}
      {link.articles.length > 0 && (
        <section className="space-y-2" data-testid="link-articles">
          <h3 className="font-medium">
            {pick(lang, {
              zh: "同时提到两人的其他文章（非会议报道）",
              en: "Other articles naming both (not meeting reports)",
            })}
          </h3>
          {link.articles.map((art) => (
            <ArticleSentencesBlock key={art.articleId} article={art} names={names} />
          ))}
          {link.moreArticles > 0 && <p className="text-xs">{pick(lang, moreText(link.moreArticles))}</p>}
        </section>
      )}
    </aside>
  );
}
