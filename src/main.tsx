import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./index.css";
import { App } from "./app/App";
import { rememberedLang } from "./lib/i18n";
import { loadPinyin } from "./lib/pinyin";
import { parseViewState } from "./lib/url-state";

function render(): void {
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// An English first view shows names with their pinyin from the first paint; Chinese never loads it.
const lang = parseViewState(window.location.search).lang ?? rememberedLang();
if (lang === "en") void loadPinyin().then(render, render);
else render();
