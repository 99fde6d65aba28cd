import { lazy } from "react";
import { VIEWS, type View } from "../lib/url-state";
import type { Text } from "../lib/i18n";

/** Each view is its own chunk, loaded when first shown (or asked for early, `preloadView`). */
const VIEW_MODULES = {
  provinces: () => import("../features/provinces"),
  network: () => import("../features/network"),
  phrases: () => import("../features/phrases"),
  articles: () => import("../features/articles"),
  data: () => import("../features/import/data-panel"),
  person: () => import("../features/network/person"),
  compare: () => import("../features/compare"),
} satisfies Record<View, unknown>;

export const VIEW_COMPONENTS = {
  provinces: lazy(VIEW_MODULES.provinces),
  network: lazy(VIEW_MODULES.network),
  phrases: lazy(VIEW_MODULES.phrases),
  articles: lazy(VIEW_MODULES.articles),
  data: lazy(VIEW_MODULES.data),
  person: lazy(VIEW_MODULES.person),
  compare: lazy(VIEW_MODULES.compare),
} satisfies Record<View, unknown>;

/** Starts loading a view's chunk (and the chunks it needs) before the page renders it. */
export function preloadView(view: View): void {
  void VIEW_MODULES[view]().catch(() => undefined);
}

export const VIEW_LABELS: Record<View, Text> = {
  provinces: { zh: "各省会议", en: "Meetings by province" },
  network: { zh: "领导网络", en: "Leader network" },
  phrases: { zh: "提法", en: "Policy phrases" },
  articles: { zh: "文章", en: "Articles" },
  data: { zh: "数据", en: "Data" },
  person: { zh: "人物", en: "Person" },
  compare: { zh: "两省对比", en: "Compare" },
};

/** The views in the tab bar: a person's page opens from a name, not from a tab. */
export const TAB_VIEWS: readonly View[] = VIEWS.filter((v) => v !== "person");
