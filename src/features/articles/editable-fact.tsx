import { useState, type ReactNode } from "react";
import { SMALL_BUTTON } from "../../components/styles";
import { factValueText, FIELD_LABELS } from "../../lib/correction-text";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import type { CorrectedArticleField } from "../../model/correction";
import { CorrectedBadge } from "./corrected-badge";
import { FactEditor } from "./fact-editor";

type Value = string | boolean | null;

/** A fact as the reader shows it, marked when corrected, with its correction form in correcting mode. */
export function EditableFact({
  field,
  value,
  was,
  editing,
  onSave,
  children,
}: {
  field: CorrectedArticleField;
  value: Value;
  /** What the parser read, when the fact is corrected. */
  was: Value | undefined;
  editing: boolean;
  onSave: (value: Value) => void;
  children: ReactNode;
}) {
  const lang = useLang();
  const [open, setOpen] = useState(false);
  return (
    <span data-testid={`fact-${field}`}>
      {children}
      {was !== undefined && <CorrectedBadge was={factValueText(field, was, lang)} />}
      {editing && !open && (
        <button
          type="button"
          className={`ml-1 ${SMALL_BUTTON}`}
          aria-label={pick(lang, {
            zh: `更正${pick(lang, FIELD_LABELS[field])}`,
            en: `Correct ${pick(lang, FIELD_LABELS[field]).toLowerCase()}`,
          })}
          data-testid={`edit-${field}`}
          onClick={() => setOpen(true)}
        >
          ✎
        </button>
      )}
      {editing && open && (
        <FactEditor
          field={field}
          value={value}
          onCancel={() => setOpen(false)}
          onSave={(v) => {
            setOpen(false);
            onSave(v);
          }}
        />
      )}
    </span>
  );
}
