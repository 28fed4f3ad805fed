<%@ taglib prefix="c" uri="jakarta.tags.core" %><c:set var="titleKey" value="unsubscribe.title" scope="request"/>
<%@ include file="header.jspf" %>
<h1><fmt:message key="unsubscribe.title"/></h1>
<c:choose>
  <c:when test="${empty view}">
    <div class="error" id="unsubscribe-invalid" role="alert"><fmt:message key="unsubscribe.invalid"/></div>
    <p><fmt:message key="unsubscribe.invalidHelp"/> <a href="${ctx}/me"><fmt:message key="me.title"/></a></p>
  </c:when>
  <c:when test="${done}">
    <p class="notice" id="unsubscribe-done" role="status"><fmt:message key="unsubscribe.done"><fmt:param value="${fn:escapeXml(view.senderName())}"/></fmt:message></p>
    <p id="unsubscribe-at"><fmt:message key="unsubscribe.doneAt"><fmt:param value="${dateTime.format(view.consentChangedAt())}"/></fmt:message></p>
    <p><fmt:message key="unsubscribe.address"><fmt:param value="${fn:escapeXml(view.maskedEmail())}"/></fmt:message></p>
    <p class="hint"><fmt:message key="unsubscribe.others"/> <a href="${ctx}/me"><fmt:message key="me.title"/></a></p>
  </c:when>
  <c:when test="${not view.consentGiven()}">
    <p class="notice" id="unsubscribe-already"><fmt:message key="unsubscribe.already"/></p>
    <p><fmt:message key="unsubscribe.address"><fmt:param value="${fn:escapeXml(view.maskedEmail())}"/></fmt:message></p>
    <p class="hint"><fmt:message key="unsubscribe.others"/> <a href="${ctx}/me"><fmt:message key="me.title"/></a></p>
  </c:when>
  <c:otherwise>
    <p id="unsubscribe-question"><fmt:message key="unsubscribe.question"><fmt:param value="${fn:escapeXml(view.senderName())}"/></fmt:message></p>
    <p><fmt:message key="unsubscribe.address"><fmt:param value="${fn:escapeXml(view.maskedEmail())}"/></fmt:message></p>
    <form method="post" action="${ctx}/unsubscribe?t=${fn:escapeXml(token)}" id="unsubscribe-form">
      <button type="submit" class="primary" id="unsubscribe-confirm"><fmt:message key="unsubscribe.confirm"/></button>
    </form>
    <p class="hint"><fmt:message key="unsubscribe.others"/></p>
  </c:otherwise>
</c:choose>
<%@ include file="footer.jspf" %>
