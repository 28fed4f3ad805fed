<%@ taglib prefix="c" uri="jakarta.tags.core" %><c:set var="titleKey" value="me.title" scope="request"/>
<%@ include file="header.jspf" %>
<h1><fmt:message key="me.title"/></h1>
<c:if test="${param.saved eq '1' and empty errors}"><p class="notice" id="saved" role="status"><fmt:message key="me.saved"/></p></c:if>
<c:if test="${not empty errors}"><div class="error" id="form-error" role="alert"><c:forEach var="e" items="${errors}"><fmt:message key="${e.value}" bundle="${dm}"/></c:forEach></div></c:if>
<h2><fmt:message key="me.member"/></h2>
<table class="grid-table" id="my-info">
  <tbody>
    <tr><th><fmt:message key="me.name"/></th><td id="me-name"><c:out value="${me.name()}"/></td>
        <th><fmt:message key="me.memberNo"/></th><td id="me-member-no"><c:out value="${me.memberNo()}"/></td></tr>
    <tr><th><fmt:message key="me.loginId"/></th><td><c:out value="${me.loginId()}"/></td>
        <th><fmt:message key="me.email"/></th><td id="me-email"><c:out value="${me.email()}"/></td></tr>
    <tr><th><fmt:message key="me.phone"/></th><td><c:out value="${me.phone()}"/></td>
        <th><fmt:message key="me.address"/></th><td><c:out value="${me.postalCode()}"/> <c:out value="${me.address()}"/></td></tr>
  </tbody>
</table>
<c:if test="${not empty statement}">
<h2><fmt:message key="me.consents"/></h2>
<p class="hint"><fmt:message key="me.consents.hint"/></p>
<form method="post" action="${ctx}/me" id="consent-form">
  <input type="hidden" name="_csrf" value="${csrf}">
  <table class="grid-table" id="consents">
    <thead><tr><th><fmt:message key="me.channel"/></th><th><fmt:message key="me.granted"/></th><th><fmt:message key="me.changedAt"/></th><th><fmt:message key="me.source"/></th></tr></thead>
    <tbody>
    <c:forEach var="s" items="${statement.current()}">
      <tr data-channel="${s.channel()}">
        <th><label for="consent-${s.channel()}"><fmt:message key="consentChannel.${s.channel()}" bundle="${dm}"/></label></th>
        <td><input type="checkbox" id="consent-${s.channel()}" name="consent${s.channel()}" ${s.granted() ? 'checked' : ''}>
            <span class="state"><fmt:message key="${s.granted() ? 'me.yes' : 'me.no'}"/></span></td>
        <td class="changed-at">${dateTime.format(s.changedAt())}</td>
        <td class="source"><fmt:message key="consentSource.${s.source()}" bundle="${dm}"/></td>
      </tr>
    </c:forEach>
    </tbody>
  </table>
  <button type="submit" class="primary" id="consent-save"><fmt:message key="me.save"/></button>
</form>
<h2><fmt:message key="me.history"/></h2>
<c:if test="${empty statement.history()}"><p id="consent-history-empty"><fmt:message key="me.history.empty"/></p></c:if>
<c:if test="${not empty statement.history()}">
<table class="grid-table" id="consent-history">
  <thead><tr><th><fmt:message key="me.history.at"/></th><th><fmt:message key="me.channel"/></th><th><fmt:message key="me.history.change"/></th><th><fmt:message key="me.source"/></th></tr></thead>
  <tbody>
  <c:forEach var="h" items="${statement.history()}">
    <tr data-channel="${h.channel()}"><td>${dateTime.format(h.changedAt())}</td>
      <td><fmt:message key="consentChannel.${h.channel()}" bundle="${dm}"/></td>
      <td class="change"><fmt:message key="${h.granted() ? 'me.history.granted' : 'me.history.withdrawn'}"/></td>
      <td class="source"><fmt:message key="consentSource.${h.source()}" bundle="${dm}"/><c:if test="${not empty h.campaignId()}"> (<fmt:message key="me.history.campaign"><fmt:param value="${h.campaignId()}"/></fmt:message>)</c:if></td></tr>
  </c:forEach>
  </tbody>
</table>
</c:if>
</c:if>
<%@ include file="footer.jspf" %>
