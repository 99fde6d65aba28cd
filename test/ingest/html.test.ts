import { expect, test } from "vitest";
import { htmlToText } from "../../src/ingest";

test("scripts, styles and markup go; blocks become lines; entities are decoded", () => {
  const html = `<html><head><title>T</title><style>p{}</style><script>alert("x")</script></head>
    <body><h1>标题</h1><p>第一段&ldquo;两个确立&rdquo;&amp;更多</p><p>第二段<br>换行&#x4F1A;&#35758;</p><!-- 注释 --></body></html>`;
  expect(htmlToText(html)).toBe("T\n标题\n第一段“两个确立”&更多\n第二段\n换行会议");
});

test("the head title is not repeated when the body already has it", () => {
  expect(htmlToText("<title>湖南省民政厅举办培训班_湖南民政网</title><h1>湖南省民政厅举办培训班</h1><p>正文</p>")).toBe(
    "湖南省民政厅举办培训班\n正文",
  );
});

test("event handlers and iframes never reach the text", () => {
  expect(htmlToText('<p onclick="steal()">文字</p><iframe src="x">内嵌</iframe>')).toBe("文字");
});
