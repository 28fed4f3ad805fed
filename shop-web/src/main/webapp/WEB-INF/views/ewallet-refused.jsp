<%@ taglib prefix="c" uri="jakarta.tags.core" %><c:set var="titleKey" value="ewallet.refused.title" scope="request"/>
<%@ include file="header.jspf" %>
<h1><fmt:message key="ewallet.refused.title"/></h1>
<p class="error" role="alert" id="ewallet-refused"><fmt:message key="ewallet.refused.text"/></p>
<c:if test="${not empty slipNo}"><p><a href="${ctx}/orders/${fn:escapeXml(slipNo)}" id="ewallet-order"><fmt:message key="ewallet.refused.order"/></a></p></c:if>
<%@ include file="footer.jspf" %>
