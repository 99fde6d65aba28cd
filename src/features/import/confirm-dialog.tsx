import { useEffect, useId, useRef, type ReactNode } from "react";
import { OUTLINE_BUTTON } from "../../components/styles";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";

const DIALOG = "rounded border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950";

/**
 * Asks before something that cannot be undone. Focus moves to Cancel (the safe answer) and goes
 * back where it was when the dialog closes; Esc cancels.
 */
export function ConfirmDialog({
  message,
  confirmLabel,
  confirmTestId,
  cancelTestId,
  onConfirm,
  onCancel,
}: {
  message: ReactNode;
  confirmLabel: string;
  confirmTestId: string;
  cancelTestId?: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const lang = useLang();
  const messageId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  const onCancelRef = useRef(onCancel);
  useEffect(() => {
    onCancelRef.current = onCancel;
  });
  useEffect(() => {
    const before = document.activeElement;
    cancel.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onCancelRef.current();
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  return (
    <div role="alertdialog" aria-labelledby={messageId} className={DIALOG}>
      <p id={messageId} className="mb-2">
        {message}
      </p>
      <div className="flex gap-2">
        <button
          type="button"
          className="rounded bg-red-800 px-3 py-1 text-white"
          data-testid={confirmTestId}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button ref={cancel} type="button" className={OUTLINE_BUTTON} data-testid={cancelTestId} onClick={onCancel}>
          {pick(lang, { zh: "取消", en: "Cancel" })}
        </button>
      </div>
    </div>
  );
}
