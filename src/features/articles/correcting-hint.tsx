import { useId } from "react";
import { FIELD } from "../../components/styles";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";

/** While correcting: how, who signs the corrections, and whether the last one is being saved or failed. */
export function CorrectingHint({
  pending,
  failed,
  author,
  onAuthor,
}: {
  pending: boolean;
  failed: boolean;
  author: string;
  onAuthor: (name: string) => void;
}) {
  const lang = useLang();
  const id = useId();
  return (
    <div className="mb-2 text-xs text-stone-600 dark:text-stone-400">
      <label htmlFor={id} className="mr-1">
        {pick(lang, { zh: "更正人（可不填）：", en: "Your name (optional): " })}
      </label>
      <input
        id={id}
        className={`${FIELD} w-36 text-xs`}
        value={author}
        maxLength={60}
        onChange={(e) => onAuthor(e.target.value)}
        data-testid="correction-author"
      />
      <p className="mt-1" data-testid="correcting-hint">
        {pick(lang, {
          zh: "选中正文中的文字可添加遗漏的人物或提法；点 ✎ 更正事实或人物。每项更正单独保存，可在“数据”页撤销。",
          en: "Select words in the text to add a person or phrase the parser missed; ✎ corrects a fact or a person. Each correction is kept on its own and can be undone on the Data page.",
        })}
        <span role="status" className="ml-1 font-medium">
          {pending
            ? pick(lang, { zh: "正在保存…", en: "Saving…" })
            : failed
              ? pick(lang, { zh: "保存失败。", en: "Could not save." })
              : ""}
        </span>
      </p>
    </div>
  );
}
