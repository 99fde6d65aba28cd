import { describe, expect, test } from "vitest";
import { BYLINE_BEFORE } from "../../src/ingest/lexicon/bylines";
import { AFTER_NAME } from "../../src/ingest/lexicon/name-followers";
import { anyOf } from "../../src/ingest/lexicon/pattern";
import { ROLE_CUES } from "../../src/ingest/lexicon/roles";
import { ROLE_VERBS } from "../../src/ingest/lexicon/event-verbs";
import { SOURCE_LINE, SOURCE_NOTES, SOURCE_NOTE_CLOSER } from "../../src/ingest/lexicon/source-lines";
import { COMPOUND_SURNAMES } from "../../src/ingest/lexicon/surnames";
import { Words } from "../../src/ingest/lexicon/words";
import { extractPeople } from "../../src/ingest/people";

const roleOf = (words: string) => ROLE_CUES.find((cue) => cue.pattern.test(words))?.role ?? null;

describe("patterns built from word lists", () => {
  test("an alternation tries the longest word first and matches words literally", () => {
    expect(new RegExp(`^${anyOf(["主持", "主持召开"])}`).exec("主持召开会议")?.[0]).toBe("主持召开");
    expect(new RegExp(anyOf(["(据"])).test("(据山东省民政厅)")).toBe(true);
  });
});

describe("source lines", () => {
  test("a page's source line, whichever label it uses", () => {
    for (const line of ["来源:宁夏回族自治区民政厅", "信息来源:广西民政厅", "出处:人民网", "发布机构:湖南省民政厅"])
      expect(SOURCE_LINE.test(line)).toBe(true);
    expect(SOURCE_LINE.test("来源于群众")).toBe(false);
  });
  test("bracketed notes name their source; one at the end of a line closes an item", () => {
    const notes = "(据山东省民政厅)正文(信息来源:广西民政厅)(根据录音整理)(供稿 滨州市民政局)";
    expect([...notes.matchAll(SOURCE_NOTES)].map((m) => m[1])).toEqual([
      "山东省民政厅",
      "广西民政厅",
      "录音整理",
      " 滨州市民政局",
    ]);
    expect(SOURCE_NOTE_CLOSER.test("会议要求抓好落实。(据甲省民政厅)")).toBe(true);
    expect(SOURCE_NOTE_CLOSER.test("(据甲省民政厅)会议要求抓好落实。")).toBe(false);
  });
});

describe("bylines", () => {
  test("a name right after a credit or source label is a byline", () => {
    for (const before of ["责任编辑:", "记者 ", "摄影:", "监制:", "稿源:", "来源:"])
      expect(BYLINE_BEFORE.test(before), before).toBe(true);
    expect(BYLINE_BEFORE.test("省民政厅厅长")).toBe(false);
  });
});

describe("event verbs", () => {
  test("each verb list gives its role", () => {
    expect(roleOf("召集会议")).toBe("主持");
    expect(roleOf("致欢迎辞")).toBe("致辞");
    expect(roleOf("作了重要讲话")).toBe("讲话");
    expect(roleOf("讲党课")).toBe("讲话");
    expect(roleOf("列席会议")).toBe("出席");
    // A visit places the official there: 会见, 调研, 赴…考察.
    expect(roleOf("会见代表")).toBe("出席");
    expect(roleOf("赴陶博城调研")).toBe("出席");
    expect(roleOf("回顾了发展历程")).toBe(null);
  });
  test("an official who comes to the reporting place, or comes on a matter, is there", () => {
    expect(roleOf("来我市检查防汛工作")).toBe("出席");
    expect(roleOf("就粮食收购、仓储安全等工作到我县调研")).toBe("出席");
    expect(roleOf("来自各地的专家学者")).toBe(null);
    const people = (text: string) =>
      extractPeople(text, { isSpeech: false, fullNamesInFile: () => [] }).map((p) => `${p.name}:${p.role}`);
    expect(people("副省长周立文来我市检查城防工程。市长韩明参加。")).toEqual(["周立文:出席", "韩明:出席"]);
  });
  test("every verb that gives a role may follow a name", () => {
    for (const verb of ROLE_VERBS) expect(AFTER_NAME.test(verb), verb).toBe(true);
  });
  test("so a name followed by 召集, 列席 or 参会 is found, with its role", () => {
    const people = (text: string) =>
      extractPeople(text, { isSpeech: false, fullNamesInFile: () => [] }).map((p) => `${p.name}:${p.role}`);
    expect(people("会议由副市长李明召集。")).toEqual(["李明:主持"]);
    expect(people("副市长李明列席会议。")).toEqual(["李明:出席"]);
    expect(people("省民政厅厅长庄严参会。")).toEqual(["庄严:出席"]);
  });
});

describe("surnames", () => {
  test("the compound surnames include every one the app's name labels split off", () => {
    const app = "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 司徒 夏侯 轩辕 宇文 长孙 澹台".split(" ");
    for (const surname of app) expect(COMPOUND_SURNAMES.has(surname), surname).toBe(true);
  });
});

describe("words looked up at a position", () => {
  const words = new Words(["河南", "河南省", "南阳", "阳"]);
  test("the longest word written at the position, or none", () => {
    expect(words.longestAt("在河南省召开", 1)).toBe("河南省");
    expect(words.longestAt("河南人", 0)).toBe("河南");
    expect(words.longestAt("河南省", 2)).toBeUndefined();
    expect(words.longestAt("南阳市", 0)).toBe("南阳");
    expect(words.longestAt("南阳", 1)).toBe("阳");
    expect(words.longestAt("河", 0)).toBeUndefined();
    expect(words.longestAt("河南", 5)).toBeUndefined();
    expect(words.longestAt("阳光", 0)).toBe("阳");
  });
  test("the next word written from a position, found as a regular expression of the words would", () => {
    expect(words.nextIn("在河南省召开", 0)).toEqual({ index: 1, word: "河南省" });
    expect(words.nextIn("在河南省南阳市", 4)).toEqual({ index: 4, word: "南阳" });
    expect(words.nextIn("在河南省南阳市", 5)).toEqual({ index: 5, word: "阳" });
    expect(words.nextIn("在河南省南阳市", 6)).toBeNull();
    expect(words.someIn("太阳")).toBe(true);
    expect(words.someIn("河北")).toBe(false);
  });
  test("whether a text ends with a word", () => {
    expect(words.endsIn("在河南省")).toBe(true);
    expect(words.endsIn("太阳")).toBe(true);
    expect(words.endsIn("河南人")).toBe(false);
    expect(words.endsIn("")).toBe(false);
  });
});
