import { NOTE } from "../../components/styles";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useMeetingsByMonth } from "./use-meetings-by-month";
import type { StackBy } from "./to-option";

const undatedText = (n: number) => ({
  zh: `另有 ${n} 次会议日期不详。`,
  en: `${n} more meetings have no known month.`,
});

/** What a click on the map does, and how many meetings no chart can place in time. */
export function MapNote({ stackBy }: { stackBy: StackBy }) {
  const lang = useLang();
  // The timeline's read (same key, so no second query) also counts the meetings without a month.
  const undated = useMeetingsByMonth(stackBy).data?.undated;
  return (
    <p className={NOTE}>
      {pick(lang, { zh: "点击省份即可筛选所有视图。", en: "Click a province to filter every view." })}
      {undated ? ` ${pick(lang, undatedText(undated))}` : ""}
    </p>
  );
}
