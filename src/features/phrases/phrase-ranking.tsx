import { useMemo } from "react";
import type { PhraseStat } from "../../analytics/phrases";
import { ChartFrame } from "../../components/chart-frame";
import { NOTE } from "../../components/styles";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { rankingColumns } from "./phrase-columns";
import { rankingHeight, TOP_PHRASES } from "./ranking-top";
import { rankingOption } from "./to-option";
import { usePhraseRanking } from "./use-phrase-ranking";

const NO_ITEMS: PhraseStat[] = [];

/** The quoted formulations that recur most; a click shows one in detail. */
export function PhraseRanking() {
  const lang = useLang();
  const { update } = useViewState();
  const ranking = usePhraseRanking();
  const items = ranking.data?.items ?? NO_ITEMS;
  const option = useMemo(() => {
    const top = items.slice(0, TOP_PHRASES);
    return top.length ? rankingOption(top, lang) : null;
  }, [items, lang]);
  const total = ranking.data?.total ?? 0;
  const focus = (phrase: string) => update({ focusPhrase: phrase });
  return (
    <ChartFrame<PhraseStat>
      id="phrase-ranking"
      title={{ zh: "反复出现的提法", en: "Recurring formulations" }}
      option={option}
      rows={items}
      columns={rankingColumns(lang)}
      isLoading={ranking.isPending}
      error={ranking.error}
      height={rankingHeight(items)}
      onEvents={{ click: (p) => typeof p.name === "string" && focus(p.name) }}
      onRowClick={(s) => focus(s.phrase)}
      note={
        <p className={NOTE}>
          {pick(lang, {
            zh: `共 ${total} 个加引号的提法；点击查看详情。`,
            en: `${total} quoted formulations; click one for detail.`,
          })}
        </p>
      }
    />
  );
}
