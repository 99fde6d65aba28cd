<%@ page pageEncoding="UTF-8"%>
<%@ include file="/view/srplatform/common/taglibs.jsp"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<link href="view/srplatform/portal/logo.ico" type="image/ico" rel="shortcut icon"/> 
<title>涪陵区委书记：天价榨菜不违法 存在过度包装- 【阳光易购】</title>
<c:import url="/view/srplatform/common/init.jsp">
	<c:param name="isLastLoadPage">
		true
	</c:param>
</c:import>

<!--CSS-->
<link rel="stylesheet" type="text/css" href="/view/resource/skin/thems/default/web.css" />
<link rel="stylesheet" type="text/css" href="/view/resource/skin/skin07/css/seller.css" />
<link rel="stylesheet" type="text/css" href="/view/resource/skin/thems/default/listDetail.css" />
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
		<div id="contentSub" class="index3pa">
			<%@ include file="/view/staticpags/load/left_cms.jsp" %>
		</div>
		<div id="contentMain" class="index3pa">
			<div id="conTitle">
				<div class="navCurrent ">

	<a href="/view/srplatform/portal/index.jsp" id="/view/srplatform/portal/index.jsp" title="首页" target="_self">首页</a>
	<a href="javascript:void(0)" id="/view/staticpags/supplierzx/supplierzx.jsp" title="供应商资讯" class="cmsHref_self">供应商资讯</a>
	<a href="javascript:void(0)" id="/view/staticpags/supplierzx/ff808081311835920131211575690eb0.jsp" title="涪陵区委书记：天价榨菜不违法 存在过度包装" class="cmsHref_self">涪陵区委书记：天价榨菜不违法 存在过度包装</a>
		
				</div>
			</div>
 
			<div id="conBody">
				<input type="hidden"  id="channelId" value="2c9087922e6f5c1a012e6f71f9460134" />
				<div class="frameNews">
					<h1>涪陵区委书记：天价榨菜不违法 存在过度包装</h1>
					<div class="source">
						<span>发布时间：2011-07-13</span>
						<span>发布人：-新华网  </span>
					</div>
					<p><P>今天下午，涪陵区委书记张鸣在该区"半年攻坚"情况发布会上对最近网上很热的"天价榨菜"作出回应，他说：“我这段时间对媒体的报道和有关方面人士在网上的评论，我都仔细的浏览了一下，大家有这么几个观点我印象很深。第一，礼品榨菜这件事，根据价格部门、管理部门的权威人士说不违反我国的价格的有关法律法规的规定。就是说这件事情不违法。所以看了这一条以后我比较放心，这是大家的共识。第二条，有一些律师界的朋友和消费者组织认为涪陵榨菜这种高价的礼品菜可能涉嫌消费欺诈，这件事凭我自己的专业知识，我缺乏这样的判断能力，我不知道是不是涉及到消费欺诈，我们欢迎相关协会对这件事情进行相关的跟进，如果涉及到消费欺诈那我们当然要改进。。第三个大家议论得比较多的认为涪陵的礼品榨菜存在过度包装的问题。对这一条，我也比较赞成。我到没有注意，我还真没有吃过那个菜，也没有翻开那个盒子看一看，好象说里面有一个小银碗，有一个小银筷子，如果涉及到过度包装，那肯定也是有问题的。我们一个产品还是要靠产品本身的竞争力才行，这个意见我觉得我们企业应该认真的考虑。</P>
<P>第四个说法，就说是不是涪陵榨菜为了在中报之前通过这样一个题材想来拉升股价。这件事据我所了解的情况，不存在这样的情况。礼品菜07年年初涪陵榨菜集团就向市场推出来了，不是现在才搞的。而且涪陵榨菜这几年在广告宣传和文字宣传过程中间，没有任何关于这一盒礼品榨菜的报道，所以这一点我可以负责任的说，通过这样的题材想来拉升股价，企业没有这样的故意。</P>
<P>所以这几个观点我在网上和报道里面看到的比较多，在这个地方我也给各位做一个陈述，我觉得我们榨菜集团要认真的听取媒体和社会公众对他的评价意见，认真的吸纳合理的意见和建议，认真改进自己的工作。</P>
<P>在这里我也作为涪陵榨菜所在地的党委书记，我也向我们的媒体和社会各个方面的人士也提一个请求，就是请求我们的媒体和社会各个方面的人士，来共同关心和维护好涪陵榨菜这样一个具有较高的品牌价值、具有较强的市场影响力的这样一个品牌。涪陵榨菜这个品牌在我们农业部组织的全国影响力品牌价值的评估中间，曾经评出过超过百亿的价值的含量。在全国的农产品品牌中排行第二。这个品牌不仅仅是涪陵的品牌，也不仅仅是重庆的品牌，它是我们国内在酱腌品行列比较有影响力的一个品牌。韩国的泡菜可以走向世界。涪陵榨菜目前正在走向世界，我们目前正在销往全球50多个国家和地区。涪陵榨菜经历了日本和美国两国世界上最严厉的食品检测，检测的指标多达近300个，但是涪陵榨菜通过了他们最严格的检测。它的品牌不仅仅是涪陵的品牌，也不仅仅是重庆的品牌，是我们国内一个比较有影响力的，甚至在国际酱腌菜市场上代表中国形象的一个品牌。</P>
<P>培育一个品牌不容易，我们涪陵榨菜到今年作为商品出售到今年是113年。1898年作为商品卖出来的。所以，我希望能够得到大家的关心和爱护。</P>
<P>涪陵榨菜实际上它是一个农业的品牌。涪陵榨菜集团是一个国家级的龙头企业，农产品加工的龙头企业。它的背后是60万种菜的农民，所以这家企业不是一家普通的企业。就涪陵党委政府来讲我们特别重视这个，涪陵其他的国有企业改制我都可以出售，股份制改造过程当中我都可以不控股，但是唯独这家企业，我们政府一定要控股。就是要保证它的安全，保证它背后几十万农民的基本的利益。所以应该讲这是一个民生产业，涪陵榨菜集团也是一家民生企业。刚才我也说到了我们的农业、种植业是弱势产业，是需要得到政府公众的关心支持的。所以从这个角度来讲，我也请求我们媒体和社会各个方面的人士继续关心爱护我们这个品牌和这个企业。</P>
<P>作为党委政府我们要加强对这家企业的监管。作为企业来讲也要增强自律的能力，要负起它自身的责任。这个责任理解主要是两个方面，第一个方面要对这几十万菜农负责，第二个方面，现在是上市公司，当然要对投资者负责。要说更重要的，当然了要对广大的消费者负责，要保证这家企业的产品绝对的安全。涪陵榨菜所出的产品没有任何防腐剂，没有任何其他不良的添加剂，它的保鲜完全是采取惰性气体来保鲜，所以能够经过美国和日本世界上最严格的食品检测，涪陵榨菜做到了。</P>
</p>
				</div>
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

<script>
	// 为左边栏设定选中样式,判断用于解决点击左边栏后样式被覆盖问题
	var id = $("#channelId").val();
	if(null != $('.subnav>li[id='+id+']').html()) {
		$('.subnav>li').removeClass('selected');
		$('.subnav>li[id='+id+']').addClass('selected');
	}
</script>