<%@ taglib prefix="c" uri="jakarta.tags.core" %><c:set var="titleKey" value="busy.title" scope="request"/>
<%@ include file="header.jspf" %>
<h1 id="busy"><fmt:message key="busy.title"/></h1>
<p><fmt:message key="busy.body"/></p>
<p><a href="${ctx}/"><fmt:message key="common.home"/></a></p>
<%@ include file="footer.jspf" %>
