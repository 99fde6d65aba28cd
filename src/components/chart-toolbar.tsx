import { pick } from "../lib/i18n";
import { useLang } from "../lib/use-lang";
import { SMALL_BUTTON } from "./styles";

/** A chart's header buttons: chart ⇄ table, and export as PNG and SVG (chart only) and CSV. */
export function ChartToolbar({
  id,
  showTable,
  onToggleTable,
  onPng,
  onSvg,
  onCsv,
}: {
  id: string;
  showTable: boolean;
  onToggleTable: () => void;
  onPng: () => void;
  onSvg: () => void;
  onCsv: () => void;
}) {
  const lang = useLang();
  return (
    <div className="flex gap-1">
      <button
        type="button"
        className={SMALL_BUTTON}
        aria-pressed={showTable}
        onClick={onToggleTable}
        data-testid={`table-toggle-${id}`}
      >
        {pick(lang, showTable ? { zh: "图表", en: "Chart" } : { zh: "数据表", en: "Table" })}
      </button>
      {!showTable && (
        <>
          <button type="button" className={SMALL_BUTTON} onClick={onPng} data-testid={`png-${id}`}>
            PNG
          </button>
          <button type="button" className={SMALL_BUTTON} onClick={onSvg} data-testid={`svg-${id}`}>
            SVG
          </button>
        </>
      )}
      <button type="button" className={SMALL_BUTTON} onClick={onCsv} data-testid={`csv-${id}`}>
        CSV
      </button>
    </div>
  );
}
