import { FileButton } from "../../components/file-button";
import { CARD } from "../../components/styles";
import { pick } from "../../lib/i18n";
import { problemText } from "../../lib/problem-text";
import { useLang } from "../../lib/use-lang";
import { shortName } from "./corpus-opening-label";
import { useCorpusState } from "./corpus-store";
import { corpusSummary, REPARSED, wasReparsed } from "./corpus-text";
import { useImportState } from "./import-store";
import { useOpenCorpusFlow } from "./use-open-corpus";

/**
 * A prebuilt corpus (`.tifa-corpus`, made once with `npm run corpus`) opened from a file: its
 * documents join the database without parsing; those already here are skipped.
 */
export function CorpusControls() {
  const lang = useLang();
  const open = useOpenCorpusFlow();
  const { opening, last } = useCorpusState();
  const { running } = useImportState();
  return (
    <section className={`p-4 ${CARD}`} aria-labelledby="corpus-title" aria-busy={opening !== null}>
      <h2 id="corpus-title" className="mb-2 text-lg font-semibold">
        {pick(lang, { zh: "预建语料库", en: "Prebuilt corpus" })}
      </h2>
      <p className="mb-3 text-sm text-stone-600 dark:text-stone-300">
        {pick(lang, {
          zh: "团队用 npm run corpus 一次性解析好的文章集（.tifa-corpus）：打开时无需再解析，已有的文档会跳过。也可以拖放到页面上，或用链接 ?corpus=地址 打开。",
          en:
            "A collection a team parsed once with npm run corpus (.tifa-corpus): it opens without parsing, " +
            "and documents already here are skipped. You can also drop it on the page, or open it by a link with ?corpus=address.",
        })}
      </p>
      <FileButton
        accept=".tifa-corpus,application/gzip"
        testId="corpus-input"
        disabled={opening !== null || running !== null}
        onFile={(file) => file && void open({ file, name: file.name })}
      >
        {pick(lang, { zh: "打开语料库…", en: "Open corpus…" })}
      </FileButton>
      {last && !opening && (
        <div className="mt-3 space-y-1 text-sm" aria-live="polite" data-testid="corpus-result">
          <p className="font-medium">
            {shortName(last.name)}
            {": "}
            {pick(lang, corpusSummary(last))}
          </p>
          {wasReparsed(last) && <p data-testid="corpus-reparsed">{pick(lang, REPARSED)}</p>}
          {last.problem && (
            <p className="text-red-800 dark:text-red-300">{problemText(last.problem, shortName(last.name), lang)}</p>
          )}
          {last.failed.length > 0 && (
            <ul className="text-red-800 dark:text-red-300">
              {last.failed.map((r, i) => (
                <li key={`${r.file}-${i}`}>{r.status === "failed" && problemText(r.problem, r.file, lang)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
