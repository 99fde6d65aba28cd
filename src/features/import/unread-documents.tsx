import { useQuery } from "@tanstack/react-query";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { unreadDocumentsQuery } from "../../queries/reads";

/** Documents kept without articles: the parser ran out of time on them. Listed, never hidden. */
export function UnreadDocuments() {
  const lang = useLang();
  const { data: unread } = useQuery(unreadDocumentsQuery());
  if (!unread?.length) return null;
  return (
    <div className="mb-3 text-sm" data-testid="unread-documents">
      <p className="text-stone-700 dark:text-stone-300">
        {pick(lang, {
          zh: `${unread.length} 个文档已保存但未解析（过于复杂）；解析器更新后会重新读取：`,
          en: `${unread.length} kept but not read (too complex to parse); they are read again when the parser changes:`,
        })}
      </p>
      <ul className="list-inside list-disc text-stone-600 dark:text-stone-400">
        {unread.map((d) => (
          <li key={d.id}>{d.fileName}</li>
        ))}
      </ul>
    </div>
  );
}
