<%@ taglib prefix="c" uri="jakarta.tags.core" %><c:set var="titleKey" value="notfound.title" scope="request"/>
<%@ include file="header.jspf" %>
<h1><fmt:message key="notfound.title"/></h1>
<p><a href="${ctx}/"><fmt:message key="common.home"/></a></p>
<%@ include file="footer.jspf" %>
