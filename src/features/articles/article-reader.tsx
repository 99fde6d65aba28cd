import { useState } from "react";
import { NoteEditor } from "../../components/note-editor";
import { PartBoundary } from "../../components/part-boundary";
import { Loading } from "../../components/states";
import { CARD } from "../../components/styles";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { ArticleFacts } from "./article-facts";
import { ArticleText } from "./article-text";
import { SelectionBar, type TextSelection } from "./add-from-text";
import { CorrectingHint } from "./correcting-hint";
import { useAuthor } from "./use-author";
import { useCorrect } from "./use-correct";
import { useArticleDetail } from "./use-article-detail";

const BUTTON = "rounded border border-stone-300 px-2 py-1 text-sm dark:border-stone-600";

const NOT_FOUND = { zh: "找不到这篇文章。", en: "This article is not in the database." };

/** The normalized text with people and phrases highlighted, the facts beside it, the raw file a click away. */
export function ArticleReader({ id }: { id: string }) {
  const lang = useLang();
  const { update } = useViewState();
  const [raw, setRaw] = useState(false);
  const [editing, setEditing] = useState(false);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [author, setAuthor] = useAuthor();
  const corrections = useCorrect(id, author);
  const { data, isPending } = useArticleDetail(id);
  if (isPending) return <Loading />;
  if (!data) return <p role="alert">{pick(lang, NOT_FOUND)}</p>;
  const { article, document } = data;
  return (
    <article data-testid="article-reader" className="grid gap-4 lg:grid-cols-3">
      <div className={`p-4 lg:col-span-2 ${CARD}`}>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-lg font-semibold">
            {article.title ?? pick(lang, { zh: "（无标题）", en: "(untitled)" })}
          </h2>
          <div className="flex gap-2">
            <button
              type="button"
              className={BUTTON}
              aria-pressed={editing}
              data-testid="correct-toggle"
              onClick={() => setEditing((v) => !v)}
            >
              {pick(lang, editing ? { zh: "完成更正", en: "Done correcting" } : { zh: "更正", en: "Correct" })}
            </button>
            <button
              type="button"
              className={BUTTON}
              aria-pressed={raw}
              data-testid="raw-toggle"
              onClick={() => setRaw((v) => !v)}
            >
              {pick(
                lang,
                raw ? { zh: "整理后的文本", en: "Normalized text" } : { zh: "原始文件", en: "Original file" },
              )}
            </button>
            <button type="button" className={BUTTON} onClick={() => update({ article: null })}>
              {pick(lang, { zh: "返回列表", en: "Back to the list" })}
            </button>
          </div>
        </div>
        <NoteEditor
          subject={{ kind: "article", articleId: id }}
          label={{ zh: "关于此文的笔记", en: "Note on this article" }}
        />
        {editing && (
          <CorrectingHint
            pending={corrections.pending}
            failed={corrections.failed}
            author={author}
            onAuthor={setAuthor}
          />
        )}
        {editing && selection && !raw && (
          <SelectionBar
            selection={selection}
            onAdd={(change) => {
              setSelection(null);
              void corrections.correct([change]);
            }}
          />
        )}
        {raw ? (
          <pre data-testid="raw-text" className="max-h-[70vh] overflow-auto whitespace-pre-wrap break-words text-sm">
            {document.raw}
          </pre>
        ) : (
          <PartBoundary>
            <ArticleText article={article} onSelect={setSelection} />
          </PartBoundary>
        )}
      </div>
      <PartBoundary>
        <ArticleFacts
          detail={data}
          editing={editing}
          onCorrect={(changes, across) => void corrections.correct(changes, across)}
        />
      </PartBoundary>
    </article>
  );
}
