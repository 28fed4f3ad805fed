<%@ taglib prefix="c" uri="jakarta.tags.core" %><c:set var="titleKey" value="mailLink.title" scope="request"/>
<%@ include file="header.jspf" %>
<h1><fmt:message key="mailLink.title"/></h1>
<p><fmt:message key="mailLink.body"/></p>
<p><a href="${ctx}/"><fmt:message key="common.home"/></a></p>
<%@ include file="footer.jspf" %>
