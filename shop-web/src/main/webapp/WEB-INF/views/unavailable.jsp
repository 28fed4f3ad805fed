<%@ taglib prefix="c" uri="jakarta.tags.core" %><c:set var="titleKey" value="${unavailable ? 'unavailable.title' : 'failure.title'}" scope="request"/>
<%@ include file="header.jspf" %>
<c:choose>
  <c:when test="${unavailable}">
    <h1 id="unavailable"><fmt:message key="unavailable.title"/></h1>
    <p><fmt:message key="unavailable.body"/></p>
    <p><fmt:message key="unavailable.orders"/></p>
  </c:when>
  <c:otherwise>
    <h1 id="failure"><fmt:message key="failure.title"/></h1>
    <p><fmt:message key="failure.body"/></p>
  </c:otherwise>
</c:choose>
<p><a href="${ctx}/"><fmt:message key="common.home"/></a> &middot; <a href="${ctx}/orders"><fmt:message key="nav.orders"/></a></p>
<%@ include file="footer.jspf" %>
