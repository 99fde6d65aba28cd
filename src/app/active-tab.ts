import { useEffect } from "react";

/** Scrolls the tab bar, and only it (scrollIntoView would move the page too), until the current tab is whole. */
function revealActiveTab(): void {
  const tab = document.querySelector<HTMLElement>('header nav [aria-current="page"]');
  const bar = tab?.closest("nav");
  if (!tab || !bar || bar.scrollWidth <= bar.clientWidth) return;
  const barBox = bar.getBoundingClientRect();
  const tabBox = tab.getBoundingClientRect();
  const left = tabBox.left - barBox.left + bar.scrollLeft;
  const right = left + tabBox.width;
  if (left < bar.scrollLeft) bar.scrollLeft = left;
  else if (right > bar.scrollLeft + bar.clientWidth) bar.scrollLeft = Math.ceil(right - bar.clientWidth);
}

/**
 * On a phone the tab bar scrolls sideways, and in English the tabs are wider than the screen:
 * the current view's tab is scrolled into sight whenever the view or the language changes, and
 * again once the web fonts have loaded (they change the tabs' widths), so it is never the one cut
 * off at the edge.
 */
export function useActiveTabInView(view: string, lang: string): void {
  useEffect(() => {
    revealActiveTab();
    let live = true;
    void document.fonts?.ready.then(() => live && revealActiveTab());
    return () => {
      live = false;
    };
  }, [view, lang]);
}
