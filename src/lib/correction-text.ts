/** A correction in words, for the reader's badges and the Data page's list: what changed, from what, to what. */
import type { CorrectedArticleField, CorrectionChange } from "../model/correction";
import { nameOfPerson } from "../model/person-id";
import { dateLabel } from "./dates";
import { meetingTypeLabel, pick, provinceLabel, roleLabel, type Text } from "./i18n";
import type { Lang } from "./url-state";

export const FIELD_LABELS: Record<CorrectedArticleField, Text> = {
  title: { zh: "标题", en: "Title" },
  date: { zh: "日期", en: "Date" },
  province: { zh: "省份", en: "Province" },
  meetingType: { zh: "会议类型", en: "Meeting type" },
  isMeeting: { zh: "是否会议", en: "Is a meeting" },
};

const PERSON_FIELD_LABELS: Record<"name" | "titles" | "role" | "notPerson", Text> = {
  name: { zh: "姓名", en: "name" },
  titles: { zh: "职务", en: "titles" },
  role: { zh: "角色", en: "role" },
  notPerson: { zh: "不是人物", en: "not a person" },
};

const NONE = { zh: "（空）", en: "(none)" };

/** One fact's value as the reader shows it: a province or meeting type in the reader's language, yes/no, or "(none)". */
export function factValueText(field: CorrectedArticleField, value: string | boolean | null, lang: Lang): string {
  if (typeof value === "boolean") return pick(lang, value ? { zh: "是", en: "yes" } : { zh: "否", en: "no" });
  if (value === null || value === "") return pick(lang, NONE);
  if (field === "province") return provinceLabel(value, lang);
  if (field === "date") return dateLabel(value, lang);
  if (field === "meetingType") return meetingTypeLabel(value, lang);
  return value;
}

/** A person id as a reader names it: "王建国 (河南)". */
export function personIdText(id: string, lang: Lang): string {
  const province = id.slice(0, id.indexOf(":"));
  const where =
    province === "*"
      ? pick(lang, { zh: "全国", en: "national" })
      : province === "?"
        ? "?"
        : provinceLabel(province, lang);
  return `${nameOfPerson(id)} (${where})`;
}

export interface ChangeText {
  field: string;
  from: string;
  to: string;
}

/** What a correction changes, in words: "Province: 河南 → 山东", "李明 · role: 出席 → 讲话", "+ person 张三". */
export function changeText(change: CorrectionChange, lang: Lang): ChangeText {
  switch (change.kind) {
    case "article":
      return {
        field: pick(lang, FIELD_LABELS[change.field]),
        from: factValueText(change.field, change.old, lang),
        to: factValueText(change.field, change.value, lang),
      };
    case "person": {
      const field = `${change.name} · ${pick(lang, PERSON_FIELD_LABELS[change.field])}`;
      if (change.field === "notPerson") return { field, from: pick(lang, { zh: "人物", en: "person" }), to: "—" };
      if (change.field === "titles") return { field, from: change.old.join("、"), to: change.value.join("、") };
      if (change.field === "role")
        return { field, from: roleLabel(change.old, lang), to: roleLabel(change.value, lang) };
      return { field, from: change.old, to: change.value };
    }
    case "addPerson":
      return {
        field: pick(lang, { zh: "添加人物", en: "Added person" }),
        from: "—",
        to: `${change.name} · ${roleLabel(change.role, lang)}`,
      };
    case "addPhrase":
      return { field: pick(lang, { zh: "添加提法", en: "Added phrase" }), from: "—", to: change.phrase };
    case "removePhrase":
      return { field: pick(lang, { zh: "删除提法", en: "Removed phrase" }), from: change.phrase, to: "—" };
    case "samePerson":
      return {
        field: pick(lang, { zh: "同一人", en: "Same person" }),
        from: personIdText(change.personId, lang),
        to: personIdText(change.sameAs, lang),
      };
  }
}
