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
<title>省质检院举办《质量手册》全员宣贯培训会</title>
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
			<h4>省质检院举办《质量手册》全员宣贯培训会</h4>
			</div>
				<p style="text-indent:28px;">
				11月20日下午，省质检院举办了《质量手册》（第9版）全员宣贯培训会。何汉翔院长主持会议，并就有关工作提出了要求。质量负责人、副总工程师朱双四作培训授课。
				</p>
				<p align="center">
				<img alt="何汉翔院长一行赴和县调研考察" src="<%=path%>/resources/img/news3.png" >
				</p>
				<p style="text-indent:28px;">
				何汉翔院长在主持培训会时强调，2015年是全院深化内部改革创新工作基础年。院党委对全院各项工作作出了系统的系列制度设计与安排，同时，质量负责人牵头开展了体系文件的修订工作。根据内审、管理评审和CNAS监督+扩项评审工作要求，集中举办全员宣传培训会，是十分必要的。
				</p>
				<p style="text-indent:28px;">
				何汉翔院长要求，全院各部门要在培训会后，持续加强对体系文件的深入学习，特别是要加强对新进人员宣贯培训，从制度上、程序上规范严格质量管理。
				</p>
								<p style="text-indent:28px;">
				质量负责人、副总工程师朱双四对《质量手册》（第9版）进行了全面解读。
				</p>
								<p style="text-indent:28px;">
				在家的院领导和全院工作人员240余人参加了培训会议。
				</p>
			</div>
			</div>
		</div> 
		
</body>
</html>