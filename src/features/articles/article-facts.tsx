import { CARD } from "../../components/styles";
import { meetingTypeLabel, pick, provinceLabel } from "../../lib/i18n";
import type { Lang } from "../../lib/url-state";
import { useLang } from "../../lib/use-lang";
import type { ArticleDetail } from "../../services";
import { dateLabel } from "../../lib/dates";
import { factValueText } from "../../lib/correction-text";
import type { FactEvidence } from "../../ingest";
import type { CorrectedArticleField, CorrectionChange } from "../../model/correction";
import { AddByName } from "./add-from-text";
import { articleCorrections } from "./article-corrections";
import { ArticlePeople } from "./article-people";
import { ArticlePhrases } from "./article-phrases";
import { EditableFact } from "./editable-fact";
import { FactWithEvidence } from "./fact-evidence";

type Fact = [label: string, value: string, evidence?: FactEvidence | null, field?: CorrectedArticleField];

/** The facts an analyst can correct that the list does not show otherwise: shown while correcting. */
function correctableOnly({ article }: ArticleDetail, lang: Lang): Fact[] {
  return [
    [pick(lang, { zh: "标题", en: "Title" }), factValueText("title", article.title, lang), undefined, "title"],
    [
      pick(lang, { zh: "是否会议", en: "Is a meeting" }),
      factValueText("isMeeting", article.isMeeting, lang),
      undefined,
      "isMeeting",
    ],
  ];
}

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
      "date",
    ],
    [pick(lang, { zh: "发布", en: "Published" }), article.published ? dateLabel(article.published, lang) : "—"],
    [pick(lang, { zh: "省份", en: "Province" }), province, article.evidence.province, "province"],
    [pick(lang, { zh: "城市", en: "City" }), article.city ?? "—"],
    [pick(lang, { zh: "会议类型", en: "Meeting type" }), meetingType, article.evidence.meetingType, "meetingType"],
    [pick(lang, { zh: "文件", en: "File" }), document.fileName],
  ];
}

/**
 * Beside the text: the facts, the people with their roles and titles, and the phrases (each opens
 * its detail); corrected ones marked. In correcting mode (`editing`) each has its correction form.
 */
export function ArticleFacts({
  detail,
  editing = false,
  onCorrect = () => {},
}: {
  detail: ArticleDetail;
  editing?: boolean;
  onCorrect?: (changes: CorrectionChange[], acrossArticles?: boolean) => void;
}) {
  const lang = useLang();
  const { article } = detail;
  const corrections = articleCorrections(detail);
  const rows = editing ? [...correctableOnly(detail, lang), ...facts(detail, lang)] : facts(detail, lang);
  return (
    <aside className={`space-y-3 p-4 text-sm ${CARD}`}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {rows.map(([k, v, evidence, field]) => {
          // A corrected fact was not read from the text: the parser's evidence would speak for the old value.
          const parsed = evidence !== undefined && !(field && corrections.factWas(field) !== undefined);
          const shown = parsed ? <FactWithEvidence value={v} evidence={evidence} text={article.text} /> : v;
          return [
            <dt key={`${k}t`} className="text-stone-500 dark:text-stone-400">
              {k}
            </dt>,
            <dd key={`${k}d`}>
              {field ? (
                <EditableFact
                  field={field}
                  value={article[field]}
                  was={corrections.factWas(field)}
                  editing={editing}
                  onSave={(value) =>
                    onCorrect([{ kind: "article", field, old: corrections.factWas(field) ?? article[field], value }])
                  }
                >
                  {shown}
                </EditableFact>
              ) : (
                shown
              )}
            </dd>,
          ];
        })}
      </dl>
      <section>
        <h3 className="font-medium">{pick(lang, { zh: "人物", en: "People" })}</h3>
        <ArticlePeople detail={detail} corrections={corrections} editing={editing} onCorrect={onCorrect} />
        {editing && <AddByName kind="person" text={article.text} onAdd={(c) => onCorrect([c])} />}
      </section>
      <section>
        <h3 className="font-medium">{pick(lang, { zh: "提法", en: "Phrases" })}</h3>
        <ArticlePhrases article={article} editing={editing} onCorrect={onCorrect} />
        {editing && <AddByName kind="phrase" text={article.text} onAdd={(c) => onCorrect([c])} />}
      </section>
    </aside>
  );
}
