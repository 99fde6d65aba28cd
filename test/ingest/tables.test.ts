import { describe, expect, test } from "vitest";
import { parseText } from "../../src/ingest";
import { newsRecords } from "../../src/ingest/records";

const BODY = "会议强调,要坚持以人民为中心的发展思想,扎实推进各项工作落地见效,确保各项任务按期完成。";

const summary = (text: string, fileName = "") =>
  parseText(text, { fileName }).map((a) => [a.title, a.date, a.published, a.province]);

describe("tables and exports of news records", () => {
  test("a CSV export with a header row gives one article a row, quoted cells holding commas and line breaks", () => {
    const csv = [
      "id,title,content,pubdate",
      `1,滨州市召开常务会议,"3月5日,滨州市召开常务会议。\n${BODY}",2023-03-06`,
      `2,延吉市召开推进会,"3月8日,延吉市召开推进会,""三级联动""。${BODY}",2023-03-09 10:20`,
    ].join("\n");
    expect(summary(csv, "news.csv")).toEqual([
      ["滨州市召开常务会议", "2023-03-05", "2023-03-06", "山东"],
      ["延吉市召开推进会", "2023-03-08", "2023-03-09", "吉林"],
    ]);
    // Found by its header too, whatever the file's name.
    expect(summary(csv, "export.txt")).toHaveLength(2);
  });

  test("a TSV export with Chinese keys is read the same way", () => {
    const tsv = ["标题\t发布时间\t正文", `滨州市召开常务会议\t2023-06-02\t6月1日,滨州市召开常务会议。${BODY}`].join(
      "\n",
    );
    expect(summary(tsv, "list.tsv")).toEqual([["滨州市召开常务会议", "2023-06-01", "2023-06-02", "山东"]]);
  });

  test("a .csv file with no header: the longest cell is the text, a short one the headline, a date cell the date", () => {
    const csv = `7,滨州市召开常务会议,2023-03-06,"3月5日,滨州市召开常务会议。${BODY}"\n`;
    expect(newsRecords(csv, "rows.csv")).toEqual([
      `滨州市召开常务会议\n发布时间:2023-03-06\n3月5日,滨州市召开常务会议。${BODY}`,
    ]);
  });

  test("a header of a row number and the news text (序号,新闻内容) makes a table, whatever the file's name", () => {
    const csv = [
      "序号,新闻内容",
      `0,"12月29日,滨州市召开常务会议。${BODY}"`,
      `1,"12月28日,延吉市召开推进会。${BODY}"`,
    ].join("\n");
    expect(summary(csv, "rows.txt").map(([, date, , province]) => [date, province])).toEqual([
      ["--12-29", "山东"],
      ["--12-28", "吉林"],
    ]);
  });

  test("a report whose first line holds commas is no table", () => {
    expect(newsRecords(`3月5日,滨州市召开常务会议,市长出席。\n${BODY}`, "report.txt")).toBeNull();
  });

  test("a JSON Lines file gives one article a line", () => {
    const lines = [
      JSON.stringify({
        title: "滨州市召开常务会议",
        content: `4月2日,滨州市召开常务会议。${BODY}`,
        date: "2023-04-03",
      }),
      JSON.stringify({ title: "延吉市召开推进会", content: `4月6日,延吉市召开推进会。${BODY}`, date: "2023-04-07" }),
    ].join("\n");
    expect(summary(lines, "crawl.jsonl")).toEqual([
      ["滨州市召开常务会议", "2023-04-02", "2023-04-03", "山东"],
      ["延吉市召开推进会", "2023-04-06", "2023-04-07", "吉林"],
    ]);
  });

  test("an XML export gives one article an element, its attributes and CDATA read", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<articles>
  <article id="1" pubDate="2023-05-02"><title>滨州市召开常务会议</title><content><![CDATA[<p>5月1日,滨州市召开常务会议。${BODY}</p>]]></content></article>
  <article id="2"><title>延吉市召开推进会</title><pubDate>2023-05-04</pubDate><content>5月3日,延吉市召开推进会。${BODY}</content></article>
</articles>`;
    expect(summary(xml)).toEqual([
      ["滨州市召开常务会议", "2023-05-01", "2023-05-02", "山东"],
      ["延吉市召开推进会", "2023-05-03", "2023-05-04", "吉林"],
    ]);
  });

  test("a slice of an XML export's records, with no declaration, gives one article a record; a page's title stays a page's", () => {
    const slice = `    <article>
        <title>市中院召开律师座谈会</title>
        <time>2014-03-25 18:34:03</time>
        <content>3月24日下午,宿迁市中院召开律师座谈会。${BODY}</content>
        <editor>责任编辑:某某</editor>
    </article>
    <article>
        <title>延吉市召开推进会</title>
        <time>2014-03-21 15:26:57 </time>
        <content>
\u3000\u30003月20日上午,延吉市召开推进会。${BODY}
        </content>
    </article>`;
    expect(summary(slice, "news.txt")).toEqual([
      ["市中院召开律师座谈会", "2014-03-24", "2014-03-25", "江苏"],
      ["延吉市召开推进会", "2014-03-20", "2014-03-21", "吉林"],
    ]);
    // One record alone is read as one, its fields not as a page's lines.
    expect(newsRecords(slice.slice(0, slice.indexOf("</article>") + 10))).toEqual([
      `市中院召开律师座谈会\n发布时间:2014-03-25\n3月24日下午,宿迁市中院召开律师座谈会。${BODY}`,
    ]);
    // An HTML page has its title in its head and its text in its body: no record.
    expect(
      newsRecords(
        `<html><head><title>某页</title></head><body><div class="content">5月1日,某某召开会议。</div></body></html>`,
      ),
    ).toBeNull();
  });
});
