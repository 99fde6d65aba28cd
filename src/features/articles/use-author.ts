import { useState } from "react";

const AUTHOR_KEY = "tifa.author";

function remembered(): string {
  try {
    return window.localStorage.getItem(AUTHOR_KEY) ?? "";
  } catch {
    return "";
  }
}

/** The name an analyst signs corrections with, remembered in this browser ("" when not given). */
export function useAuthor(): [string, (name: string) => void] {
  const [author, setAuthor] = useState(remembered);
  const set = (name: string) => {
    setAuthor(name);
    try {
      window.localStorage.setItem(AUTHOR_KEY, name);
    } catch {
      // Storage can be unavailable (private mode, a sandboxed frame): the name lasts for this visit.
    }
  };
  return [author, set];
}
