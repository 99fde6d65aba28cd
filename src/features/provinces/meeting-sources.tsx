import type { CorrectedFact, EvidenceMeeting, Fact, FactSource } from "../../analytics/meeting-evidence";
import { MarkedText } from "../../components/marked-text";
import { LINK_BUTTON } from "../../components/styles";
import { dateLabel } from "../../lib/dates";
import { meetingTypeLabel, pick, provinceLabel, type Text } from "../../lib/i18n";
import type { Lang } from "../../lib/url-state";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";

const FACT: Record<Fact, Text> = {
  province: { zh: "省份", en: "province" },
  date: { zh: "日期", en: "date" },
  meetingType: { zh: "会议类型", en: "meeting type" },
};

function factValue(fact: Fact, value: string | null, lang: Lang): string {
  if (value === null) return pick(lang, { zh: "不详", en: "unknown" });
  if (fact === "province") return provinceLabel(value, lang);
  return fact === "date" ? dateLabel(value, lang) : meetingTypeLabel(value, lang);
}

/** The facts an analyst corrected: what the parser read, and what every view now shows. */
function Corrections({ corrected }: { corrected: CorrectedFact[] }) {
  const lang = useLang();
  const each = corrected.map(
    (c) => `${pick(lang, FACT[c.fact])} ${factValue(c.fact, c.parsed, lang)} → ${factValue(c.fact, c.value, lang)}`,
  );
  return (
    <p className="text-xs text-emerald-900 dark:text-emerald-200" data-testid="fact-corrected">
      {pick(lang, { zh: "分析者已更正：", en: "Corrected by the analyst: " })}
      {each.join(lang === "en" ? "; " : "；")}
    </p>
  );
}

/** A sentence a report's facts were read from, the deciding words marked, and which facts they decided. */
function Source({ source, corrected }: { source: FactSource; corrected: readonly Fact[] }) {
  const lang = useLang();
  const facts = source.marks
    .map(
      (m) =>
        pick(lang, FACT[m.fact]) +
        (corrected.includes(m.fact) ? pick(lang, { zh: "（原解析）", en: " (as parsed)" }) : ""),
    )
    .join(lang === "en" ? ", " : "、");
  return (
    <li className="text-xs" data-testid="fact-source">
      <span className="mr-1 text-stone-500 dark:text-stone-400">
        {facts}
        {source.inText ? "" : pick(lang, { zh: "（页面信息，非正文）", en: " (the page, not the text)" })}:
      </span>
      <MarkedText text={source.sentence} terms={source.marks.map((m) => m.quote)} />
    </li>
  );
}

/** One meeting: when, where, what kind; each report of it with its sources and the reader a click away. */
export function MeetingSources({ meeting }: { meeting: EvidenceMeeting }) {
  const lang = useLang();
  const { update } = useViewState();
  return (
    <li className="space-y-1" data-testid="evidence-meeting">
      <div className="text-xs text-stone-500 dark:text-stone-400">
        {[
          dateLabel(meeting.date, lang),
          meeting.province ? provinceLabel(meeting.province, lang) : null,
          meeting.meetingType ? meetingTypeLabel(meeting.meetingType, lang) : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </div>
      <div className="font-medium">
        {meeting.title ?? pick(lang, { zh: "（会议名称不详）", en: "(meeting not named)" })}
      </div>
      {meeting.reports.map((r) => (
        <div key={r.articleId} className="border-l-2 border-amber-300 pl-2" data-testid="evidence-report">
          {r.corrected.length > 0 && <Corrections corrected={r.corrected} />}
          <ul className="space-y-0.5">
            {r.sources.map((s) => (
              <Source key={`${s.inText}${s.sentence}`} source={s} corrected={r.corrected.map((c) => c.fact)} />
            ))}
          </ul>
          <button
            type="button"
            className={`text-left text-xs ${LINK_BUTTON}`}
            onClick={() => update({ view: "articles", article: r.articleId })}
          >
            {dateLabel(r.date, lang)} · {r.title ?? pick(lang, { zh: "（无标题）", en: "(untitled)" })} →{" "}
            {pick(lang, { zh: "阅读原文", en: "read the article" })}
          </button>
        </div>
      ))}
    </li>
  );
}
