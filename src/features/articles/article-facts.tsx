import { CARD } from "../../components/styles";
import { meetingTypeLabel, pick, personLabel, provinceLabel, roleLabel } from "../../lib/i18n";
import type { Lang } from "../../lib/url-state";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import type { ArticleDetail } from "../../services";
import { dateLabel } from "../../lib/dates";
import { titleLabel } from "../../lib/title-label";
import type { FactEvidence } from "../../ingest";
import { FactWithEvidence } from "./fact-evidence";

const PHRASE = "rounded bg-amber-100 px-1.5 text-amber-950 hover:bg-amber-200 dark:bg-amber-800 dark:text-amber-50";

type Fact = [label: string, value: string, evidence?: FactEvidence | null];

/** Date, place, meeting type and file, as label, value and (for the parsed ones) what decided them. */
function facts({ article, document }: ArticleDetail, lang: Lang): Fact[] {
  const meetingType =
    (article.meetingType ? meetingTypeLabel(article.meetingType, lang) : null) ??
    (article.isMeeting ? "?" : pick(lang, { zh: "非会议", en: "not a meeting" }));
  const province = article.province
    ? provinceLabel(article.province, lang)
    : article.evidence.province
      ? pick(lang, { zh: "全国性（中央机关）", en: "national (a national body)" })
      : pick(lang, { zh: "不详", en: "unknown" });
  return [
    [
      pick(lang, { zh: "日期", en: "Date" }),
      article.date ? dateLabel(article.date, lang) : pick(lang, { zh: "不详", en: "unknown" }),
      article.evidence.date,
    ],
    [pick(lang, { zh: "发布", en: "Published" }), article.published ? dateLabel(article.published, lang) : "—"],
    [pick(lang, { zh: "省份", en: "Province" }), province, article.evidence.province],
    [pick(lang, { zh: "城市", en: "City" }), article.city ?? "—"],
    [pick(lang, { zh: "会议类型", en: "Meeting type" }), meetingType, article.evidence.meetingType],
    [pick(lang, { zh: "文件", en: "File" }), document.fileName],
  ];
}

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

/** Beside the text: the facts, the people with their roles and titles, and the phrases (each opens its detail). */
export function ArticleFacts({ detail }: { detail: ArticleDetail }) {
  const lang = useLang();
  const { update } = useViewState();
  const { article } = detail;
  const idOf = (name: string) => detail.people.find((p) => p.name === name)?.id;
  return (
    <aside className={`space-y-3 p-4 text-sm ${CARD}`}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {facts(detail, lang).map(([k, v, evidence]) => [
          <dt key={`${k}t`} className="text-stone-500 dark:text-stone-400">
            {k}
          </dt>,
          <dd key={`${k}d`}>
            {evidence === undefined ? v : <FactWithEvidence value={v} evidence={evidence} text={article.text} />}
          </dd>,
        ])}
      </dl>
      <section>
        <h3 className="font-medium">{pick(lang, { zh: "人物", en: "People" })}</h3>
        <ul data-testid="reader-people" className="mt-1 space-y-1">
          {article.people.map((p) => (
            <li key={p.name}>
              <PersonName name={personLabel(p.name, lang)} id={idOf(p.name)} /> · {roleLabel(p.role, lang)}
              <div className="text-xs text-stone-500 dark:text-stone-400">
                {p.titles.map((t) => titleLabel(t, lang)).join("、")}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3 className="font-medium">{pick(lang, { zh: "提法", en: "Phrases" })}</h3>
        <ul className="mt-1 flex flex-wrap gap-1">
          {article.phrases.map((p) => (
            <li key={p.phrase}>
              <button
                type="button"
                className={PHRASE}
                onClick={() => update({ view: "phrases", focusPhrase: p.phrase })}
              >
                {p.phrase}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );
}
