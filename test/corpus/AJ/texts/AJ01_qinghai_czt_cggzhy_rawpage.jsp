<%@ page pageEncoding="UTF-8"%><%@ include file="/view/srplatform/common/taglibs.jsp"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<link href="view/srplatform/portal/logo.ico" type="image/ico" rel="shortcut icon"/> 
<title>青海召开全省政府采购工作会议 规格高内容多意义重大- 阳光易购商圈新闻</title>
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
	<a href="javascript:void(0)" id="/view/staticpags/caigoudt/ff80808132811a910132a4378c741eeb.jsp" title="青海召开全省政府采购工作会议 规格高内容多意义重大" class="cmsHref_self">青海召开全省政府采购工作会议 规格高内容多意义重大</a>
		
						</div>
						<div class="clearfloat"></div>
					</div>
					<h1>青海召开全省政府采购工作会议 规格高内容多意义重大</h1>
					<div class="news_sth">
						<p class="news_source"><span class="date">2011年09月26</span><span class="news_source">来源：www.ebid360.com</span></p>
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
						<p><div><span style="font-size: 12px;">&nbsp; &nbsp; </span>9月9日，青海全省政府采购工作会议在西宁市召开。青海省副省长张光荣出席会议并发表讲话，青海省财政厅厅长程丽华主持会议，财政厅副厅长徐珑在会上作主题报告。来自青海省内各州（地、市）政府分管负责人、财政局长、政府采购监管部门及采购执行机构负责人，省级相关单位政府采购工作负责人，财政厅相关处室负责人等150余人参加了会议。</div><div>　　</div><div>　　按照会议议程，张光荣总结评价了近几年青海省政府采购工作的成绩和不足，对全省政府采购从业人员提出了“严格要求、强化服务，努力开创政府采购工作新局面”的要求。程丽华围绕“进一步强化政府采购薄弱环节的监督管理”这一问题展开讲话。徐珑部署了当前和今后一个时期青海省政府采购应重点推进的八项工作。</div><div>　　</div><div>　　《政府采购信息报》记者从会议现场了解到，本次会议的主要任务是贯彻落实5月召开的全国GPA谈判应对工作暨政府采购工作会议和青海省政府《关于进一步加强政府采购管理工作的意见》（青政〔2011〕35号）精神，总结“十一五”时期青海全省政府采购工作所取得的成绩，分析当前政府采购制度改革面临的新形势和新任务，明确“十二五”时期加强政府采购工作的基本思路，部署当前和今后一个时期的工作重点。</div><div>　　</div><div>　　<b>“十一五”年均节支率10%</b></div><div>　　</div><div>　　在讲话中，张光荣对“十一五”时期青海省政府采购工作进行了客观评价。他认为，“十一五”时期，青海全省各级财政部门、操作执行机构和有关部门紧紧围绕财政中心工作，在扩大采购规模、拓展采购范围、制度体系建设、政策功能发挥、采购运行机制、规范监督管理、采购队伍建设等方面取得了显著成绩。几年来，青海省政府采购作为财政支出管理基本制度的地位日渐巩固，政府采购制度的社会认知度明显提高，政府采购政策导向功能日益显现。</div><div>　　</div><div>　　张光荣表示，目前，青海省政府采购工作基本完成了“管采分离”，公开招标已成为政府采购的主要方式，政府集中采购是主要采购组织形式；采购规模不断扩大，采购范围不断拓展，工程和服务类采购均有新突破；与财政支出结构调整相适应，采购活动逐步涵盖一些公益性强、关系民生的支出项目；管理体制和采购行为逐步规范，有效提高了财政资金使用效益。张光荣说：“据统计，全省政府采购节支率每年都在10%左右，其中最高的年份达到了15.21%，‘十一五’期间仅省级单位通过政府采购累计节约资金就达5.1亿元。”</div><div>　　</div><div>　　在肯定成绩的同时，张光荣还提出了青海省政府采购目前存在的问题和困难：一是依法采购的意识有待增强，二是管理体制和运行机制还不完善，三是政府采购预算编制尚不完整，四是队伍建设仍须加强。</div><div>　　</div><div>　　张光荣分析说：“有些采购单位以采购项目紧急、具有行业特殊性为由，不执行政府集中采购；有些采购单位政府采购预算管理意识不强；有些采购从业人员专业化程度不高……这些问题在一定程度上造成了政府采购监管弱化，影响了政府采购的监管水平和执行效率。”</div><div>　　</div><div>　　为此，张光荣要求青海全省政府采购从业人员应理清思路、明确重点，进一步深化政府采购制度改革；严格要求、强化服务，努力开创政府采购工作新局面。</div><div>　　</div><div>　　<b>“1主18辅”制度办法推进改革</b></div><div>　　</div><div>　　程丽华在会上介绍说，为了深化政府采购制度改革，青海省政府今年制定下发了《关于进一步加强政府采购管理工作的意见》，青海省财政厅据此制定、修订了18项配套制度办法，从预算编制、采购计划审核、采购方式确定、采购活动实施、采购合同履约验收、采购资金拨付以及采购相关人员管理等方面，对青海省政府采购工作进行了进一步规范，为推动青海省政府采购标准化精细化管理起到了积极的促进作用。</div><div>　　</div><div>　　程丽华认为，今年青海省政府采购工作要从源头上加强管理，细化采购预算编制。她要求各地各单位及早着手明年的预算编制工作，将政府采购项目全部列入部门预算，并将采购预算细化到项目。同时，她还要求政府采购监管部门严格采购方式审批。</div><div>　　</div><div>　　徐珑表示，“十二五”期间，青海省政府采购工作应全面贯彻省政府《关于进一步加强政府采购管理工作的意见》精神，落实18项配套制度办法，结合财政改革进程，逐步建立涵盖各类预算体系资金、各类政府采购主体和各类采购对象，符合公共管理要求的政府采购管理制度，强化和提高政府采购执行力度，努力实现采购管理精细化、采购行为规范化、采购权责明晰化、采购监督科学化、采购手段电子化、采购人员专业化。</div><div>　　</div><div>　　<b>以会代训 提高专业技能</b></div><div>　　</div><div>　　据了解，本次会议不仅是一次政府采购工作会议，同时也是一期业务知识培训班。与会人员须认真学习会议精神，提高自己的采购专业化水平和廉政意识。</div><div>　　</div><div>　　为此，青海省财政厅监察处处长任亚光、青海省财政厅政府采购监督管理处处长蔺华藏、青海省政府采购中心主任赵奋奎等先后对与会人员进行了政府采购业务培训。此外，青海省教育厅、省广播电视局、西宁市财政局、海东地区财政局、海西州财政局等单位相关负责人分别在会上作了经验交流。</div> 
</p>
					</div>
					<div class="relate_news">
						<h4>相关报道</h4>
						<ul>
								<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f5c68670329a.jsp" class="cmsHref_self">安徽淮北采购7台ipad2 称为方便领导出差办公</a></li>
								<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f5b65dd63214.jsp" class="cmsHref_self">合肥：促进科技与金融结合论坛及对接活动通过政府采购市场化运作</a></li>
								<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f5b2962d31cf.jsp" class="cmsHref_self">陕西省政府采购工作座谈会日前召开</a></li>
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
