import type { ReactNode } from "react";
import { OUTLINE_BUTTON } from "./styles";

/**
 * A button that asks for one file: a label over a visually hidden file input, so the browser's
 * own picker opens from the keyboard too. The input is emptied after each choice, so the same
 * file can be chosen again.
 */
export function FileButton({
  children,
  accept,
  testId,
  disabled,
  onFile,
}: {
  children: ReactNode;
  accept: string;
  testId: string;
  disabled: boolean;
  onFile: (file: File | undefined) => void;
}) {
  return (
    <label
      className={`${OUTLINE_BUTTON} ${disabled ? "cursor-not-allowed opacity-50" : "cursor-pointer"}`}
      aria-disabled={disabled}
    >
      {children}
      <input
        type="file"
        accept={accept}
        className="sr-only"
        data-testid={testId}
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          onFile(file);
        }}
      />
    </label>
  );
}
