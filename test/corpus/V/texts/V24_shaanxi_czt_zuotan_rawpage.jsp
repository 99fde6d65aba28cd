<%@ page pageEncoding="UTF-8"%><%@ include file="/view/srplatform/common/taglibs.jsp"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<link href="view/srplatform/portal/logo.ico" type="image/ico" rel="shortcut icon"/> 
<title>陕西省政府采购工作座谈会日前召开- 阳光易购商圈新闻</title>
<c:import url="/view/srplatform/common/init.jsp">
	<c:param name="isLastLoadPage">
		true
	</c:param>
</c:import>

<!--CSS-->
<link rel="stylesheet" type="text/css" href="/view/resource/skin/thems/default/web.css" />
<link rel="stylesheet" type="text/css" href="/view/resource/skin/skin07/css/seller.css" />
<link rel="stylesheet" type="text/css" href="/view/resource/skin/thems/default/listDetail.css" />
<link type="text/css" rel="stylesheet" href="/cms/resbase/news/news.css" />
<!--JS-->
<script type="text/javascript" src='/view/srplatform/portal/include/common.js'></script>
</head>

<body>
<div id="container">
	<!-- 头部开始 -->
	<div class="header">
		<%@ include file="/view/srplatform/portal/include/main_header_index.jsp" %>
	</div>
	<!-- 头部结束-->
    <!--主要内容 开始-->
	<div id="sysContent" class="page">
		<div class="container">
			<div>
				<a href='http://p.yiqifa.com/s?sid=f2a675cc80238500&pid=91872&wid=413007&vid=42567&cid=4611&lid=59952&euid=&vwid=' target='_blank'><img border='0'  width='960'  height='80'  src='http://p.yiqifa.com/image?sid=f2a675cc80238500&pid=91872&wid=413007&vid=42567&cid=4611&lid=59952&euid=&vwid=' ></a>
			</div>
			<div class="news_container">
				<div class="news_content">
					<div class="top_bar">
						<div class="news_breadcrumb">

	<a href="/view/srplatform/portal/index.jsp" id="/view/srplatform/portal/index.jsp" title="首页" target="_self">首页</a>
	<a href="javascript:void(0)" id="/view/staticpags/xinwen/xinwen.jsp" title="新闻" class="cmsHref_self">新闻</a>
	<a href="javascript:void(0)" id="/view/staticpags/caigoudt/caigoudt.jsp" title="采购动态" class="cmsHref_self">采购动态</a>
	<a href="javascript:void(0)" id="/view/staticpags/caigoudt/ff80808132e20dea0132f5b2962d31cf.jsp" title="陕西省政府采购工作座谈会日前召开" class="cmsHref_self">陕西省政府采购工作座谈会日前召开</a>
		
						</div>
						<div class="clearfloat"></div>
					</div>
					<h1>陕西省政府采购工作座谈会日前召开</h1>
					<div class="news_sth">
						<p class="news_source"><span class="date">2011年10月12</span><span class="news_source">来源：www.ebid360.com</span></p>
						<div class="news_share">
							<!-- JiaThis Button BEGIN -->
							<div id="ckepop">
								<span class="jiathis_txt">分享到：</span>
								<a class="jiathis_button_qzone">QQ空间</a>
								<a class="jiathis_button_tsina">新浪微博</a>
								<a class="jiathis_button_renren">人人网</a>
								<a class="jiathis_button_kaixin001">开心网</a>
								<a href="http://www.jiathis.com/share" class="jiathis jiathis_txt jiathis_separator jtico jtico_jiathis" target="_blank">更多</a>
								<a class="jiathis_counter_style"></a>
							</div>
							<script type="text/javascript" src="http://v2.jiathis.com/code/jia.js" charset="utf-8"></script>
							<!-- JiaThis Button END -->
						</div>
						<div class="clearfloat"></div>
					</div>
					<div class="news_real">
						<p class="detailPic">
							
						</p>
						<p><div><font face="宋体">&nbsp; &nbsp; 为进一步加强政府<b><a href="http://www.ebid360.com">采购</a></b>工作，推进我省电子化政府<b><a href="http://www.ebid360.com">采购</a></b>进程，9月27日-28日，全省政府采购工作座谈会在西安召开。会议的主要内容是：总结交流全省近两年来政府采购工作情况；安排部署电子化政府采购实施工作；讨论推行公务车辆全省统一联动的采购制度。</font></div><div><font face="宋体"><br></font></div><div><font face="宋体">　　省财政厅政府<b><a href="http://www.ebid360.com">采购</a></b>与行政事业单位资产管理处薛亚省处长首先传达了全国GPA谈判应对工作及政府采购工作会议精神，回顾了处室成立两年来的主要工作，他指出：按照中纪委、财政部和我省纪委关于开展“<b><a href="http://www.ebid360.com">阳光采购</a></b>”的要求，2010年，我省加大了电子化政府采购工作力度；积极采取有效措施，努力扩大政府采购规模的范围和规模，会同省监察厅、审计厅、教育厅、卫生厅联合下发了《关于进一步规范省属高校医院政府采购工作的通知》，对省属高校、医院参加政府采购工作作出了明确规定，促进了政府采购范围和规模的进一步扩大；认真开展政府采购执行情况专项检查工作，深入省级27家单位开展了重点检查，进一步摸清了各单位执行政府采购的基本情况、存在的问题；强化制度建设，推进采购和资产管理工作规范化。</font></div><div><font face="宋体"><br></font></div><div><font face="宋体">　　在谈到近期工作时，薛处长要求：今年年内，全省要全面推行电子化政府<b><a href="http://www.ebid360.com">采购</a></b>工作，扩大省级电子化政府<b><a href="http://www.ebid360.com">采购</a></b>的实施面，全面向市县推广电子化政府采购工作，今年年底电子化政府采购工作要基本覆盖各市、县，同时要与部门预算编制及国库集中支付系统有效链接，实现完整的电子化政府采购流程；建立全省统一联动的<b><a href="http://www.ebid360.com/GoodsShowController.do?method=toGoodsList&amp;rp=21&amp;page=1&amp;goodsClassCode=P">公务车辆采购</a></b>制度，发挥政府采购的规模效益。</font></div><div><font face="宋体"><br></font></div><div><font face="宋体">　　省政府采购中心李健主任就电子化政府采购的软件应用以及前期使用情况给大家进行了说明。省财政厅信息化建设处纪光伟副处长就下一步向市县的推广情况进行了介绍。各设区市、杨凌示范区财政局政府采购科（处）负责人、采购中心负责人参加了会议，并进行了大会交流。</font></div> 
