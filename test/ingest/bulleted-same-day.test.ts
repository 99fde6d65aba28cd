import { expect, test } from "vitest";
import { parseText } from "../../src/ingest";

const PAGE = [
  "★3月2日 县委副书记、县长高文远深入县医院、汽车站检查指导安全生产工作,副县长宋立安陪同。",
  "★3月3日 县委书记钟明达主持召开县委财经委员会第二次会议。县委副书记、县长高文远传达上级会议精神。会议研究审议了2031年工作要点。",
  "★3月4日 县委书记钟明达主持召开全县领导干部会议,宣布干部任免决定。县委副书记、县长高文远宣读任免文件。",
  "同日 县委副书记、县长高文远主持召开全县安全生产工作调度会,各乡镇主要负责人参加会议。",
  "★3月9日 县委书记钟明达出席全县乡村振兴领导小组会议并讲话,县委副书记、县长高文远主持会议。",
].join("\n");

test("a bulleted chronicle's 同日 entry is an event of its own, of the day above it", () => {
  const articles = parseText(PAGE, { fileName: "weekly.txt" });
  expect(articles.map((a) => a.date)).toEqual(["2031-03-02", "2031-03-03", "2031-03-04", "2031-03-04", "2031-03-09"]);
  const fourth = articles[3]!.people.map((p) => [p.name, p.titles, p.role]);
  expect(fourth).toEqual([["高文远", ["县委副书记", "县长"], "主持"]]);
});

test("the entry's date or 同日 before a title chain is not part of the first title", () => {
  const articles = parseText(PAGE, { fileName: "weekly.txt" });
  expect(articles[0]!.people[0]!.titles).toEqual(["县委副书记", "县长"]);
});

test("a brief of two dated items, the same day and nothing else but a credit, is two reports", () => {
  const page = [
    "● 1月12日,全州春节期间安全生产工作电视电话会议在松岭召开。州委副书记高文远主持会议并讲话,州长钟明达出席会议。",
    "● 1月12日,我州组织收听收看全省道路交通安全工作电视电话会议。会议要求深入开展专项整治,州委常委宋立安在州分会场参加会议。",
    "(记者 林一峰 通讯员 张二明)",
  ].join("\n");
  const articles = parseText(page, { fileName: "brief.txt" });
  expect(articles.map((a) => [a.date, a.people.map((p) => p.name).join(",")])).toEqual([
    ["--01-12", "高文远,钟明达"],
    ["--01-12", "宋立安"],
  ]);
});
