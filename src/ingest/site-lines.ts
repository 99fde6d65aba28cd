/**
 * The place of the site a page comes from, from its web address (www.sc.gov.cn, GOV.MO), its
 * breadcrumb (您的位置:某某日报新闻网), its owner's line in the footer (版权所有:某某县人民政府,
 * 主办单位:某某市委宣传部) and its registration (皖ICP备05001326号): every government site prints them,
 * whatever its layout. And a provincial outlet that credits the report (长江云新闻记者, 来源:红网).
 */
import { GOV_LABEL_PROVINCE, REGION_DOMAIN_PROVINCE } from "./lexicon/site-domains";
import { PROVINCE_BY_ABBREVIATION } from "./lexicon/provinces";
import { outletPlace, placesIn, type PlaceEvidence } from "./places";
import { BREADCRUMB_LABELS, SOURCE_LABELS } from "./lexicon/source-lines";
import { OUTLET_PROVINCE } from "./lexicon/outlets";
import { Words } from "./lexicon/words";
import { anyOf } from "./lexicon/pattern";
import { allMatches } from "./matches";

const GOV_DOMAIN = /(?:([a-z]+)\.)?gov\.(cn|hk|mo|tw)\b/gi;
/**
 * The owner named after 版权所有 or 主办, or before 版权所有 on its line, or in a report's copyright note
 * (本条新闻版权归某某广播电视总台所有, perhaps broken over two lines of a PDF's text). Group 1, 2 or 3.
 */
const OWNER_LINE =
  /(?:版权所有[:：]?|主办(?:单位)?[:：])\s*([^\s|,，。©]{2,30})|([^\s|:：,，。©]{2,30})\s*版权所有|版权归([^\s|,，。©]{2,30}?)\s{0,3}所有/g;

/**
 * A site's registration, by the abbreviation of the province it is registered in (皖ICP备…, 琼公网安备…).
 * Not 京: national outlets and most commercial sites are registered in Beijing, whatever they report on.
 */
const REGISTRATION = /([^\s京])(?:ICP[备证]|公网安备)/g;
/** A registration says where the site is run from, not where its report is: it weighs as a passing mention. */
const REGISTRATION_SHARE = 1 / 8;

/** A page's breadcrumb, which opens with the site's name: "您的位置:某某日报新闻网 >> 新闻 >> 时政要闻". */
const BREADCRUMB = new RegExp(`^\\s*${anyOf(BREADCRUMB_LABELS)}[:：][^\\n]*`, "m");

const OUTLETS = new Words(OUTLET_PROVINCE.keys());
/** What stands before an outlet that credits a report: a source label, the line's start, a bracket. */
const BEFORE_OUTLET = new RegExp(`(?:${anyOf(SOURCE_LABELS)}[:：]\\s*|(?:^|\\n)\\s*|[(（]\\s*)$`);
/** What follows an outlet that credits a report: its reporter, its dateline (讯, 消息), its newsroom. */
const AFTER_OUTLET = /^(?:新闻)?(?:客户端)?(?:记者|讯|消息|融媒)/;
/** How far back a source label may stand before its outlet. */
const BEFORE_OUTLET_REACH = 12;

/**
 * A provincial outlet where a page names who reports: on its source line (来源:红网), in its credit
 * ((长江云新闻记者 某某), 津云讯) or opening the line under the headline (长江云新闻 2026-01-07 19:50).
 * Not the outlet named inside a sentence of the report.
 */
function outletCredits(text: string): string[] {
  const credits: string[] = [];
  for (let found = OUTLETS.nextIn(text, 0); found; found = OUTLETS.nextIn(text, found.index + found.word.length)) {
    const before = text.slice(Math.max(0, found.index - BEFORE_OUTLET_REACH), found.index);
    const after = text.slice(found.index + found.word.length, found.index + found.word.length + 6);
    if (BEFORE_OUTLET.test(found.index <= BEFORE_OUTLET_REACH ? `\n${before}` : before) || AFTER_OUTLET.test(after))
      credits.push(found.word);
  }
  return credits;
}

export function sitePlaces(text: string, weight: number): PlaceEvidence[] {
  const found: PlaceEvidence[] = [];
  const breadcrumb = text.includes("位置") ? BREADCRUMB.exec(text)?.[0] : undefined;
  if (breadcrumb) found.push(...outletPlace(breadcrumb.trim(), weight));
  if (text.includes("gov.") || text.includes("GOV."))
    for (const m of allMatches(GOV_DOMAIN, text)) {
      const region = m[2]!.toLowerCase();
      const province =
        region === "cn" ? GOV_LABEL_PROVINCE.get((m[1] ?? "").toLowerCase()) : REGION_DOMAIN_PROVINCE.get(region);
      if (province) found.push({ province, city: null, weight, name: m[0] });
    }
  if (text.includes("版权") || text.includes("主办"))
    for (const m of allMatches(OWNER_LINE, text)) found.push(...placesIn(m[1] ?? m[2] ?? m[3]!, weight));
  for (const outlet of outletCredits(text))
    found.push({ province: OUTLET_PROVINCE.get(outlet)!, city: null, weight, name: outlet });
  if (text.includes("ICP") || text.includes("公网安备")) {
    // One site, one registration: its ICP and its public security numbers count once.
    const registered = new Set<string>();
    for (const m of allMatches(REGISTRATION, text)) {
      const province = PROVINCE_BY_ABBREVIATION.get(m[1]!);
      if (!province || registered.has(province)) continue;
      registered.add(province);
      found.push({ province, city: null, weight: weight * REGISTRATION_SHARE, name: m[0] });
    }
  }
  return found;
}
