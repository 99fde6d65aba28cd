import { lazy } from "react";
import { VIEWS, type View } from "../lib/url-state";
import type { Text } from "../lib/i18n";

/** Each view is its own chunk, loaded when first shown. */
export const VIEW_COMPONENTS = {
  provinces: lazy(() => import("../features/provinces")),
  network: lazy(() => import("../features/network")),
  phrases: lazy(() => import("../features/phrases")),
  articles: lazy(() => import("../features/articles")),
  data: lazy(() => import("../features/import/data-panel")),
  person: lazy(() => import("../features/network/person")),
  compare: lazy(() => import("../features/compare")),
} satisfies Record<View, unknown>;

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
