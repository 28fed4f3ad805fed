<%@ taglib prefix="c" uri="jakarta.tags.core" %><c:set var="titleKey" value="orders.title" scope="request"/>
<%@ include file="header.jspf" %>
<h1><fmt:message key="orders.title"/></h1>
<c:if test="${empty orders}"><p><fmt:message key="orders.empty"/></p></c:if>
<c:if test="${not empty orders}">
<table class="grid-table" id="orders">
  <thead><tr><th><fmt:message key="order.slipNo"/></th><th><fmt:message key="order.date"/></th><th><fmt:message key="order.total"/></th><th><fmt:message key="order.status"/></th><th><fmt:message key="order.channel"/></th><th><fmt:message key="receipt.column"/></th></tr></thead>
  <tbody>
  <c:forEach var="o" items="${orders}">
    <tr data-slip="${o.slipNo()}"><td><a href="${ctx}/orders/${o.slipNo()}">${o.slipNo()}</a></td><td>${fn:replace(fn:substring(o.orderedAt(), 0, 16), 'T', ' ')}</td>
      <td class="num">${shop:won(o.totalAmount(), english)}</td><td class="status"><fmt:message key="${o.status().labelKey()}" bundle="${dm}"/></td>
      <td><fmt:message key="channel.${o.channel()}" bundle="${dm}"/></td>
      <td><c:if test="${o.status() ne 'RECEIVED' and o.status() ne 'CANCELLED'}"><a href="${ctx}/receipts/${o.slipNo()}" class="receipt-link"><fmt:message key="receipt.open"/></a></c:if></td></tr>
  </c:forEach>
  </tbody>
</table>
</c:if>
<%@ include file="footer.jspf" %>
