import { useEffect, useRef } from "react";

/** A form opened by a button takes the focus to its first field, so the keyboard goes on where the eyes do. */
export function useFocusFirstField() {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>("input, select")?.focus();
  }, []);
  return ref;
}
