<%@page contentType="text/html;charset=UTF-8"%>
<%@ include file="/WEB-INF/views/taglib.jsp"%>
<%
	String path = request.getContextPath();
%>
<!DOCTYPE html>
<!--[if IE 8]> <html lang="en" class="ie8"> <![endif]-->
<!--[if IE 9]> <html lang="en" class="ie9"> <![endif]-->
<!--[if !IE]><!-->
<html lang="en">
<!--<![endif]-->
<head>
<meta http-equiv="Content-Type" content="text/html;charset=UTF-8" />
<link href="<%=path%>/resources/bootstrap/bootstrap.min.css"
	rel="stylesheet" type="text/css" />
<meta name="viewport"
	content="width=device-width,user-scalable=yes, initial-scale=1,maximum-scale=3">
<link type="text/css" rel="stylesheet"
	href="<%=path%>/resources/css/xyxw.css" />
<title>朱琳调研品牌建设促进会工作</title>
<style type="text/css">
.anniu {
	position: absolute;
	top: 11%;
	right: 88%
}

.return {
	position: absolute;
	top: 11%;
	left: 88%
}
</style>
</head>
<body style="overflow: auto;">
	<div class="main">
		<div class="DYtop">
			<img style="width: 100%;" src="<%=path%>/resources/img/wxptLOGO.png" />

		</div>

		<div class="middle" style="padding-bottom: 2px;position: relative;">
			<h1 style="color: #0D91DE"><b>质检新闻</b></h1>
			<div class="anniu" >
				<a href="<%=path%>/wxpt/ZyZjxgxx/zhuye?openId=${openId}"
					style="float: left; width: 40px; height: 50px;"> <img
					style="width: 60%;heght: 20px;" src="<%=path%>/resources/img/zyan.png" />
				</a>
			</div>
			<div class="return">
				<a href="<%=path%>/wxpt/ZyZjxgxx/zyZjxwlb?openId=${openId}"
					style="float: left; width: 40px; height: 50px;"> <img
					style="width: 60%;heght: 20px;" src="<%=path%>/resources/img/return.png" />
				</a>
			</div>
			
		</div>

		<div class="bottom">
			<div class="h"></div>
			<div>
			<div align="center">
			<h4>朱琳调研品牌建设促进会工作</h4>
			</div>
				<p style="text-indent:28px;">
				11月23日下午，省质监局党组书记、局长朱琳一行就有关工作来省品牌建设促进会进行专题调研。
				</p>

				<p style="text-indent:28px;">
				朱琳局长首先听取了品促会关于2015年度中国区域品牌（自然景区及历史文化名镇）价值评价及其专业技术委员会筹备工作、质量品牌升级江淮行等工作的汇报并给予了充分肯定。他强调，安徽品牌建设促进会作为在全国率先成立的品牌建设专业机构，要把握住此次我省“质量与品牌升级工程”发展的机遇，充分发挥政府的参谋助手作用，把握新格局，谋划新思路，不断完善自身能力水平建设，在为我省区域品牌培育、提升等方面作出积极有效的努力。他同时要求，要积极争取国家级的专业技术委员会，力求在更高层次、更高水平获得话语权，努力开创我省品牌工作新局面，推动品牌安徽建设再上新台阶。
				</p>
				<p style="text-indent:28px;">
				省质监局办公室、标准处、中国质量报安徽站等处室主要负责同志陪同调研。
				</p>

			</div>
			</div>
		</div> 
		
</body>
</html>