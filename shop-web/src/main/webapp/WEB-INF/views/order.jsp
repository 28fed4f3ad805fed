<%@ taglib prefix="c" uri="jakarta.tags.core" %><c:set var="titleKey" value="order.title" scope="request"/>
<%@ include file="header.jspf" %>
<c:choose>
  <c:when test="${completing}"><meta http-equiv="refresh" content="2"></c:when>
  <c:when test="${confirming}"><meta http-equiv="refresh" content="15"></c:when>
</c:choose>
<h1><fmt:message key="order.title"/> <span class="slip" id="slip-no"><c:out value="${order.slipNo()}"/></span></h1>
<c:if test="${completing}"><p class="notice" id="completing"><fmt:message key="order.completing"/></p></c:if>
<c:if test="${confirming and not completing}"><p class="notice" id="confirming"><fmt:message key="order.confirming"/></p></c:if>
<c:if test="${param.paid eq '1' and not completing and order.status() ne 'RECEIVED'}"><p class="notice" id="paid-notice"><fmt:message key="order.paid"/></p></c:if>
<c:if test="${not empty declineKey and order.status() eq 'RECEIVED'}">
  <div class="error" role="alert" id="decline">
    <strong><fmt:message key="order.declined"/></strong>
    <fmt:message key="${declineKey}" bundle="${dm}"/>
    <c:if test="${order.payable()}"><fmt:message key="order.stillPayable"/></c:if>
  </div>
</c:if>
<c:if test="${not empty cancelError}"><p class="error" role="alert" id="cancel-error"><fmt:message key="${cancelError}" bundle="${dm}"/></p></c:if>
<c:if test="${order.status() eq 'CANCELLED'}">
  <p class="notice" id="cancelled-notice"><fmt:message key="order.cancelledAt"><fmt:param value="${fn:replace(fn:substring(order.cancelledAt(), 0, 16), 'T', ' ')}"/></fmt:message></p>
</c:if>
<c:if test="${order.status() eq 'RECEIVED' and not empty order.payBy()}">
  <p class="hint" id="pay-by"><fmt:message key="order.payBy"><fmt:param value="${fn:replace(fn:substring(order.payBy(), 0, 16), 'T', ' ')}"/></fmt:message></p>
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
    <td class="num" id="order-total">${shop:won(order.totalAmount(), english)}</td>
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
      <td class="num">${shop:won(p.amount(), english)}</td><td class="card-no"><c:out value="${p.maskedCardNo()}"/></td>
      <td><c:choose><c:when test="${p.installmentMonths() eq 0}"><fmt:message key="checkout.lumpSum"/></c:when><c:otherwise>${p.installmentMonths()}<c:if test="${p.interestFree()}"> (<fmt:message key="checkout.interestFree"/>)</c:if></c:otherwise></c:choose></td>
      <td>${fn:replace(fn:substring(p.completedAt(), 0, 16), 'T', ' ')}</td>
      <td class="payment-status"><fmt:message key="paymentStatus.${p.status()}" bundle="${dm}"/><c:if test="${not empty p.declineCategory()}"> (<fmt:message key="${p.declineCategory().shortLabelKey()}" bundle="${dm}"/>)</c:if></td></tr>
  </c:forEach>
  </tbody></table>
</section>
<%@ include file="virtualaccount.jspf" %>
<c:if test="${order.status() ne 'RECEIVED' and order.status() ne 'CANCELLED'}">
  <p class="receipt-links" id="receipt-links"><a href="${ctx}/receipts/${order.slipNo()}" id="receipt-link"><fmt:message key="receipt.open"/></a>
    &middot; <a href="${ctx}/receipts/${order.slipNo()}/pdf" id="receipt-pdf-link">PDF</a></p>
</c:if>
<section>
  <h2><fmt:message key="order.items"/></h2>
  <table class="grid-table" id="items"><thead><tr><th><fmt:message key="product.name"/></th><th><fmt:message key="product.code"/></th><th><fmt:message key="product.quantity"/></th><th><fmt:message key="order.unitPrice"/></th><th><fmt:message key="order.lineTotal"/></th></tr></thead>
  <tbody>
  <c:forEach var="l" items="${order.lines()}">
    <tr><td><c:out value="${l.productName()}"/></td><td><c:out value="${l.productCode()}"/></td><td class="num">${l.quantity()}</td><td class="num">${shop:won(l.unitPrice(), english)}</td><td class="num">${shop:won(l.lineAmount(), english)}</td></tr>
  </c:forEach>
  </tbody></table>
</section>
<section>
  <h2><fmt:message key="order.recipient"/></h2>
  <c:set var="r" value="${order.recipient()}"/>
  <table class="grid-table"><thead><tr><th><fmt:message key="checkout.recipientKind"/></th><th><fmt:message key="checkout.recipientName"/></th><th><fmt:message key="checkout.recipientPhone"/></th><th><fmt:message key="checkout.recipientPostalCode"/></th><th><fmt:message key="checkout.recipientAddress"/></th><th><fmt:message key="checkout.deliveryNote"/></th></tr></thead>
  <tbody><tr><td><fmt:message key="recipientKind.${r.kind}" bundle="${dm}"/></td><td><c:out value="${r.name}"/></td><td><c:out value="${r.phone}"/></td><td><c:out value="${r.postalCode}"/></td><td><c:out value="${r.address}"/></td><td><c:out value="${r.deliveryNote}"/></td></tr></tbody></table>
</section>
<%@ include file="tracking.jspf" %>
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
  <c:if test="${not empty errors.requestKey}"><p class="error" role="alert" id="error-requestKey"><fmt:message key="${errors.requestKey}" bundle="${dm}"/></p></c:if>
  <form method="post" action="${ctx}/orders/pay/${order.slipNo()}" class="form" id="pay-again-form" novalidate>
    <input type="hidden" name="_csrf" value="${csrf}">
    <input type="hidden" name="requestKey" value="${fn:escapeXml(form.requestKey)}">
    <%@ include file="paymethod.jspf" %>
    <%@ include file="bankform.jspf" %>
    <%@ include file="cardform.jspf" %>
    <button type="submit" class="primary" id="pay-again"><fmt:message key="checkout.submit"/></button>
  </form>
</section>
<script src="${ctx}/static/checkout.js?v=${applicationScope.assetVersion}" defer></script>
</c:if>
<%@ include file="aftersales.jspf" %>
<c:if test="${order.cancellable()}">
<section>
  <h2><fmt:message key="order.cancelTitle"/></h2>
  <form method="post" action="${ctx}/orders/cancel/${order.slipNo()}" class="inline" id="cancel-form">
    <input type="hidden" name="_csrf" value="${csrf}">
    <button type="submit" id="cancel-order"><fmt:message key="order.cancel"/></button>
    <span class="hint"><fmt:message key="order.cancelHint"/></span>
  </form>
</section>
</c:if>
<%@ include file="footer.jspf" %>
