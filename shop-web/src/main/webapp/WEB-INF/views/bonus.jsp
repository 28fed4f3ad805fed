<%@ taglib prefix="c" uri="jakarta.tags.core" %><c:set var="titleKey" value="bonus.title" scope="request"/>
<%@ include file="header.jspf" %>
<h1><fmt:message key="bonus.title"/></h1>
<c:set var="s" value="${statement}"/>
<table class="grid-table" id="bonus-summary">
  <tbody>
    <tr><th><fmt:message key="bonus.discount"/></th><td class="num" id="bonus-a">${shop:won(s.discount(), english)}</td>
        <th><fmt:message key="bonus.unsettled"/></th><td class="num" id="bonus-e">${shop:won(s.unsettled(), english)}</td></tr>
    <tr><th><fmt:message key="bonus.sponsor"/></th><td class="num" id="bonus-b">${shop:won(s.sponsor(), english)}</td>
        <th><fmt:message key="bonus.usable"/></th><td class="num" id="bonus-usable">${shop:won(s.usable(), english)}</td></tr>
    <tr><th><fmt:message key="bonus.used"/></th><td class="num" id="bonus-c">${shop:won(s.used(), english)}</td>
        <th><fmt:message key="bonus.total"/></th><td class="num" id="bonus-d">${shop:won(s.total(), english)}</td></tr>
  </tbody>
</table>
<h2><fmt:message key="bonus.history"/></h2>
<c:if test="${empty s.history()}"><p><fmt:message key="bonus.empty"/></p></c:if>
<c:if test="${not empty s.history()}">
<table class="grid-table" id="bonus-history">
  <thead><tr><th><fmt:message key="bonus.date"/></th><th><fmt:message key="bonus.kind"/></th><th><fmt:message key="bonus.amount"/></th><th><fmt:message key="bonus.slip"/></th><th><fmt:message key="bonus.settled"/></th></tr></thead>
  <tbody>
  <c:forEach var="b" items="${s.history()}">
    <tr><td>${b.earnedOn()}</td><td><fmt:message key="bonusKind.${b.kind()}" bundle="${dm}"/></td><td class="num">${shop:won(b.amount(), english)}</td><td>${b.slipNo()}</td>
      <td><c:choose><c:when test="${b.settled()}"><fmt:message key="bonus.settledYes"><fmt:param value="${b.settledOn()}"/></fmt:message></c:when><c:otherwise><fmt:message key="bonus.settledNo"/></c:otherwise></c:choose></td></tr>
  </c:forEach>
  </tbody>
</table>
</c:if>
<%@ include file="footer.jspf" %>
