<%@ taglib prefix="c" uri="jakarta.tags.core" %><c:set var="titleKey" value="order.title" scope="request"/>
<%@ include file="header.jspf" %>
<c:if test="${completing}"><meta http-equiv="refresh" content="2"></c:if>
<h1><fmt:message key="order.title"/> <span class="slip" id="slip-no"><c:out value="${order.slipNo()}"/></span></h1>
<c:if test="${completing}"><p class="notice" id="completing"><fmt:message key="order.completing"/></p></c:if>
<c:if test="${param.paid eq '1' and not completing and order.status() ne 'RECEIVED'}"><p class="notice" id="paid-notice"><fmt:message key="order.paid"/></p></c:if>
<c:if test="${not empty declineKey and order.payable()}">
  <div class="error" role="alert" id="decline">
    <strong><fmt:message key="order.declined"/></strong>
    <fmt:message key="${declineKey}" bundle="${dm}"/>
    <fmt:message key="order.stillPayable"/>
  </div>
</c:if>
<section>
  <h2><fmt:message key="order.member"/></h2>
  <table class="grid-table"><thead><tr><th><fmt:message key="order.memberType"/></th><th><fmt:message key="order.memberNo"/></th><th><fmt:message key="order.memberName"/></th>
    <th><fmt:message key="order.upperType"/></th><th><fmt:message key="order.upperNo"/></th><th><fmt:message key="order.upperName"/></th></tr></thead>
  <tbody><tr><td><fmt:message key="memberType.${order.memberType()}" bundle="${dm}"/></td><td><c:out value="${order.memberNo()}"/></td><td><c:out value="${order.memberName()}"/></td>
    <td><c:if test="${not empty order.upperMemberType()}"><fmt:message key="memberType.${order.upperMemberType()}" bundle="${dm}"/></c:if></td>
    <td><c:out value="${order.upperMemberNo()}"/></td><td id="upper-name"><c:out value="${order.upperMemberName()}"/></td></tr></tbody></table>
</section>
<section>
  <h2><fmt:message key="order.summary"/></h2>
  <table class="grid-table"><thead><tr><th><fmt:message key="order.slipNo"/></th><th><fmt:message key="order.date"/></th><th><fmt:message key="order.total"/></th><th><fmt:message key="order.status"/></th><th><fmt:message key="order.channel"/></th></tr></thead>
  <tbody><tr><td><c:out value="${order.slipNo()}"/></td><td>${fn:replace(fn:substring(order.orderedAt(), 0, 16), 'T', ' ')}</td>
    <td class="num" id="order-total"><m:won value="${order.totalAmount()}"/></td>
    <td id="order-status"><fmt:message key="${order.status().labelKey()}" bundle="${dm}"/></td>
    <td><fmt:message key="channel.${order.channel()}" bundle="${dm}"/></td></tr></tbody></table>
</section>
<section>
  <h2><fmt:message key="order.payment"/></h2>
  <table class="grid-table" id="payments"><thead><tr><th><fmt:message key="order.payerName"/></th><th><fmt:message key="order.paymentType"/></th><th><fmt:message key="order.paymentCompany"/></th>
    <th><fmt:message key="order.paymentAmount"/></th><th><fmt:message key="order.cardNo"/></th><th><fmt:message key="order.installments"/></th><th><fmt:message key="order.paymentDate"/></th><th><fmt:message key="order.paymentStatus"/></th></tr></thead>
  <tbody>
  <c:forEach var="p" items="${payments}">
    <tr><td><c:out value="${p.payerName()}"/></td><td><fmt:message key="paymentMethod.${p.method()}" bundle="${dm}"/></td>
      <td><c:if test="${not empty p.cardCompany()}"><fmt:message key="card.${p.cardCompany()}" bundle="${dm}"/></c:if></td>
      <td class="num"><m:won value="${p.amount()}"/></td><td class="card-no"><c:out value="${p.maskedCardNo()}"/></td>
      <td><c:choose><c:when test="${p.installmentMonths() eq 0}"><fmt:message key="checkout.lumpSum"/></c:when><c:otherwise>${p.installmentMonths()}</c:otherwise></c:choose></td>
      <td>${fn:replace(fn:substring(p.completedAt(), 0, 16), 'T', ' ')}</td>
      <td><fmt:message key="paymentStatus.${p.status()}" bundle="${dm}"/><c:if test="${not empty p.declineCode()}"> (<fmt:message key="decline.${p.declineCode()}" bundle="${dm}"/>)</c:if></td></tr>
  </c:forEach>
  </tbody></table>
</section>
<section>
  <h2><fmt:message key="order.items"/></h2>
  <table class="grid-table" id="items"><thead><tr><th><fmt:message key="product.name"/></th><th><fmt:message key="product.code"/></th><th><fmt:message key="product.quantity"/></th><th><fmt:message key="order.unitPrice"/></th><th><fmt:message key="order.lineTotal"/></th></tr></thead>
  <tbody>
  <c:forEach var="l" items="${order.lines()}">
    <tr><td><c:out value="${l.productName()}"/></td><td><c:out value="${l.productCode()}"/></td><td class="num">${l.quantity()}</td><td class="num"><m:won value="${l.unitPrice()}"/></td><td class="num"><m:won value="${l.lineAmount()}"/></td></tr>
  </c:forEach>
  </tbody></table>
</section>
<section>
  <h2><fmt:message key="order.recipient"/></h2>
  <c:set var="r" value="${order.recipient()}"/>
  <table class="grid-table"><thead><tr><th><fmt:message key="checkout.recipientKind"/></th><th><fmt:message key="checkout.recipientName"/></th><th><fmt:message key="checkout.recipientPhone"/></th><th><fmt:message key="checkout.recipientPostalCode"/></th><th><fmt:message key="checkout.recipientAddress"/></th><th><fmt:message key="checkout.deliveryNote"/></th></tr></thead>
  <tbody><tr><td><fmt:message key="recipientKind.${r.kind}" bundle="${dm}"/></td><td><c:out value="${r.name}"/></td><td><c:out value="${r.phone}"/></td><td><c:out value="${r.postalCode}"/></td><td><c:out value="${r.address}"/></td><td><c:out value="${r.deliveryNote}"/></td></tr></tbody></table>
</section>
<section>
  <h2><fmt:message key="order.history"/></h2>
  <ol class="history" id="history">
    <c:forEach var="ch" items="${order.changes()}">
      <li><fmt:message key="${ch.to().labelKey()}" bundle="${dm}"/> &middot; ${fn:replace(fn:substring(ch.at(), 0, 16), 'T', ' ')}</li>
    </c:forEach>
  </ol>
</section>
<c:if test="${order.payable() and not completing}">
<section>
  <h2><fmt:message key="order.payAgain"/></h2>
  <form method="post" action="${ctx}/orders/pay/${order.slipNo()}" class="form" id="pay-again-form" novalidate>
    <input type="hidden" name="_csrf" value="${csrf}">
    <%@ include file="cardform.jspf" %>
    <button type="submit" class="primary" id="pay-again"><fmt:message key="checkout.submit"/></button>
  </form>
</section>
</c:if>
<%@ include file="footer.jspf" %>