</p>
					</div>
					<div class="relate_news">
						<h4>相关报道</h4>
						<ul>
								<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f5c68670329a.jsp" class="cmsHref_self">安徽淮北采购7台ipad2 称为方便领导出差办公</a></li>
								<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f5b65dd63214.jsp" class="cmsHref_self">合肥：促进科技与金融结合论坛及对接活动通过政府采购市场化运作</a></li>
								<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f0b78fb31bfa.jsp" class="cmsHref_self">“阳光”照射大庆政采每个角落</a></li>
								<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f0af8d171b52.jsp" class="cmsHref_self">空壳公司揭开政府采购潜规则</a></li>
						</ul>
					</div>	
			  </div>
				<div class="news_sub">
					<div class="recommend_news">
						<h2>新闻推荐</h2>
						<ul>
						</ul>
					</div>
					<div class="ad_sub">
						<a href='http://p.yiqifa.com/s?sid=5f3b87794444c0b6&pid=91872&wid=413007&vid=79776&cid=5760&lid=47282&euid=&vwid=' target='_blank'><img border='0'  width='300'  height='300'  src='http://p.yiqifa.com/image?sid=5f3b87794444c0b6&pid=91872&wid=413007&vid=79776&cid=5760&lid=47282&euid=&vwid=' ></a>
					</div>
					<div class="latest_news">
						<h2>最新新闻</h2>
						<ul>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f5c68670329a.jsp" class="cmsHref_self">安徽淮北采购7台ipad2 称为方便领导出差办公</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f5b65dd63214.jsp" class="cmsHref_self">合肥：促进科技与金融结合论坛及对接活动通过政府采购市...</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f5b2962d31cf.jsp" class="cmsHref_self">陕西省政府采购工作座谈会日前召开</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/hangyeliaowang/ff80808132e20dea0132f0dc545b1edf.jsp" class="cmsHref_self">国家能源局原局长张国宝：中国不可能放弃核电</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/hangyeliaowang/ff80808132e20dea0132f0ce89a51d61.jsp" class="cmsHref_self">江浙沪企业领先起跑电线电缆市场</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/hangyeliaowang/ff80808132e20dea0132f0c4262a1cfd.jsp" class="cmsHref_self">五金行业“风雨交加” 企业抱团“相濡以沫”</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/zhaotoubiaozt/ff80808132e20dea0132f0bdf9be1cbd.jsp" class="cmsHref_self">保证招投标交易活动的“一路阳光”</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f0b78fb31bfa.jsp" class="cmsHref_self">“阳光”照射大庆政采每个角落</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/zhaotoubiaozt/ff80808132e20dea0132f0b6a4d51bc4.jsp" class="cmsHref_self">南京将国际招投标打造明故宫遗址公园</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f0af8d171b52.jsp" class="cmsHref_self">空壳公司揭开政府采购潜规则</a></li>
						</ul>
					</div>
					<div class="ad_sub">
						<a href='http://p.yiqifa.com/s?sid=81feb7c80c768092&pid=91872&wid=413007&vid=71752&cid=5330&lid=38394&euid=&vwid=' target='_blank'><img border='0'  width='300'  height='300'  src='http://p.yiqifa.com/image?sid=81feb7c80c768092&pid=91872&wid=413007&vid=71752&cid=5330&lid=38394&euid=&vwid=' ></a>
					</div>
				</div><!--.news_sub-->	
			</div>
			<div>
				<a href='http://p.yiqifa.com/s?sid=d5469e947b0b9c12&pid=91872&wid=413007&vid=28260&cid=4220&lid=24755&euid=&vwid=' target='_blank'><img border='0'  width='960'  height='80'  src='http://p.yiqifa.com/image?sid=d5469e947b0b9c12&pid=91872&wid=413007&vid=28260&cid=4220&lid=24755&euid=&vwid=' ></a>
			</div>
		</div>
	</div>
	<!--主要内容 结束-->
	<!-- 脚开始 -->
	<div class="footer">
	    <%@ include file="/view/srplatform/portal/include/foot.jsp" %>
	</div>
	<!-- 脚结束 -->
</div>
</body>

</html>
