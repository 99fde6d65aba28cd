import { describe, expect, test } from "vitest";
import { htmlToText, parseText } from "../../src/ingest";
import { looksLikeHtml } from "../../src/ingest/html";

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

test("the lines above the page's headline (<h1> or og:title) are its furniture: navigation, share and font bars", () => {
  const page = (head: string, h1: string) =>
    `<html><head>${head}</head><body><div>首页 &gt; 工作动态 &gt; 正文</div><div>分享到:<a>微信</a><a>微博</a></div>` +
    `<div>小字号 大字号</div>${h1}<p>发布时间:2031-06-12</p><p>正文</p></body></html>`;
  expect(htmlToText(page("", "<h1>某某召开会议</h1>"), { page: true })).toBe("某某召开会议\n发布时间:2031-06-12\n正文");
  expect(
    htmlToText(page('<meta property="og:title" content="某某召开会议">', "<p>某某召开会议</p>"), { page: true }),
  ).toBe("某某召开会议\n发布时间:2031-06-12\n正文");
  // Long lines above it are text, not furniture: the page stays whole.
  const long = "<p>" + "这是一段很长的正文内容".repeat(5) + "</p>";
  expect(htmlToText(`${long}<h1>某某召开会议</h1><p>正文</p>`, { page: true })).toBe(
    `${"这是一段很长的正文内容".repeat(5)}\n某某召开会议\n正文`,
  );
});

test("event handlers and iframes never reach the text", () => {
  expect(htmlToText('<p onclick="steal()">文字</p><iframe src="x">内嵌</iframe>')).toBe("文字");
});

test("named and numeric entities are decoded fully", () => {
  expect(htmlToText("<p>caf&eacute; &#x4e2d;&#25991;&hellip; &copy; 2024&nbsp;年</p>")).toBe("café 中文… © 2024 年");
});

test("a block-level element in a <head> left open starts the body, as in a browser", () => {
  expect(htmlToText('<head><title>T</title><meta charset="utf-8"><p>正文</p>')).toBe("T\n正文");
});

test("an element nested in one of its kind stays hidden to the end of the outer one", () => {
  expect(htmlToText("<noscript><noscript>甲</noscript>乙</noscript><p>丙</p>")).toBe("丙");
});

test("<script/> still opens a script; <svg/> closes itself; an icon's <title> is not the page's", () => {
  expect(htmlToText('<p>甲<script src="a.js"/>alert(1)</script>乙</p>')).toBe("甲\n乙");
  expect(htmlToText("<p>甲<svg/>乙</p>")).toBe("甲乙");
  expect(htmlToText("<p>正文<svg><title>分享</title></svg></p>")).toBe("正文");
});

