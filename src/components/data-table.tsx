import { pick, type Text } from "../lib/i18n";
import { useLang } from "../lib/use-lang";
import { withCorrectedColumn } from "./corrected-column";

export interface Column<Row> {
  label: Text;
  value: (row: Row) => string | number | null;
  numeric?: boolean;
}

/** The numbers behind a chart, as a table: for screen readers, copying and checking. */
export function DataTable<Row>({
  id,
  rows,
  columns: given,
  onRowClick,
}: {
  id: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  onRowClick?: (row: Row) => void;
}) {
  const lang = useLang();
  const columns = withCorrectedColumn(given, rows);
  return (
    <div className="max-h-96 overflow-auto">
      <table data-testid={`table-${id}`} className="w-full border-collapse text-sm">
        <thead className="sticky top-0 bg-stone-100 dark:bg-stone-800">
          <tr>
            {/* By position: a label can be imported text, and two can read alike (a phrase "Month"). */}
            {columns.map((c, j) => (
              <th key={j} scope="col" className={`px-2 py-1 font-medium ${c.numeric ? "text-right" : "text-left"}`}>
                {pick(lang, c.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} className="border-t border-stone-200 dark:border-stone-700">
              {columns.map((c, j) => {
                const value = c.value(row);
                const content =
                  j === 0 && onRowClick ? (
                    <button
                      type="button"
                      className="text-left text-rose-800 underline dark:text-rose-300"
                      onClick={() => onRowClick(row)}
                    >
                      {value}
                    </button>
                  ) : (
                    value
                  );
                return (
                  <td key={j} className={`px-2 py-1 ${c.numeric ? "text-right tabular-nums" : ""}`}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
