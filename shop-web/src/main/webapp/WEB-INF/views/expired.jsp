<%@ taglib prefix="c" uri="jakarta.tags.core" %><c:set var="titleKey" value="expired.title" scope="request"/>
<%@ include file="header.jspf" %>
<h1 id="expired"><fmt:message key="expired.title"/></h1>
<p><a href="${ctx}/"><fmt:message key="common.home"/></a></p>
<%@ include file="footer.jspf" %>