describe("broken markup takes time in proportion to its length", () => {
  /** The text of `html`, failing if it takes a second: a guard against work that grows faster than the input. */
  function timedText(html: string): string {
    const start = performance.now();
    const text = htmlToText(html);
    expect(performance.now() - start).toBeLessThan(1000);
    return text;
  }

  test("a comment that never closes hides the rest", () => {
    expect(timedText("<!--x".repeat(100_000))).toBe("");
  });
  test("a <title> that never closes holds the rest, and is no title", () => {
    expect(timedText("<title>x".repeat(100_000))).toBe("");
  });
  test("a tag that never closes is dropped", () => {
    expect(timedText("<a x".repeat(100_000))).toBe("");
  });
  test("a <script> that never closes hides the rest", () => {
    expect(timedText("<script>x".repeat(100_000))).toBe("");
  });
  test("deeply nested elements", () => {
    expect(timedText(`${"<span>".repeat(100_000)}正文`)).toBe("正文");
    expect(timedText(`${"<svg>".repeat(50_000)}${"</foreignobject>".repeat(50_000)}`)).toBe("");
    expect(timedText("<table><tr><td>x".repeat(30_000))).toBe(Array(30_000).fill("x").join("\n"));
  });
  test("deciding whether a text is HTML", () => {
    for (const text of [" ".repeat(1_000_000), "</a".repeat(300_000), "<p".repeat(300_000)]) {
      const start = performance.now();
      expect(looksLikeHtml(text)).toBe(false);
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });
});

describe("a page's meta tags", () => {
  const head =
    '<head><meta name="PubDate" content="2031-06-12 21:05"><meta name="ContentSource" content="某某省民政厅">' +
    '<meta property="article:published_time" content="2031-06-12T21:05:33+08:00"><meta name="keywords" content="会议">' +
    "<title>某某召开会议_某某网</title></head>";

  test("give the publication date and the source as the page's first lines, once each", () => {
    expect(htmlToText(`<html>${head}<body><h1>某某召开会议</h1><p>正文</p></body></html>`)).toBe(
      "发布时间:2031-06-12\n来源:某某省民政厅\n某某召开会议\n正文",
    );
  });

  test("date the article and name its province when the body says neither", () => {
    const body = "<p>6月11日,厅党组召开会议,传达学习有关文件精神,研究部署下一阶段重点工作,要求狠抓落实、务求实效。</p>";
    const [article] = parseText(`<html>${head.replace("某某省", "湖南省")}<body>${body}</body></html>`, {
      fileName: "page.html",
    });
    expect(article).toMatchObject({ published: "2031-06-12", date: "2031-06-11", province: "湖南" });
  });
});

describe("a template's page: server code, a headline in any heading, navigation above it", () => {
  const jsp = [
    '<%@ page language="java" pageEncoding="utf-8"%>',
    "<% String path = request.getContextPath(); %>",
    "<html><head><title>某某论坛</title></head><body>",
    '<%@ include file="head.jsp"%>',
    '<div class="bread">当前位置：<a href="#">首页</a> - 新闻中心</div>',
    "<h6>全国某某工程建设现场经验交流会传达提纲</h6>",
    "<p><span>时间： 2016-01-03</span><span>发布人：某编辑</span></p>",
    "<p>全国某某工程建设现场经验交流会在某市召开，农业部总经济师方德远出席会议，并代表农业部作了讲话。</p>",
    "</body></html>",
  ].join("\n");
  test("JSP and ASP code is never text; the story's headline (here an <h6>) starts the text", () => {
    expect(htmlToText(jsp, { page: true }).split("\n").slice(0, 2)).toEqual([
      "全国某某工程建设现场经验交流会传达提纲",
      "时间： 2016-01-03发布人：某编辑",
    ]);
    const [article] = parseText(jsp, { fileName: "page.jsp" });
    expect([article?.title, article?.published, article?.province]).toEqual([
      "全国某某工程建设现场经验交流会传达提纲",
      "2016-01-03",
      null,
    ]);
  });
  test("a compiled PHP template's code is never text, its arrays' => included; a block that echoes a tag is the tag", () => {
    const compiled = [
      "<?php",
      "/* Smarty version 3.1.30, created on 2031-11-21 22:14:31 */",
      "$_valid = $_smarty_tpl->_decodeProperties($_smarty_tpl, array(",
      "'version' => '3.1.30',",
      "'file_dependency' => array('63fd6b' => array(0 => 'D:\\\\news.html', 1 => 1479713000)),",
      "), false);",
      "?>",
      "<html><head><title>社联</title><?php echo '<script'; ?>",
      " src=\"./js/jquery.js\"><?php echo '</script'; ?>",
      "></head><body>",
      '<h2 class="title">党委中心组召开扩大会议</h2>',
      '<p class="newDate">发布日期：2031-11-15</p>',
      "<p>11月10日,学校党委中心组召开扩大会议,党委书记甲乙丙主持会议。</p>",
      "</body></html>",
    ].join("\n");
    expect(htmlToText(compiled, { page: true }).split("\n")).toEqual([
      "党委中心组召开扩大会议",
      "发布日期：2031-11-15",
      "11月10日,学校党委中心组召开扩大会议,党委书记甲乙丙主持会议。",
    ]);
  });
  test("a page's short lines are its elements, never a hard-wrapped column: the headline stands alone", () => {
    const php = [
      "<body><?php include 'header.php'; ?>",
      "<a>问题解决</a><div><a>售后服务</a><a>文件资料</a><a>资料下载</a></div>",
      "<div><h2>甲省某某协会年会召开</h2>",
      "<p>7月12日，甲省某某协会年会在某市召开。</p>",
      "<p>我公司经理周立新出席会议。</p></div>",
      "<a>上一页</a><a>下一页</a></body>",
    ].join("\n");
    const [article] = parseText(php, { fileName: "page.php" });
    expect([article?.title, article?.people.map((p) => p.name)]).toEqual(["甲省某某协会年会召开", ["周立新"]]);
  });
  test("og:title (less the site's name) when no <h1> reads as a headline; a site's name in <h1> is none", () => {
    const html =
      '<head><meta property="og:title" content="乙市召开防汛工作会议_乙市新闻网"></head>' +
      "<body><h1>乙市新闻网</h1><div>首页</div><p>乙市召开防汛工作会议</p><p>6月1日，乙市召开防汛工作会议。</p></body>";
    expect(htmlToText(html, { page: true }).split("\n")[0]).toBe("乙市召开防汛工作会议");
  });
});
