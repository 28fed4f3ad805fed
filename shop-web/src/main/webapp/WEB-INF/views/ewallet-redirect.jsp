<%@ taglib prefix="c" uri="jakarta.tags.core" %><c:set var="titleKey" value="ewallet.redirect.title" scope="request"/>
<%@ include file="header.jspf" %>
<h1><fmt:message key="ewallet.redirect.title"/></h1>
<p><fmt:message key="ewallet.redirect.text"><fmt:param value="${slipNo}"/></fmt:message></p>
<p><a class="button primary" id="ewallet-go" href="${fn:escapeXml(redirectUrl)}"><fmt:message key="ewallet.redirect.go"/></a></p>
<script src="${ctx}/static/checkout.js?v=${applicationScope.assetVersion}" defer></script>
<%@ include file="footer.jspf" %>
