import { EDITOR_LINE, REPORTED_BY, REPORTER_LINE } from "./bylines";
import { SOURCE_LINE_ALONE } from "./source-lines";

/**
 * Web-page and newsletter furniture that is not part of any article. A line matching `CHROME_LINE` is
 * dropped; everything from a line matching `TAIL_MARKERS` onward is dropped (teasers, comments, footers).
 */
export const CHROME_LINE: readonly RegExp[] = [
  /^.{0,20}(>>|>|»|›|＞).{0,60}(>>|>|»|›|＞)/, // navigation trail: 人民网>>山东频道>>…
  /^(?:网站)?首页\s*(>|»|›|＞)\s*[^,，。]{1,20}$/, // navigation trail of one step: 首页 > 工作动态
  // A site's menu: three short items or more apart by bars (首页 | 新闻中心 | 政务公开), or opening with 首页 and
  // holding no mark (首页 机构概况 新闻中心: spaces between Chinese words are gone by now). No headline opens so.
  /^(?:[\u4e00-\u9fffA-Za-z]{2,8}\s*[|｜│丨]\s*){2,}[\u4e00-\u9fffA-Za-z]{2,8}$/,
  /^(?:网站)?首页[\u4e00-\u9fffA-Za-z\s]{4,60}$/,
  /^(当前位置|您的位置|所在位置|你当前的位置|您当前的位置|您现在所在的位置|您现在的位置|你现在的位置|您所在的位置|你的位置)[:：]/,
  /^(跳至|跳到|跳转到|跳过)(主要内容|正文|导航|主菜单)$/, // accessibility links at the top of a page
  /^(此页面有问题吗|帮助我们改进).{0,20}$/,
  /^(?:登录\s*[/|｜]?\s*注册|注册\s*[/|｜]?\s*登录)[\u4e00-\u9fffA-Za-z0-9\s]{0,20}$/, // 登录/注册 用户中心 支持IPV6
  /^((?:[小中大]字号\s*){1,3}|字号[:：]?.{0,6}|【?字体[:：].{0,10})$/,
  /^[[【(（]?(大|中|小)[\]】)）]?\s*[[【(（]?(大|中|小)[\]】)）]?\s*[[【(（]?(大|中|小)?[\]】)）]?$/,
  /^(分享(到|让更多人看到)?|分享(?:到|至|给)?[:：].{0,30}|打印(本页)?|关闭(窗口)?|收藏|返回顶部|返回|顶部|首页|下载|扫一扫.*|微信扫一扫.*|手机(扫码)?阅读.*|【?打印】?.{0,12}【?关闭】?)$/,
  EDITOR_LINE,
  SOURCE_LINE_ALONE,
  /^(点击|浏览|阅读)(数|量|次数)?[:：]?\s*\d*$/,
  // A newsletter's issue number: 第12期, 第3期(总第45期), 2031年第5期.
  /^(\d{4}年)?(总)?第\s*[0-9一二三四五六七八九十百]+\s*期(\s*[(（]总第\s*\d+\s*期[)）])?$/,
  // A photo's caption left where the photo stood: 会议现场, 座谈会现场, 主席台, 会场一角.
  /^([\u4e00-\u9fff]{0,5}现场|主席台|会场|会场一角|现场图片?|图片|配图)$/,
  REPORTED_BY,
  REPORTER_LINE,
  /(新闻热线|广告热线|爆料热线|服务热线|举报电话|联系电话|投稿邮箱|诚邀合作).{0,80}$/,
  /^想爆料/,
  // A footer's contact lines, two fields or more: 电话:0512-63016908 传真:…, 地址:某市某路1号 邮编:215200.
  /^(?:(?:电话|传真|地址|邮编|邮政编码|电子邮箱|邮箱|E-?mail)[:：]\s*[^:：]{1,40}?\s*){2,}$/i,
  /(版权所有|Copyright|©|ICP(备|证)|公网安备|京ICP|技术支持[:：])/i,
  /^\d?\s*(上一篇|下一篇|上一条|下一条)[:：]?/,
  // An e-paper's page bar and headline menu: 第A1版:要闻 4下一版, 标题导航, 3上一篇 下一篇4 放大 缩小 默认.
  /^第\s*[A-Z]?\d{1,3}\s*版\s*[:：]/,
  /^(?:标题导航|放大\s*缩小\s*默认)$/,
  // Its switches between one page's stories and the whole page: 通版阅读请点击:, 展开通版, 收缩通版, 当前版:01版.
  /^(?:通版阅读(?:请点击)?[:：]?|展开通版|收缩通版|当前版[:：]\s*[A-Z]?\d{1,3}\s*版)$/,
  // A site's search box and today's date, their labels alone on a line: 站内搜索:, 日期:.
  /^(?:[\u4e00-\u9fff]{0,6}(?:搜索|检索)[:：]|日期[:：]?|今天是)$/,
  // A site's clock (今天是:2024年04月24日 星期三 农历三月十六), and its weekday left on a line of its own: not
  // the page's date.
  /^(?:今天是|今日是|现在是)[:：]?\s*\d{4}年\d{1,2}月\d{1,2}日[^,，。;；]{0,30}$/,
  /^(?:星期|礼拜)[一二三四五六日天]$/,
  /^(TOPIC|党建|要闻|动态|工作动态|图片新闻|专题|专栏|头条|综合|本期导读|目录)$/i,
  /^[-—=_*·•\s]{3,}$/,
];

export const TAIL_MARKERS: readonly RegExp[] = [
  /^(推荐阅读|相关阅读|延伸阅读|相关新闻|相关链接|相关文章|相关内容|热门推荐|热点推荐|新闻推荐|推荐新闻|猜你喜欢|精彩推荐|更多精彩|往期回顾|往期推荐|热门文章|最新文章)/,
  /^(阅读全文|展开全文|查看全文|加载更多)/,
  /^(精选留言|我要留言|发表评论|网友评论|评论区|全部评论|写留言)/,
  /^(如果喜欢本篇内容|请选择打赏类型|赏赞|喜欢此内容的人还喜欢)/,
  /^[(（]?想阅读完全部.*(登陆|登录)/,
];

/** Site names printed alone on the first lines of a saved page, or opening its breadcrumb (某某网 > 某某新闻). */
export const SITE_NAME =
  /^[\u4e00-\u9fa5A-Za-z0-9·.]{2,12}(网|网站|报|频道|客户端|新闻|日报|在线|官网|门户)(?:\s*(?:>+|»|＞)\s*[\u4e00-\u9fa5]{2,12})*$/;

/** A banner welcoming to the site, which names who runs it: "欢迎访问某某县人民政府!". */
export const WELCOME_LINE = /^欢迎(?:访问|光临|来到|进入)[\u4e00-\u9fffA-Za-z]{2,30}[!！。]?$/;

/** A footer line naming who runs the site: "版权所有:某某省人民政府办公厅", "主办单位:某某市民政局". */
export const SITE_OWNER_LINE = /(版权所有|主办单位|主办|承办单位|承办)[:：]?\s*[\u4e00-\u9fa5]{4,30}/;
