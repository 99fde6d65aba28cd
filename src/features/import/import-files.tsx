import { CARD } from "../../components/styles";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { FileResults } from "./file-results";
import { useImportState } from "./import-store";
import { useImportUserFiles } from "./use-import-user-files";

const ACCEPT =
  ".txt,.md,.markdown,.html,.htm,.docx,.pdf,.json,.jsonl,.xml,.csv,.tsv,.sql," +
  "text/plain,text/markdown,text/html,application/json,application/xml,text/xml,text/csv," +
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf";
const CHOOSE =
  "inline-block cursor-pointer rounded bg-rose-800 px-3 py-1.5 text-sm text-white hover:bg-rose-900 " +
  "focus-within:ring-2 focus-within:ring-rose-400";

/** The reader's own files in: choose (or drop anywhere), then one result line per file. */
export function ImportFiles() {
  const lang = useLang();
  const importUserFiles = useImportUserFiles();
  const { results, running } = useImportState();
  return (
    <section className={`p-4 ${CARD}`} aria-labelledby="import-title">
      <h2 id="import-title" className="mb-2 text-lg font-semibold">
        {pick(lang, { zh: "导入你的文章", en: "Import your articles" })}
      </h2>
      <p className="mb-3 text-sm text-stone-600 dark:text-stone-300">
        {pick(lang, {
          zh: "选择或拖放 .txt、.md、.html、.docx、.pdf 或 .json 文件（每个不超过 5 MB）。网页只取可见文字，不会运行其中的脚本；PDF 只取其文字层；新闻数据文件（JSON、XML、RSS、CSV、SQL）每条记录是一篇文章。",
          en:
            "Choose or drop .txt, .md, .html, .docx, .pdf or .json files (up to 5 MB each). " +
            "Web pages give only their visible text; nothing in them is run. A PDF gives its text layer. " +
            "A data file of news records (JSON, XML, RSS, CSV, SQL) gives one article per record.",
        })}
      </p>
      <label className={CHOOSE}>
        {pick(lang, { zh: "选择文件…", en: "Choose files…" })}
        <input
          type="file"
          multiple
          accept={ACCEPT}
          className="sr-only"
          data-testid="import-input"
          disabled={running !== null}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = "";
            if (files.length) void importUserFiles(files);
          }}
        />
      </label>
      <FileResults results={results} />
    </section>
  );
}
