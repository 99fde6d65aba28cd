import { NOTE } from "../../components/styles";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useMeetingsByMonth } from "./use-meetings-by-month";
import { useUnplacedMeetings } from "./use-unplaced-meetings";
import type { StackBy } from "./to-option";

const undatedText = (n: number) => ({
  zh: `另有 ${n} 次会议日期不详。`,
  en: `${n} more meetings have no known month.`,
});

const unplacedText = (n: number) => ({
  zh: `${n} 次会议不在地图上：由中央机关召开，或报道未能说明省份。`,
  en: `${n} meeting${n === 1 ? " is" : "s are"} not on the map: held by a national body, or their reports do not tell the province.`,
});

/** What a click on the map does, and how many meetings no chart can place in space or time. */
export function MapNote({ stackBy }: { stackBy: StackBy }) {
  const lang = useLang();
  // The timeline's read (same key, so no second query) also counts the meetings without a month.
  const undated = useMeetingsByMonth(stackBy).data?.undated;
  const unplaced = useUnplacedMeetings().data;
  return (
    <p className={NOTE} data-testid="map-note">
      {pick(lang, {
        zh: "点击省份即可筛选所有视图，并列出其会议及原文依据。",
        en: "Click a province to filter every view and list its meetings with their sources.",
      })}
      {unplaced ? ` ${pick(lang, unplacedText(unplaced))}` : ""}
      {undated ? ` ${pick(lang, undatedText(undated))}` : ""}
    </p>
  );
}
