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
<title>省地质实验研究所到省质检院交流工作</title>
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
			<h4>省地质实验研究所到省质检院交流工作</h4>
			</div>
				<p style="text-indent:28px;">
				11月16日下午，省地质实验研究所刘文长所长、吴群辉书记一行到省质检院交流工作。省质检院林森书记主持召开座谈交流会，就机构改革、内部管理、深化合作等工作进行座谈交流。
				</p>
				<p align="center">
				<img alt="何汉翔院长一行赴和县调研考察" src="<%=path%>/resources/img/news5.jpg" >
				</p>
				<p style="text-indent:28px;">
				双方深入交流了事业单位改革、内部管理、绩效分配、科研和业务发展工作，并就切实推动院所领导班子、中层干部、青年职工间务实交流，共同探讨多领域合作达成了一致意见。
				</p>
				<p style="text-indent:28px;">
				院领导何汉翔、黄晓华、许钢、汪龙余、院党委委员朱双四、方明、丁媛丽以及人力资源部郑国强部长参加了座谈交流会。
				</p>
				<p style="text-indent:28px;">
				交流会前，许钢副院长陪同刘文长所长一行参观考察了质量文化馆
				</p>
			</div>
			</div>
		</div> 
		
</body>
</html>